package org.parley.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.parley.rdf.Parley;

/**
 * The page at {@code /id/}: how Parley's IRIs map to this server, what the store holds, the most connected actors
 * and the latest events, each linked to its page.
 */
final class IndexPage {
    private static final String PREFIXES = "PREFIX parley: <" + Parley.NS + ">\nPREFIX skos: <" + SKOS.getURI()
            + ">\nPREFIX rdfs: <" + RDFS.getURI() + ">\n";
    private static final String EVENTS = "<" + Parley.EVENTS_GRAPH + ">";
    private static final Query ARTICLES = QueryFactory.create(PREFIXES
            + "SELECT (COUNT(DISTINCT ?article) AS ?n) WHERE { GRAPH ?article { ?article a parley:Article } }");
    private static final Query EVENT_TYPES = QueryFactory.create(PREFIXES
            + "SELECT ?type (COUNT(DISTINCT ?event) AS ?n) WHERE { GRAPH " + EVENTS + " { ?event a ?type } "
            + "} GROUP BY ?type ORDER BY ?type");
    private static final Query ACTORS = QueryFactory.create(PREFIXES
            + "SELECT ?actor (SAMPLE(?label) AS ?name) (COUNT(DISTINCT ?event) AS ?n) WHERE { GRAPH " + EVENTS
            + " { ?event parley:participant ?actor } OPTIONAL { ?actor skos:prefLabel ?label } } "
            + "GROUP BY ?actor ORDER BY DESC(?n) ?name LIMIT 50");
    private static final Query LATEST = QueryFactory.create(PREFIXES
            + "SELECT ?event ?date (SAMPLE(?typeLabel) AS ?type) "
            + "(GROUP_CONCAT(DISTINCT ?name; separator=\", \") AS ?with) WHERE { GRAPH " + EVENTS
            + " { ?event a ?class ; parley:date ?date ; parley:participant ?actor } "
            + "OPTIONAL { ?class rdfs:label ?typeLabel } OPTIONAL { ?actor skos:prefLabel ?label } "
            + "BIND(COALESCE(STR(?label), STR(?actor)) AS ?name) } "
            + "GROUP BY ?event ?date ORDER BY DESC(STR(?date)) ?event LIMIT 25");

    private final DatasetGraph dataset;

    IndexPage(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    /** @param server the server's base URL as the client reached it, such as http://127.0.0.1:3030 */
    String render(String server) {
        StringBuilder html = new StringBuilder();
        html.append("<h1>Parley linked data</h1>\n<p>Every resource Parley mints has an IRI under <code>")
                .append(Html.text(Parley.ID)).append("</code>. This server answers for it under <code>")
                .append(Html.text(server + IdPaths.PREFIX)).append("</code>: <code>")
                .append(Html.text(Parley.ID)).append("person/vladimir-putin</code> is <a href=\"")
                .append(IdPaths.PREFIX).append("person/vladimir-putin\"><code>").append(Html.text(server))
                .append(IdPaths.PREFIX).append("person/vladimir-putin</code></a>. Each page comes as HTML, ")
                .append("Turtle, JSON-LD or N-Triples, by the Accept header or <code>?format=html|ttl|jsonld|nt")
                .append("</code>.</p>\n");
        Txn.executeRead(dataset, () -> {
            html.append("<h2>In this store</h2>\n<table>\n");
            select(ARTICLES, row -> html.append("<tr><th>Articles</th><td>").append(number(row, "n"))
                    .append("</td></tr>\n"));
            select(EVENT_TYPES, row -> html.append("<tr><th>").append(Html.text(localName(row, "type")))
                    .append(" events</th><td>").append(number(row, "n")).append("</td></tr>\n"));
            html.append("</table>\n<h2>Most connected actors</h2>\n<table><tr><th>Actor</th><th>Events</th></tr>\n");
            select(ACTORS, row -> html.append("<tr><td>").append(Html.link(iri(row, "actor"), text(row, "name",
                    iri(row, "actor")))).append("</td><td>").append(number(row, "n")).append("</td></tr>\n"));
            html.append("</table>\n<h2>Latest events</h2>\n<table><tr><th>Date</th><th>Event</th>")
                    .append("<th>Participants</th></tr>\n");
            select(LATEST, row -> html.append("<tr><td class=\"date\">").append(Html.text(text(row, "date", "")))
                    .append("</td><td>").append(Html.link(iri(row, "event"), text(row, "type", "Event")))
                    .append("</td><td>").append(Html.text(text(row, "with", ""))).append("</td></tr>\n"));
            html.append("</table>\n");
        });
        return Html.page("Index", "", html.toString());
    }

    private void select(Query query, Consumer<Binding> row) {
        List<Binding> rows = new ArrayList<>();
        try (QueryExec exec = QueryExec.dataset(dataset).query(query).build()) {
            RowSet results = exec.select();
            results.forEachRemaining(rows::add);
        }
        rows.forEach(row);
    }

    private static String iri(Binding row, String var) {
        return row.get(var).getURI();
    }

    private static String text(Binding row, String var, String otherwise) {
        return row.contains(var) && row.get(var).isLiteral() ? row.get(var).getLiteralLexicalForm() : otherwise;
    }

    private static String number(Binding row, String var) {
        return text(row, var, "0");
    }

    private static String localName(Binding row, String var) {
        return row.contains(var) && row.get(var).isURI() ? row.get(var).getLocalName() : "?";
    }
}

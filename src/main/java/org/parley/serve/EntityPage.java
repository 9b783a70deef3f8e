package org.parley.serve;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.parley.rdf.Nif;
import org.parley.rdf.Parley;
import org.parley.rdf.Wikidata;
import org.parley.serve.EntityDescriptions.Description;
import org.parley.store.StoreStats;

/**
 * The HTML page of an entity, made from its description alone (so the page and the RDF say the same): a heading
 * with the label, types, Wikidata link and the other formats; then by kind an actor's offices, contacts and
 * statements, an event's participants, reports and evidence, or an article's reports and statements; and at the
 * end every triple about the entity. Links go to the other entities' pages on this server.
 */
final class EntityPage {
    private static final String NONE = "—";

    private final Model model;
    private final Resource entity;
    private final StringBuilder html = new StringBuilder();

    private EntityPage(Description description) {
        this.model = description.model();
        this.entity = description.entity();
    }

    static String render(Description description) {
        EntityPage page = new EntityPage(description);
        page.heading();
        switch (description.kind()) {
            case ACTOR -> page.actor();
            case EVENT -> page.event();
            case ARTICLE -> page.article();
            case OTHER -> {
            }
        }
        page.allTriples();
        String head = alternates();
        return Html.page(page.label(page.entity), head, page.html.toString());
    }

    // ---- The heading

    private void heading() {
        html.append("<h1>").append(Html.text(label(entity))).append("</h1>\n<p class=\"meta\">");
        String types = entity.listProperties(RDF.type).toList().stream().map(Statement::getObject)
                .filter(RDFNode::isResource).map(t -> label(t.asResource())).sorted().distinct()
                .collect(Collectors.joining(", "));
        if (!types.isEmpty()) {
            html.append("<span>").append(Html.text(types)).append("</span>");
        }
        for (RDFNode match : values(entity, SKOS.exactMatch)) {
            if (match.isURIResource() && match.asResource().getURI().startsWith(Wikidata.ENTITY)) {
                String uri = match.asResource().getURI();
                html.append("<span>").append(Html.link(uri, "Wikidata " + uri.substring(Wikidata.ENTITY.length())))
                        .append("</span>");
            }
        }
        html.append("<span>also as <a href=\"?format=ttl\">Turtle</a>, <a href=\"?format=jsonld\">JSON-LD</a>, ")
                .append("<a href=\"?format=nt\">N-Triples</a></span></p>\n")
                .append("<p class=\"muted\">IRI <code>").append(Html.text(entity.getURI())).append("</code></p>\n");
    }

    private static String alternates() {
        return "<link rel=\"alternate\" type=\"text/turtle\" href=\"?format=ttl\">\n"
                + "<link rel=\"alternate\" type=\"application/ld+json\" href=\"?format=jsonld\">\n"
                + "<link rel=\"alternate\" type=\"application/n-triples\" href=\"?format=nt\">\n";
    }

    // ---- Actors

    private void actor() {
        List<Resource> positions = resources(entity, Parley.positionHeld).stream()
                .sorted(Comparator.comparing((Resource p) -> lexical(p, Parley.startDate))).toList();
        List<Resource> statedOffices = resources(entity, Parley.office);
        List<RDFNode> countries = values(entity, Parley.country);
        if (!positions.isEmpty() || !statedOffices.isEmpty() || !countries.isEmpty()) {
            html.append("<h2>Offices</h2>\n");
            if (!positions.isEmpty()) {
                html.append("<table><tr><th>Office</th><th>From</th><th>To</th></tr>\n");
                for (Resource position : positions) {
                    html.append("<tr><td>").append(links(values(position, Parley.office))).append("</td>")
                            .append(dateCell(lexical(position, Parley.startDate)))
                            .append(dateCell(orNone(lexical(position, Parley.endDate))))
                            .append("</tr>\n");
                }
                html.append("</table>\n");
            }
            if (!statedOffices.isEmpty()) {
                html.append("<p>Named in articles as: ").append(links(List.copyOf(statedOffices))).append("</p>\n");
            }
            if (!countries.isEmpty()) {
                html.append("<p>Country: ").append(links(countries)).append("</p>\n");
            }
        }
        contacts();
        statements("Statements", model.listSubjectsWithProperty(Parley.speaker, entity).toList(), false);
        List<Resource> relayed = java.util.stream.Stream.concat(model.listSubjectsWithProperty(Parley.reportedBy, entity).toList().stream(),
                model.listSubjectsWithProperty(Parley.deliveredBy, entity).toList().stream())
                .filter(r -> r.hasProperty(Parley.quote)).distinct().toList();
        if (!relayed.isEmpty()) {
            statements("Statements carried or delivered", relayed, true);
        }
        sources();
    }

    private void contacts() {
        List<Resource> events = model.listSubjectsWithProperty(Parley.participant, entity).toList().stream()
                .filter(EntityPage::isEvent).sorted(byDate()).toList();
        html.append("<h2>Contacts (").append(events.size()).append(")</h2>\n");
        if (events.isEmpty()) {
            html.append("<p class=\"muted\">No contacts in the store.</p>\n");
            return;
        }
        html.append("<table><tr><th>Date</th><th>Contact</th><th>With</th><th>Place</th><th>Reports</th></tr>\n");
        for (Resource event : events) {
            List<RDFNode> others = values(event, Parley.participant).stream().filter(p -> !p.equals(entity)).toList();
            html.append("<tr>").append(dateCell(orNone(lexical(event, Parley.date))))
                    .append("<td>").append(Html.link(event.getURI(), typeLabel(event))).append("</td>")
                    .append("<td>").append(others.isEmpty() ? NONE : links(others)).append("</td>")
                    .append("<td>").append(orNoneHtml(links(values(event, Parley.place)))).append("</td>")
                    .append("<td>").append(values(event, Parley.report).size()).append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    private void sources() {
        Set<Resource> articles = new TreeSet<>(Comparator.comparing(this::label));
        model.listStatements(null, Parley.source, (RDFNode) null).forEachRemaining(s -> {
            if (s.getObject().isURIResource()) {
                articles.add(s.getObject().asResource());
            }
        });
        if (articles.isEmpty()) {
            return;
        }
        html.append("<h2>Sources (").append(articles.size()).append(")</h2>\n<ul>\n");
        for (Resource article : articles) {
            html.append("<li>").append(articleLink(article)).append("</li>\n");
        }
        html.append("</ul>\n");
    }

    // ---- Events

    private void event() {
        html.append("<table>\n");
        fact("Type", Html.text(typeLabel(entity)));
        fact("Date", Html.text(orNone(lexical(entity, Parley.date))));
        fact("Place", orNoneHtml(links(values(entity, Parley.place))));
        fact("Participants", orNoneHtml(links(values(entity, Parley.participant))));
        html.append("</table>\n");
        List<Resource> reports = resources(entity, Parley.report);
        html.append("<h2>Reports (").append(reports.size()).append(")</h2>\n<ul class=\"quotes\">\n");
        for (Resource report : reports) {
            html.append("<li>");
            for (Resource article : resources(report, Parley.source)) {
                html.append(articleLink(article));
            }
            String date = lexical(report, Parley.date);
            if (!date.isEmpty()) {
                html.append(" <span class=\"muted\">gives the date ").append(Html.text(date)).append("</span>");
            }
            for (Resource mention : resources(report, Parley.evidence)) {
                html.append("<blockquote>").append(evidence(mention)).append("</blockquote>");
            }
            html.append("</li>\n");
        }
        html.append("</ul>\n");
        List<Resource> statements = reports.stream()
                .flatMap(r -> model.listSubjectsWithProperty(Parley.duringContact, r).toList().stream())
                .distinct().toList();
        if (!statements.isEmpty()) {
            statements("Statements", statements, true);
        }
    }

    /** The evidence sentence with the exact words marked, or the exact words alone. */
    private String evidence(Resource mention) {
        String exact = lexical(mention, Nif.anchorOf);
        String sentence = resources(mention, Nif.sentence).stream().map(s -> lexical(s, Nif.anchorOf))
                .filter(s -> !s.isEmpty()).findFirst().orElse(exact);
        int at = exact.isEmpty() ? -1 : sentence.indexOf(exact);
        if (at < 0) {
            return Html.text(sentence);
        }
        return Html.text(sentence.substring(0, at)) + "<mark>" + Html.text(exact) + "</mark>"
                + Html.text(sentence.substring(at + exact.length()));
    }

    // ---- Articles

    private void article() {
        html.append("<table>\n");
        fact("Locator", Html.text(orNone(lexical(entity, Parley.locator))));
        fact("Date", Html.text(orNone(lexical(entity, Parley.date))));
        fact("Outlet", orNoneHtml(links(values(entity, Parley.outlet))));
        fact("Agency", orNoneHtml(links(values(entity, Parley.reportedBy))));
        fact("URL", orNoneHtml(links(values(entity, SchemaDO.url))));
        html.append("</table>\n");
        List<Resource> reports = model.listSubjectsWithProperty(Parley.source, entity).toList().stream()
                .filter(r -> r.hasProperty(RDF.type, Parley.ContactReport)).sorted(byDate()).toList();
        html.append("<h2>Contacts reported (").append(reports.size()).append(")</h2>\n");
        if (!reports.isEmpty()) {
            html.append("<table><tr><th>Date</th><th>Contact</th><th>Participants</th><th>Event</th></tr>\n");
            for (Resource report : reports) {
                List<Resource> events = model.listSubjectsWithProperty(Parley.report, report).toList();
                html.append("<tr>").append(dateCell(orNone(lexical(report, Parley.date))))
                        .append("<td>").append(Html.text(values(report, Parley.contactType).stream()
                                .map(t -> t.asResource().getLocalName()).collect(Collectors.joining(", "))))
                        .append("</td><td>").append(orNoneHtml(links(values(report, Parley.participant))))
                        .append("</td><td>").append(events.isEmpty() ? NONE : events.stream()
                                .map(e -> Html.link(e.getURI(), typeLabel(e) + " " + orNone(lexical(e, Parley.date))))
                                .collect(Collectors.joining(", ")))
                        .append("</td></tr>\n");
            }
            html.append("</table>\n");
        }
        statements("Statements", model.listSubjectsWithProperty(Parley.source, entity).toList().stream()
                .filter(s -> s.hasProperty(Parley.quote)).toList(), true);
    }

    // ---- Shared parts

    /**
     * Statements with their speaker (when asked), kind, date, addressee, deliverer, channel, contact and source. A
     * direct quotation is shown in quotation marks; reported speech, the article's words, never is.
     */
    private void statements(String heading, List<Resource> statements, boolean showSpeaker) {
        List<Resource> sorted = statements.stream().sorted(byDate().thenComparing(s -> lexical(s, Parley.quote)))
                .toList();
        html.append("<h2>").append(Html.text(heading)).append(" (").append(sorted.size()).append(")</h2>\n");
        if (sorted.isEmpty()) {
            html.append("<p class=\"muted\">No statements in the store.</p>\n");
            return;
        }
        html.append("<ul class=\"quotes\">\n");
        for (Resource statement : sorted) {
            boolean reported = statement.hasProperty(RDF.type, Parley.ReportedStatement);
            String quote = Html.text(lexical(statement, Parley.quote));
            html.append("<li>").append(reported ? "<blockquote class=\"reported\">" + quote : "<blockquote>“" + quote + "”")
                    .append("</blockquote><span class=\"muted\">");
            if (showSpeaker) {
                html.append(links(values(statement, Parley.speaker))).append(" · ");
            }
            html.append(reported ? "reported speech" : "direct quotation").append(" · ");
            String date = lexical(statement, Parley.date);
            if (!date.isEmpty()) {
                html.append(Html.text(date)).append(" · ");
            }
            related(statement, Parley.addressee, "to ");
            related(statement, Parley.deliveredBy, "delivered by ");
            related(statement, Parley.reportedBy, "via ");
            for (Resource report : resources(statement, Parley.duringContact)) {
                for (Resource event : model.listSubjectsWithProperty(Parley.report, report).toList()) {
                    if (event.equals(entity)) {
                        continue;
                    }
                    html.append("during the ").append(Html.link(event.getURI(), typeLabel(event).toLowerCase()
                            + (lexical(event, Parley.date).isEmpty() ? "" : " of " + lexical(event, Parley.date))))
                            .append(" · ");
                }
            }
            html.append("source: ").append(resources(statement, Parley.source).stream().map(this::articleLink)
                    .collect(Collectors.joining(", "))).append("</span></li>\n");
        }
        html.append("</ul>\n");
    }

    /** "to Vladimir Putin · ": a statement's actors by one property, linked, when it has any. */
    private void related(Resource statement, Property property, String lead) {
        List<RDFNode> actors = values(statement, property);
        if (!actors.isEmpty()) {
            html.append(lead).append(links(actors)).append(" · ");
        }
    }

    private void allTriples() {
        List<Statement> triples = entity.listProperties().toList().stream()
                .sorted(Comparator.comparing((Statement s) -> model.shortForm(s.getPredicate().getURI()))
                        .thenComparing(s -> s.getObject().toString()))
                .toList();
        html.append("<details><summary>All ").append(triples.size())
                .append(" triples about this resource</summary>\n<table>\n");
        for (Statement triple : triples) {
            html.append("<tr><td><code>").append(Html.text(model.shortForm(triple.getPredicate().getURI())))
                    .append("</code></td><td>").append(value(triple.getObject())).append("</td></tr>\n");
        }
        html.append("</table></details>\n");
    }

    private void fact(String name, String valueHtml) {
        html.append("<tr><th>").append(Html.text(name)).append("</th><td>").append(valueHtml).append("</td></tr>\n");
    }

    private String articleLink(Resource article) {
        String title = label(article);
        String locator = lexical(article, Parley.locator);
        String date = lexical(article, Parley.date);
        String details = (locator.isEmpty() || locator.equals(title) ? "" : locator)
                + (date.isEmpty() ? "" : (locator.isEmpty() || locator.equals(title) ? "" : ", ") + date);
        return Html.link(article.getURI(), title)
                + (details.isEmpty() ? "" : " <span class=\"muted\">(" + Html.text(details) + ")</span>");
    }

    private String value(RDFNode node) {
        if (node.isURIResource()) {
            Resource resource = node.asResource();
            String label = label(resource);
            String shown = label.equals(resource.getURI()) ? model.shortForm(resource.getURI()) : label;
            return Html.link(resource.getURI(), shown);
        }
        if (node.isLiteral()) {
            Literal literal = node.asLiteral();
            String language = literal.getLanguage();
            return Html.text(literal.getLexicalForm())
                    + (language.isEmpty() ? "" : " <span class=\"muted\">@" + Html.text(language) + "</span>");
        }
        return Html.text(node.toString());
    }

    private String links(List<RDFNode> nodes) {
        return nodes.stream().sorted(Comparator.comparing(n -> n.isResource() ? label(n.asResource()) : n.toString()))
                .map(this::value).collect(Collectors.joining(", "));
    }

    private static String dateCell(String date) {
        return "<td class=\"date\">" + Html.text(date) + "</td>";
    }

    // ---- Reading the model

    /** The label people know the resource by: preferred label (English first), title, rdfs:label, locator. */
    String label(Resource resource) {
        for (Property property : List.of(SKOS.prefLabel, DCTerms.title, RDFS.label, Parley.locator)) {
            Optional<String> label = resource.listProperties(property).toList().stream()
                    .map(Statement::getObject).filter(RDFNode::isLiteral).map(RDFNode::asLiteral)
                    .sorted(Comparator.comparing((Literal l) -> !l.getLanguage().equals("en"))
                            .thenComparing(Literal::getLexicalForm))
                    .map(Literal::getLexicalForm).findFirst();
            if (label.isPresent()) {
                return label.get();
            }
        }
        return resource.isURIResource() ? resource.getURI() : resource.toString();
    }

    /** "Meeting", "Phone call": the label of the event's class, or its local name. */
    private String typeLabel(Resource event) {
        return resources(event, RDF.type).stream().filter(t -> t.getURI().startsWith(Parley.NS))
                .map(t -> label(t).equals(t.getURI()) ? t.getLocalName() : label(t))
                .findFirst().orElse("Event");
    }

    private static boolean isEvent(Resource resource) {
        return StoreStats.EVENT_TYPES.stream().anyMatch(type -> resource.hasProperty(RDF.type, type));
    }

    /** Dated first, by date; undated last. */
    private static Comparator<Resource> byDate() {
        return Comparator.comparing((Resource r) -> lexical(r, Parley.date).isEmpty())
                .thenComparing(r -> lexical(r, Parley.date))
                .thenComparing(r -> r.isURIResource() ? r.getURI() : r.toString());
    }

    private static List<RDFNode> values(Resource subject, Property property) {
        return subject.listProperties(property).toList().stream().map(Statement::getObject).distinct().toList();
    }

    private static List<Resource> resources(Resource subject, Property property) {
        return values(subject, property).stream().filter(RDFNode::isURIResource).map(RDFNode::asResource).toList();
    }

    /** The lexical form of the first literal value (in a fixed order), or "". */
    private static String lexical(Resource subject, Property property) {
        return values(subject, property).stream().filter(RDFNode::isLiteral)
                .map(n -> n.asLiteral().getLexicalForm()).sorted().findFirst().orElse("");
    }

    private static String orNone(String text) {
        return text.isEmpty() ? NONE : text;
    }

    private static String orNoneHtml(String html) {
        return html.isEmpty() ? NONE : html;
    }
}

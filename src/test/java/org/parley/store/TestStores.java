package org.parley.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.Article;
import org.parley.model.Contact;
import org.parley.model.ContactType;
import org.parley.model.Extraction;
import org.parley.model.Mention;
import org.parley.model.Span;
import org.parley.model.Statement;
import org.parley.rdf.ArticleGraphs;
import org.parley.rdf.Ids;
import org.parley.rdf.Parley;

/** Hand-made article graphs and stores for tests that should not run the extractor. */
public final class TestStores {
    public static final String ACTOR = Parley.ID + "actor/";

    private TestStores() {
    }

    /**
     * An article graph with one undated meeting report between two actors and one statement by the first, in
     * outline as the mapping writes it.
     */
    public static Graph article(String locator, String speaker, String other, String quote) {
        Node article = ArticleGraphs.graphName(locator);
        Node report = NodeFactory.createURI(article.getURI() + "/contact/0");
        Node statement = NodeFactory.createURI(article.getURI() + "/statement/0");
        Graph graph = GraphFactory.createDefaultGraph();
        add(graph, article, RDF.type.asNode(), Parley.Article.asNode());
        add(graph, article, Parley.locator.asNode(), NodeFactory.createLiteralString(locator));
        add(graph, report, RDF.type.asNode(), Parley.ContactReport.asNode());
        add(graph, report, Parley.contactType.asNode(), Parley.Meeting.asNode());
        add(graph, report, Parley.participant.asNode(), actor(speaker));
        add(graph, report, Parley.participant.asNode(), actor(other));
        add(graph, report, Parley.source.asNode(), article);
        add(graph, statement, RDF.type.asNode(), Parley.Statement.asNode());
        add(graph, statement, Parley.speaker.asNode(), actor(speaker));
        add(graph, statement, Parley.quote.asNode(), NodeFactory.createLiteralString(quote));
        add(graph, statement, Parley.source.asNode(), article);
        add(graph, actor(speaker), SKOS.prefLabel.asNode(), NodeFactory.createLiteralString(speaker));
        add(graph, actor(other), SKOS.prefLabel.asNode(), NodeFactory.createLiteralString(other));
        return graph;
    }

    /**
     * The same article as {@link #article}, written by the real mapping, so that it passes the shapes: the article
     * text "SPEAKER met OTHER. “QUOTE”, SPEAKER said." with its mentions.
     */
    public static Graph mappedArticle(String locator, String speaker, String other, String quote) {
        String met = speaker + " met " + other + ".";
        String said = "“" + quote + "”, " + speaker + " said.";
        String text = met + " " + said;
        Article article = new Article(locator, null, null, text, List.of(), null, null, null, null, "txt", Map.of());
        Actor a = new Actor("person/" + Ids.slug(speaker), speaker, ActorKind.PERSON, null, null, null);
        Actor b = new Actor("person/" + Ids.slug(other), other, ActorKind.PERSON, null, null, null);
        Span meeting = new Span(0, met.length());
        Span statement = new Span(met.length() + 1, text.length());
        Contact contact = new Contact(ContactType.MEETING, List.of(a, b), null, null, null, null, false, 0.8,
                List.of(), new Mention(meeting, met, meeting, met));
        Statement quoted = new Statement(Statement.Kind.DIRECT, a, quote, null, null, null, null, 0, 0.9,
                List.of(new Mention(statement, said, statement, said)));
        return ArticleGraphs.toGraph(new Extraction(article, List.of(a, b), List.of(contact), List.of(quoted)));
    }

    public static Node actor(String label) {
        return NodeFactory.createURI(ACTOR + Ids.slug(label));
    }

    /** A store in the directory holding the given articles (locator, graph), closed again so others can open it. */
    public static void create(Path directory, List<String> locators) {
        try (ParleyStore store = ParleyStore.open(directory)) {
            for (String locator : locators) {
                store.replaceArticle(locator, article(locator, "Wang Yi", "Sergey Lavrov", "quote in " + locator));
            }
            store.rebuildEvents();
        }
    }

    private static void add(Graph graph, Node s, Node p, Node o) {
        graph.add(Triple.create(s, p, o));
    }
}

package org.parley.store;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
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

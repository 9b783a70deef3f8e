package org.parley.serve;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.vocabulary.RDF;
import org.parley.rdf.Parley;
import org.parley.store.StoreValidation;

/**
 * What an article graph sent to the server must be before it is stored: the graph of the one article it is stored
 * as, and nothing else, and valid by the SHACL shapes. Otherwise a writer could put triples about anything into the
 * store (the default graph is the union of all graphs), or break what queries count on.
 * <ul>
 *   <li>it describes one article, the one it is stored as ({@code <article> a parley:Article});</li>
 *   <li>every subject is the article, a part of it (an IRI under the article's, such as its reports, statements and
 *       mentions), or a resource of Parley's the article's triples lead to (its actors, places, outlet), but never
 *       another article, an event or a graph;</li>
 *   <li>no blank nodes;</li>
 *   <li>no violation of the shapes ({@code ontology/shapes.ttl}).</li>
 * </ul>
 */
final class ArticleGraphCheck {
    /** Parley's resources no article graph may describe. */
    private static final List<String> NOT_AN_ARTICLES = List.of(Parley.ID + "article/", Parley.ID + "event/",
            Parley.ID + "graph/");
    /** Violations listed before the rest are only counted. */
    private static final int SHOWN = 20;

    private final Shapes shapes;

    ArticleGraphCheck(Shapes shapes) {
        this.shapes = shapes;
    }

    /** Why the graph may not be stored as the article; empty when it may. */
    List<String> violations(Node article, Graph graph) {
        List<String> violations = new ArrayList<>();
        List<Node> articles = graph.find(Node.ANY, RDF.type.asNode(), Parley.Article.asNode())
                .mapWith(Triple::getSubject).toList();
        if (!articles.contains(article)) {
            violations.add("the graph does not describe the article " + str(article) + " (no <article> a "
                    + "parley:Article triple)");
        }
        articles.stream().filter(a -> !a.equals(article)).forEach(a -> violations.add("the graph describes another "
                + "article, " + str(a)));
        Set<Node> allowed = reachable(article, graph);
        Set<Node> subjects = new LinkedHashSet<>();
        graph.find().forEach(t -> {
            subjects.add(t.getSubject());
            if (t.getSubject().isBlank() || t.getObject().isBlank()) {
                violations.add("a blank node in " + str(t) + ": article graphs name every node with an IRI");
            }
        });
        subjects.stream().filter(s -> !s.isBlank() && !allowed.contains(s)).forEach(s -> violations.add(str(s)
                + " is neither the article, a part of it, nor something the article refers to"));
        if (violations.isEmpty()) {
            violations.addAll(shapeViolations(graph, subjects));
        }
        if (violations.size() > SHOWN) {
            int more = violations.size() - SHOWN;
            violations.subList(SHOWN, violations.size()).clear();
            violations.add("... and " + more + " more");
        }
        return violations;
    }

    /** The article, its parts, and the resources of Parley's its triples lead to (not other articles or events). */
    private static Set<Node> reachable(Node article, Graph graph) {
        Set<Node> reached = new HashSet<>();
        Deque<Node> next = new ArrayDeque<>();
        reached.add(article);
        next.add(article);
        String parts = article.isURI() ? article.getURI() + "/" : null;
        graph.find().forEach(t -> {
            if (parts != null && t.getSubject().isURI() && t.getSubject().getURI().startsWith(parts)
                    && reached.add(t.getSubject())) {
                next.add(t.getSubject());
            }
        });
        while (!next.isEmpty()) {
            graph.find(next.pop(), Node.ANY, Node.ANY).forEach(t -> {
                Node object = t.getObject();
                if (object.isURI() && object.getURI().startsWith(Parley.ID)
                        && NOT_AN_ARTICLES.stream().noneMatch(object.getURI()::startsWith) && reached.add(object)) {
                    next.add(object);
                }
            });
        }
        return reached;
    }

    private List<String> shapeViolations(Graph graph, Set<Node> subjects) {
        ValidationReport report = StoreValidation.validate(graph, shapes);
        return report.getEntries().stream()
                .filter(e -> e.severity().equals(Severity.Violation) && subjects.contains(e.focusNode()))
                .map(e -> str(e.focusNode()) + (e.resultPath() == null ? "" : " " + e.resultPath()) + ": "
                        + e.message())
                .distinct()
                .toList();
    }

    private static String str(Node node) {
        return NodeFmtLib.strNT(node);
    }

    private static String str(Triple triple) {
        return str(triple.getSubject()) + " " + str(triple.getPredicate()) + " " + str(triple.getObject());
    }
}

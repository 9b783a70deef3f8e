package org.parley.serve;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.servlets.ActionLib;
import org.apache.jena.fuseki.servlets.ActionService;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.web.HttpSC;
import org.parley.rdf.ArticleGraphs;
import org.parley.rdf.ArticleIdentity;
import org.parley.rdf.Parley;
import org.parley.store.ParleyStore;

/**
 * The authenticated write endpoint, {@code /parley/ingest}: stores articles that a client has already read and
 * converted to RDF (as {@code parley ingest --server} does), and merges their reports into the events, all in one
 * write transaction, so that queries running meanwhile see the store either before or after, never in between.
 * <ul>
 * <li>{@code PUT} or {@code POST ?locator=L} with one article graph as Turtle, N-Triples, TriG or N-Quads: the
 * triples (or the quads of its one named graph, the article's IRI) replace article L.</li>
 * <li>{@code PUT} or {@code POST} without a locator, TriG or N-Quads: each named graph must be an article graph,
 * named by its article and holding {@code <graph> parley:locator "L"}; each replaces its article.</li>
 * <li>{@code GET}: the store's article and quad counts, as JSON.</li>
 * </ul>
 * Every request needs the configured user and password (HTTP Basic); a wrong or missing one gets 401.
 */
final class IngestService extends ActionService {
    static final Operation OPERATION =
            Operation.alloc("urn:parley:operation:ingest", "parley-ingest", "Parley: store converted articles");
    static final String LOCATOR = "locator";

    private final ParleyStore store;
    private final Credentials writer;

    IngestService(ParleyStore store, Credentials writer) {
        this.store = store;
        this.writer = writer;
    }

    @Override
    public void execGet(HttpAction action) {
        executeLifecycle(action);
    }

    @Override
    public void execPost(HttpAction action) {
        executeLifecycle(action);
    }

    @Override
    public void execPut(HttpAction action) {
        executeLifecycle(action);
    }

    /** Authentication first: nothing about the request is looked at before the credentials are right. */
    @Override
    public void validate(HttpAction action) {
        if (!writer.accepts(action.getRequestHeader("Authorization"))) {
            ActionLib.consumeBody(action);
            action.setResponseHeader("WWW-Authenticate", "Basic realm=\"Parley\", charset=\"UTF-8\"");
            ServletOps.error(HttpSC.UNAUTHORIZED_401, "Writing to this server needs its user name and password");
        }
    }

    @Override
    public void execute(HttpAction action) {
        if (action.getRequestMethod().equals("GET")) {
            JsonObject counts = new JsonObject();
            counts.put("articles", store.locators().size());
            counts.put("quads", store.quadCount());
            ServletOps.sendJsonReponse(action, counts);
            return;
        }
        Map<String, Graph> articles = articles(action);
        store.replaceArticles(articles);
        action.log.info(String.format("[%d] stored %d article(s) and merged their events", action.id, articles.size()));
        JsonObject result = new JsonObject();
        JsonArray stored = new JsonArray();
        articles.keySet().forEach(stored::add);
        result.put("stored", stored);
        ServletOps.sendJsonReponse(action, result);
    }

    /** The article graphs in the request body, by locator; a 400 response for anything else. */
    private static Map<String, Graph> articles(HttpAction action) {
        Lang lang = RDFLanguages.contentTypeToLang(ActionLib.getContentMediaType(action));
        if (lang == null) {
            ServletOps.error(HttpSC.UNSUPPORTED_MEDIA_TYPE_415, "Send the article graph as Turtle, N-Triples, "
                    + "TriG or N-Quads (Content-Type text/turtle, application/n-triples, application/trig or "
                    + "application/n-quads)");
        }
        DatasetGraph body = DatasetGraphFactory.createGeneral();
        try {
            ActionLib.parse(action, StreamRDFLib.dataset(body), lang, Parley.ID);
        } catch (RiotException e) {
            ActionLib.consumeBody(action);
            ServletOps.errorBadRequest("The body is not " + lang.getLabel() + ": " + e.getMessage());
        }
        String locator = action.getRequestParameter(LOCATOR);
        Map<String, Graph> articles = new LinkedHashMap<>();
        if (locator != null) {
            Node name = body.listGraphNodes().hasNext() ? body.listGraphNodes().next() : ArticleGraphs.graphName(locator);
            Graph graph = GraphFactory.createDefaultGraph();
            body.find().forEachRemaining(quad -> {
                if (!quad.isDefaultGraph() && !quad.getGraph().equals(name)) {
                    ServletOps.errorBadRequest("locator " + locator + ": the body has a graph other than the "
                            + "article's, " + quad.getGraph());
                }
                graph.add(quad.asTriple());
            });
            if (!name.equals(ArticleGraphs.graphName(locator))
                    && !ArticleIdentity.graphNameIn(graph).map(name::equals).orElse(false)) {
                ServletOps.errorBadRequest("locator " + locator + ": the graph " + name + " is not named by its article");
            }
            articles.put(locator, graph);
        } else {
            if (!body.getDefaultGraph().isEmpty()) {
                ServletOps.errorBadRequest("Without a ?locator= parameter, send named article graphs (TriG or "
                        + "N-Quads): the body has triples outside any named graph");
            }
            for (Iterator<Node> names = body.listGraphNodes(); names.hasNext(); ) {
                Node name = names.next();
                String graphLocator = locatorOf(body, name);
                articles.put(graphLocator, body.getGraph(name));
            }
        }
        if (articles.isEmpty()) {
            ServletOps.errorBadRequest("The body holds no article graph");
        }
        return articles;
    }

    /** The locator the article graph gives itself; a 400 response unless the graph is named by it. */
    private static String locatorOf(DatasetGraph body, Node name) {
        List<String> locators = new ArrayList<>();
        body.find(name, name, Parley.locator.asNode(), Node.ANY).forEachRemaining(q -> {
            if (q.getObject().isLiteral()) {
                locators.add(q.getObject().getLiteralLexicalForm());
            }
        });
        if (locators.size() != 1) {
            ServletOps.errorBadRequest("Graph " + name + " is not an article graph: it must hold exactly one "
                    + "<graph> parley:locator \"LOCATOR\" triple, naming itself");
        }
        return locators.get(0);
    }
}

package org.parley.serve;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.parley.extract.Extractor;
import org.parley.model.Article;
import org.parley.rdf.ArticleGraphs;
import org.parley.rdf.ArticleIdentity;
import org.parley.rdf.Parley;
import org.parley.read.ArticleSink;
import org.parley.read.ArticleSources;
import org.parley.read.InputLimits;
import org.parley.read.Messages;
import org.parley.read.UnreadableInputException;
import org.parley.store.ParleyStore;
import org.parley.store.StoreValidation;

/**
 * The authenticated write endpoint, {@code /parley/ingest}: stores articles and merges their reports into the events,
 * all in one write transaction, so that queries running meanwhile see the store either before or after, never in
 * between.
 * <ul>
 * <li>{@code PUT} or {@code POST ?locator=L} with an article as {@code text/html} or {@code text/plain}: the server
 * reads and converts it as {@code parley ingest} would (loading the language models on the first such request),
 * and it replaces article L.</li>
 * <li>{@code PUT} or {@code POST ?locator=L} with one article graph as Turtle, N-Triples, TriG or N-Quads (as
 * {@code parley ingest --server} sends it): the triples (or the quads of its one named graph, the article's IRI)
 * replace article L.</li>
 * <li>{@code PUT} or {@code POST} without a locator, TriG or N-Quads: each named graph must be an article graph,
 * named by its article and holding {@code <graph> parley:locator "L"}; each replaces its article.</li>
 * <li>{@code GET}: the store's article and quad counts, as JSON.</li>
 * </ul>
 * An article graph is stored only if it is the named article's and nothing else, and valid by the shapes
 * ({@link ArticleGraphCheck}); otherwise the response is 400 with the violations, and nothing is stored. Other
 * content types (RDF/XML, JSON-LD) get 415. Every request needs the configured user and password (HTTP Basic); a
 * wrong or missing one gets 401.
 */
final class IngestService extends ActionService {
    static final Operation OPERATION =
            Operation.alloc("urn:parley:operation:ingest", "parley-ingest", "Parley: store converted articles");
    static final String LOCATOR = "locator";
    private static final Set<Lang> GRAPH_LANGS = Set.of(Lang.TURTLE, Lang.NTRIPLES, Lang.TRIG, Lang.NQUADS);
    private static final Set<String> ARTICLE_TYPES = Set.of("text/html", "application/xhtml+xml", "text/plain");

    private final ParleyStore store;
    private final Credentials writer;
    private final ArticleGraphCheck check = new ArticleGraphCheck(StoreValidation.standardShapes());

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
        WriterOnly.require(writer, action, "Writing to this server");
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
        Map<String, Graph> articles;
        try {
            articles = articles(action);
        } catch (RuntimeException e) {
            if (RequestLimits.bodyTooLarge(e)) {
                RequestLimits.refuseLargeBody();
            }
            throw e;
        }
        store.replaceArticles(articles);
        action.log.info(String.format("[%d] stored %d article(s) and merged their events", action.id, articles.size()));
        JsonObject result = new JsonObject();
        JsonArray stored = new JsonArray();
        articles.keySet().forEach(stored::add);
        result.put("stored", stored);
        ServletOps.sendJsonReponse(action, result);
    }

    /** The article graphs the request holds, checked, by locator; a 4xx response for anything else. */
    private Map<String, Graph> articles(HttpAction action) {
        String type = ActionLib.getContentMediaType(action);
        Lang lang = type == null ? null : RDFLanguages.contentTypeToLang(type);
        Map<String, Graph> articles;
        if (type != null && ARTICLE_TYPES.contains(type)) {
            articles = converted(action, type);
        } else if (lang != null && GRAPH_LANGS.contains(lang)) {
            articles = graphs(action, lang);
        } else {
            ActionLib.consumeBody(action);
            ServletOps.error(HttpSC.UNSUPPORTED_MEDIA_TYPE_415, "Send an article as text/html or text/plain (the "
                    + "server converts it), or its graph as Turtle, N-Triples, TriG or N-Quads (Content-Type "
                    + "text/turtle, application/n-triples, application/trig or application/n-quads); "
                    + (type == null ? "the request has no Content-Type" : type + " is not taken"));
            return Map.of();
        }
        List<String> violations = new ArrayList<>();
        // Checked as the article it is stored as: the one the graph describes, else the locator's.
        articles.forEach((locator, graph) -> check.violations(ArticleIdentity.graphNameIn(graph)
                .orElseGet(() -> ArticleGraphs.graphName(locator)), graph).forEach(v -> violations.add(locator + ": " + v)));
        if (!violations.isEmpty()) {
            badRequest("Nothing was stored: the article graph does not pass the checks\n"
                    + String.join("\n", violations));
        }
        return articles;
    }

    /** An article read and converted here, as a local ingest would. */
    private static Map<String, Graph> converted(HttpAction action, String contentType) {
        String locator = action.getRequestParameter(LOCATOR);
        if (locator == null || locator.isBlank()) {
            ActionLib.consumeBody(action);
            badRequest("An article sent as " + contentType + " needs ?locator=NAME");
        }
        List<Article> read = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        String name = locator + (contentType.equals("text/plain") ? ".txt" : ".html");
        try (InputStream body = action.getRequestInputStream()) {
            ArticleSources.read(name, body, new ArticleSink() {
                @Override
                public void accept(Article article) {
                    read.add(article);
                }

                @Override
                public void failed(String where, String message) {
                    failures.add(message);
                }
            }, InputLimits.DEFAULT);
        } catch (IOException e) {
            badRequest("The article could not be read: " + Messages.oneLine(e));
        }
        if (!failures.isEmpty() || read.size() != 1) {
            badRequest("The article could not be read: "
                    + (failures.isEmpty() ? "it holds no article" : String.join("; ", failures)));
        }
        Article article = relocated(read.get(0), locator);
        try {
            InputLimits.DEFAULT.checkLines(article);
            return Map.of(locator, ArticleGraphs.toGraph(Extractor.shared().extract(article)));
        } catch (UnreadableInputException e) {
            badRequest("The article could not be read: " + e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            badRequest("The article could not be converted: " + Messages.oneLine(e));
        }
        return Map.of();
    }

    /**
     * Ends the request with 400 and the message, its characters outside ASCII escaped: Fuseki counts a message's
     * characters as its length in bytes.
     */
    private static void badRequest(String message) {
        StringBuilder ascii = new StringBuilder();
        message.codePoints().forEach(c -> ascii.append(c < 0x80 ? Character.toString(c) : String.format("\\u%04X", c)));
        ServletOps.errorBadRequest(ascii.toString());
    }

    /** The article under the locator the request names (it was read under a name that tells its format). */
    private static Article relocated(Article a, String locator) {
        return new Article(locator, a.url(), a.title(), a.sourceText(), a.blocks(), a.published(), a.dateline(),
                a.outlet(), a.agency(), a.format(), a.metadata());
    }

    /** The article graphs in an RDF body, by locator; a 400 response for anything else. */
    private static Map<String, Graph> graphs(HttpAction action, Lang lang) {
        DatasetGraph body = DatasetGraphFactory.createGeneral();
        try {
            ActionLib.parse(action, StreamRDFLib.dataset(body), lang, Parley.ID);
        } catch (RiotException e) {
            ActionLib.consumeBody(action);
            badRequest("The body is not " + lang.getLabel() + ": " + Messages.oneLine(e));
        }
        String locator = action.getRequestParameter(LOCATOR);
        Map<String, Graph> articles = new LinkedHashMap<>();
        if (locator != null) {
            Node name = body.listGraphNodes().hasNext() ? body.listGraphNodes().next() : ArticleGraphs.graphName(locator);
            Graph graph = GraphFactory.createDefaultGraph();
            body.find().forEachRemaining(quad -> {
                if (!quad.isDefaultGraph() && !quad.getGraph().equals(name)) {
                    badRequest("locator " + locator + ": the body has a graph other than the "
                            + "article's, " + quad.getGraph());
                }
                graph.add(quad.asTriple());
            });
            if (!name.equals(ArticleGraphs.graphName(locator))
                    && !ArticleIdentity.graphNameIn(graph).map(name::equals).orElse(false)) {
                badRequest("locator " + locator + ": the graph " + name + " is not named by its article");
            }
            articles.put(locator, graph);
        } else {
            if (!body.getDefaultGraph().isEmpty()) {
                badRequest("Without a ?locator= parameter, send named article graphs (TriG or "
                        + "N-Quads): the body has triples outside any named graph");
            }
            for (Iterator<Node> names = body.listGraphNodes(); names.hasNext(); ) {
                Node name = names.next();
                String graphLocator = locatorOf(body, name);
                if (!ArticleIdentity.graphNameIn(body.getGraph(name)).map(name::equals).orElse(false)) {
                    badRequest("Graph " + name + " is not named by its article");
                }
                articles.put(graphLocator, body.getGraph(name));
            }
        }
        if (articles.isEmpty()) {
            badRequest("The body holds no article graph");
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
            badRequest("Graph " + name + " is not an article graph: it must hold exactly one "
                    + "<graph> parley:locator \"LOCATOR\" triple, naming itself");
        }
        return locators.get(0);
    }
}

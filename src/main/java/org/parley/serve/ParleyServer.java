package org.parley.serve;

import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.QoSHandler;
import org.parley.store.ParleyStore;

/**
 * A SPARQL server over a store, with an exploration page, the Fuseki UI, linked-data pages and exports.
 * <p>
 * The dataset is at {@code /parley}: SPARQL query at {@code /parley/sparql} and {@code /parley/query} (and
 * {@code /parley?query=}), each with the settings' time limit and result limit; Graph Store Protocol reads at
 * {@code /parley/get} and {@code /parley/data}. There is no update, upload or GSP write endpoint. The one way to
 * write is {@code /parley/ingest} ({@link IngestService}), present only when the settings name a writer, and only
 * for requests with the writer's password. The exploration page is at {@code /} and a SPARQL editor at
 * {@code /sparql-editor}, over a JSON API on the named queries at {@code /api/} ({@link WebAssets},
 * {@link NamedQueryApi}). The Fuseki UI is at {@code /fuseki/}: static files from the jena-fuseki-ui jar, plus what
 * the UI reads: the datasets at {@code /$/server} ({@link DatasetList}, without Fuseki's version and uptime) and
 * {@code /$/ping}. Fuseki's request statistics ({@code /$/stats}) are served to the writer only, and not at all by a
 * read-only server; the admin module, which can create, delete and back up datasets, and the validators are left
 * out.
 * <p>
 * Every request passes the {@link RequestLimits} first: body sizes, and how many queries run at once.
 * <p>
 * Beside the dataset: {@code /id/...} dereferences Parley's IRIs ({@link LinkedDataServlet}), {@code /export}
 * streams exports ({@link ExportServlet}) and {@code /context.jsonld} is the JSON-LD context.
 */
public final class ParleyServer implements AutoCloseable {
    public static final String DATASET = "/parley";
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 3030;
    /** The write endpoint's name under the dataset. */
    public static final String INGEST = "ingest";
    /** The response header that says whether a query's answer came from the cache ("hit") or not ("miss"). */
    public static final String CACHE_HEADER = "Parley-Cache";

    private final FusekiServer server;
    private final ServerSettings settings;
    private final QoSHandler queries;

    private ParleyServer(FusekiServer server, ServerSettings settings, QoSHandler queries) {
        this.server = server;
        this.settings = settings;
        this.queries = queries;
    }

    /** Starts serving the store; the store stays open until the caller closes it, after closing the server. */
    public static ParleyServer start(ParleyStore store, ServerSettings settings) {
        DatasetGraph dataset = store.datasetGraph();
        LimitedQuery query = new LimitedQuery(settings.maxRows());
        Context limits = new Context();
        limits.set(ARQ.queryTimeout, Long.toString(settings.queryTimeout().toMillis()));
        DataService.Builder service = DataService.newBuilder(dataset)
                .addEndpoint(queryEndpoint(null, query, limits))
                .addEndpoint(queryEndpoint("sparql", query, limits))
                .addEndpoint(queryEndpoint("query", query, limits))
                .addEndpoint(Operation.GSP_R, "get")
                .addEndpoint(Operation.GSP_R, "data");
        if (settings.writable()) {
            service.addEndpoint(Endpoint.create().operation(IngestService.OPERATION).endpointName(INGEST)
                    .processor(new IngestService(store, settings.writer())).build());
        }
        FusekiServer.Builder builder = FusekiServer.create()
                .fusekiModules(FusekiModules.empty())
                .port(settings.port())
                .add(DATASET, service.build())
                .enableCors(settings.cors())
                .addServlet("/$/server", new DatasetList())
                .addServlet(IdPaths.PREFIX + "*", new LinkedDataServlet(new EntityDescriptions(dataset),
                        new IndexPage(dataset), settings))
                .addServlet("/export", new ExportServlet(dataset))
                .addServlet(ContextServlet.PATH, new ContextServlet())
                .addServlet(NamedQueryApi.PATH + "*", new NamedQueryApi(dataset, settings.queryTimeout()))
                .addServlet("", new WebAssets())
                .addServlet(WebAssets.EDITOR, new WebAssets())
                .addServlet(WebAssets.ASSETS + "*", new WebAssets())
                .addServlet("/fuseki", new WebAssets())
                .addServlet(WebAssets.FUSEKI_UI + "*", new WebAssets())
                .enablePing(true)
                .enableStats(false);
        if (settings.writable()) {
            builder.addServlet("/$/stats/*", new ServerStatistics(settings.writer()));
        }
        if (settings.cacheBytes() > 0) {
            ResultCache cache = new ResultCache(dataset, settings.cacheBytes());
            for (String endpoint : List.of("", "/sparql", "/query")) {
                builder.addFilter(DATASET + endpoint, cache);
            }
        }
        FusekiServer server = builder.build();
        for (Connector connector : server.getJettyServer().getConnectors()) {
            if (connector instanceof ServerConnector serverConnector) {
                serverConnector.setHost(settings.host());
            }
        }
        QoSHandler queries = RequestLimits.install(server.getJettyServer(), settings);
        server.start();
        return new ParleyServer(server, settings, queries);
    }

    private static Endpoint queryEndpoint(String name, LimitedQuery processor, Context limits) {
        return Endpoint.create().operation(Operation.Query).endpointName(name).processor(processor).context(limits)
                .build();
    }

    public int port() {
        return server.getHttpPort();
    }

    /** The server's base URL as it listens, where the UI is. */
    public String baseUrl() {
        return settings.listeningUrl(port());
    }

    /** The URL the server's pages link to: the configured base URL, else where it listens; never a request's Host. */
    public String publicUrl() {
        return settings.publicUrl(port());
    }

    public String sparqlUrl() {
        return baseUrl() + DATASET.substring(1) + "/sparql";
    }

    /** The write endpoint, present when the server was started writable. */
    public String ingestUrl() {
        return baseUrl() + DATASET.substring(1) + "/" + INGEST;
    }

    /** The index of the linked-data pages. */
    public String linkedDataUrl() {
        return baseUrl() + IdPaths.PREFIX.substring(1);
    }

    /** The Fuseki UI's query page for the dataset. */
    public String uiQueryUrl() {
        return baseUrl() + WebAssets.FUSEKI_UI.substring(1) + "#/dataset" + DATASET + "/query";
    }

    /** The SPARQL editor (YASGUI) with Parley's prefixes and the named queries as examples. */
    public String editorUrl() {
        return baseUrl() + WebAssets.EDITOR.substring(1);
    }

    /** How many queries are waiting for their turn now (past the limit of queries running at once). */
    public int waitingQueries() {
        return queries.getSuspendedRequestCount();
    }

    /** Blocks until the server stops. */
    public void join() {
        server.join();
    }

    @Override
    public void close() {
        server.stop();
    }
}

package org.parley.serve;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.validation.DataValidator;
import org.apache.jena.fuseki.validation.IRIValidator;
import org.apache.jena.fuseki.validation.LangTagValidator;
import org.apache.jena.fuseki.validation.QueryValidator;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
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
 * {@link NamedQueryApi}). The Fuseki UI is at {@code /fuseki/}: static files from the jena-fuseki-ui jar, plus the read-only server endpoints the UI calls
 * ({@code /$/server}, {@code /$/ping}, {@code /$/stats}, {@code /$/validate/*}); the admin module, which can
 * create, delete and back up datasets, is left out.
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

    private final FusekiServer server;
    private final String host;

    private ParleyServer(FusekiServer server, String host) {
        this.server = server;
        this.host = host;
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
        FusekiServer server = FusekiServer.create()
                .fusekiModules(FusekiModules.empty())
                .port(settings.port())
                .add(DATASET, service.build())
                .enableCors(settings.cors())
                .addServlet("/$/server", new ActionServerStatus())
                .addServlet("/$/validate/query", new QueryValidator())
                .addServlet("/$/validate/iri", new IRIValidator())
                .addServlet("/$/validate/langtag", new LangTagValidator())
                .addServlet("/$/validate/data", new DataValidator())
                .addServlet(IdPaths.PREFIX + "*", new LinkedDataServlet(new EntityDescriptions(dataset),
                        new IndexPage(dataset)))
                .addServlet("/export", new ExportServlet(dataset))
                .addServlet(ContextServlet.PATH, new ContextServlet())
                .addServlet(NamedQueryApi.PATH + "*", new NamedQueryApi(dataset, settings.queryTimeout()))
                .addServlet("", new WebAssets())
                .addServlet(WebAssets.EDITOR, new WebAssets())
                .addServlet(WebAssets.ASSETS + "*", new WebAssets())
                .addServlet("/fuseki", new WebAssets())
                .addServlet(WebAssets.FUSEKI_UI + "*", new WebAssets())
                .enablePing(true)
                .enableStats(true)
                .build();
        for (Connector connector : server.getJettyServer().getConnectors()) {
            if (connector instanceof ServerConnector serverConnector) {
                serverConnector.setHost(settings.host());
            }
        }
        server.start();
        return new ParleyServer(server, settings.host());
    }

    private static Endpoint queryEndpoint(String name, LimitedQuery processor, Context limits) {
        return Endpoint.create().operation(Operation.Query).endpointName(name).processor(processor).context(limits)
                .build();
    }

    public int port() {
        return server.getHttpPort();
    }

    /** The server's base URL, where the UI is. */
    public String baseUrl() {
        String shownHost = host.contains(":") ? "[" + host + "]" : host;
        return "http://" + shownHost + ":" + port() + "/";
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

    /** Blocks until the server stops. */
    public void join() {
        server.join();
    }

    @Override
    public void close() {
        server.stop();
    }
}

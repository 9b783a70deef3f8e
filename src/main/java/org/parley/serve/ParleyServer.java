package org.parley.serve;

import java.net.URL;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.validation.DataValidator;
import org.apache.jena.fuseki.validation.IRIValidator;
import org.apache.jena.fuseki.validation.LangTagValidator;
import org.apache.jena.fuseki.validation.QueryValidator;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;

/**
 * A read-only SPARQL server over a store, with the Fuseki UI.
 * <p>
 * The dataset is at {@code /parley}: SPARQL query at {@code /parley/sparql} and {@code /parley/query}, Graph Store
 * Protocol reads at {@code /parley/get} and {@code /parley/data}. There is no update, upload or GSP write endpoint,
 * so writes are refused. The UI is served the way Fuseki's own UI module ({@code FMod_UI}) does it: static files
 * from the jena-fuseki-ui jar, plus the read-only server endpoints the UI calls ({@code /$/server},
 * {@code /$/ping}, {@code /$/stats}, {@code /$/validate/*}); the admin module, which can create, delete and back
 * up datasets, is left out.
 */
public final class ParleyServer implements AutoCloseable {
    public static final String DATASET = "/parley";
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 3030;

    /** The UI's files in the jena-fuseki-ui jar. */
    private static final String UI_INDEX = "webapp/index.html";

    private final FusekiServer server;
    private final String host;

    private ParleyServer(FusekiServer server, String host) {
        this.server = server;
        this.host = host;
    }

    /**
     * Starts serving the dataset, which should have the union default graph set in its context.
     *
     * @param port 0 for any free port
     */
    public static ParleyServer start(DatasetGraph dataset, String host, int port) {
        DataService service = DataService.newBuilder(dataset)
                .addEndpoint(Operation.Query)
                .addEndpoint(Operation.Query, "sparql")
                .addEndpoint(Operation.Query, "query")
                .addEndpoint(Operation.GSP_R, "get")
                .addEndpoint(Operation.GSP_R, "data")
                .build();
        FusekiServer server = FusekiServer.create()
                .fusekiModules(FusekiModules.empty())
                .port(port)
                .add(DATASET, service)
                .staticFileBase(uiFiles())
                .addServlet("/$/server", new ActionServerStatus())
                .addServlet("/$/validate/query", new QueryValidator())
                .addServlet("/$/validate/iri", new IRIValidator())
                .addServlet("/$/validate/langtag", new LangTagValidator())
                .addServlet("/$/validate/data", new DataValidator())
                .enablePing(true)
                .enableStats(true)
                .build();
        for (Connector connector : server.getJettyServer().getConnectors()) {
            if (connector instanceof ServerConnector serverConnector) {
                serverConnector.setHost(host);
            }
        }
        server.start();
        return new ParleyServer(server, host);
    }

    /** The jar URL of the UI's files, as Fuseki's static file base. */
    private static String uiFiles() {
        URL index = ParleyServer.class.getClassLoader().getResource(UI_INDEX);
        if (index == null) {
            throw new IllegalStateException("the Fuseki UI (jena-fuseki-ui) is not on the classpath");
        }
        String url = index.toExternalForm();
        return url.substring(0, url.length() - "index.html".length());
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

    /** The UI's query page for the dataset. */
    public String uiQueryUrl() {
        return baseUrl() + "#/dataset" + DATASET + "/query";
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

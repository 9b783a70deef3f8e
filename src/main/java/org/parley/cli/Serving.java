package org.parley.cli;

import java.io.PrintWriter;
import java.net.BindException;
import java.util.List;
import java.util.function.Function;
import org.parley.serve.ParleyServer;
import org.parley.store.ParleyStore;

/** Runs the server over an opened store until the process is stopped, then closes both. */
final class Serving {
    private Serving() {
    }

    /**
     * @param store taken over: closed when the server stops
     * @param notes lines printed after the URLs, given the running server
     */
    static void serveUntilStopped(ParleyStore store, ServerOptions options, PrintWriter out,
                                  Function<ParleyServer, List<String>> notes) {
        if (options.port < 0 || options.port > 65535) {
            store.close();
            throw new UserError("--port " + options.port + ": not a port number (0-65535)");
        }
        ParleyServer server;
        try {
            server = ParleyServer.start(store.datasetGraph(), options.host, options.port);
        } catch (RuntimeException e) {
            store.close();
            if (causedBy(e, BindException.class)) {
                throw new UserError("cannot listen on " + options.host + ":" + options.port
                        + " (in use? choose another with --port)", e);
            }
            throw e;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            store.close();
        }, "parley-serve-shutdown"));
        out.println("Serving " + store.directory() + " read-only at " + server.baseUrl());
        out.println("  SPARQL endpoint  " + server.sparqlUrl());
        out.println("  Fuseki UI        " + server.uiQueryUrl());
        notes.apply(server).forEach(out::println);
        out.println("Press Ctrl-C to stop.");
        out.flush();
        server.join();
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}

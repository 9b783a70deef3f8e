package org.parley.cli;

import java.io.PrintWriter;
import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.function.Function;
import org.parley.export.ExportFormat;
import org.parley.serve.ParleyServer;
import org.parley.serve.ServerSettings;
import org.parley.store.ParleyStore;
import org.parley.store.ServerNote;

/** Runs the server over an opened store until the process is stopped, then closes both. */
final class Serving {
    private Serving() {
    }

    /**
     * @param store taken over: closed when the server stops
     * @param notes lines printed after the URLs, given the running server
     */
    static void serveUntilStopped(ParleyStore store, ServerSettings settings, PrintWriter out,
                                  Function<ParleyServer, List<String>> notes) {
        ParleyServer server;
        try {
            server = ParleyServer.start(store, settings);
        } catch (RuntimeException e) {
            store.close();
            if (causedBy(e, BindException.class)) {
                throw portInUse(settings, e);
            }
            throw e;
        }
        ServerNote.write(store.directory(), server.baseUrl());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            ServerNote.remove(store.directory());
            store.close();
        }, "parley-serve-shutdown"));
        out.println("Serving " + store.directory() + (settings.writable() ? "" : " read-only") + " at "
                + server.baseUrl());
        out.println("  Explore          " + server.baseUrl() + " (search a person or countries: network, "
                + "contacts per month, map, events with their evidence)");
        out.println("  SPARQL endpoint  " + server.sparqlUrl() + " (queries stop after "
                + seconds(settings) + " s and return at most " + settings.maxRows() + " results)");
        out.println("  SPARQL editor    " + server.editorUrl() + " (YASGUI with the named queries)");
        out.println("  Fuseki UI        " + server.uiQueryUrl());
        out.println("  Linked data      " + server.linkedDataUrl());
        out.println("  Exports          " + server.baseUrl() + "export?format=gexf (formats: "
                + ExportFormat.labels() + ")");
        if (settings.writable()) {
            out.println("  Ingest           " + server.ingestUrl() + " (user " + settings.writer().user()
                    + "; parley ingest --server " + server.baseUrl() + " PATH...)");
        }
        if (settings.cors()) {
            out.println("  CORS             on: web pages on any site may query this server");
        }
        notes.apply(server).forEach(out::println);
        out.println("Press Ctrl-C to stop.");
        out.flush();
        server.join();
    }

    /** Fails now, before any slow work (the demo's ingest), if the port is taken; port 0 is always free. */
    static void requireFreePort(ServerSettings settings) {
        if (settings.port() == 0) {
            return;
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(settings.host(), settings.port()));
        } catch (IOException e) {
            throw portInUse(settings, e);
        }
    }

    private static UserError portInUse(ServerSettings settings, Exception cause) {
        return new UserError("cannot listen on " + settings.host() + ":" + settings.port()
                + " (in use? choose another with --port)", cause);
    }

    private static String seconds(ServerSettings settings) {
        double seconds = settings.queryTimeout().toMillis() / 1000.0;
        return seconds == Math.rint(seconds) ? Long.toString((long) seconds) : Double.toString(seconds);
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

package org.parley.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.parley.serve.ServerSettings;
import org.parley.store.ParleyStore;
import org.parley.store.PendingMerge;
import org.parley.store.ReferenceGraphs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "serve",
        description = {"Serve the store over SPARQL, with an exploration page, a SPARQL editor, the Fuseki UI, "
                + "linked-data pages and exports.",
                "The exploration page at /, the SPARQL editor at /sparql-editor, the named queries as JSON at "
                        + "/api/query/NAME, the query endpoint /parley/sparql (also /parley/query), graph store reads "
                        + "at /parley/get (also /parley/data), the Fuseki UI at /fuseki/, entity pages at /id/, "
                        + "exports at /export. Read-only "
                        + "unless writable (--writable, or a password set): then /parley/ingest takes articles "
                        + "from parley ingest --server. Stop with Ctrl-C."})
class ServeCommand implements Callable<Integer> {
    @Mixin
    private StoreOption store;

    @Mixin
    private ServerOptions server;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        ServerSettings settings = server.settings(System.getenv());
        ParleyStore opened = ParleyStore.openExisting(store.store);
        try {
            opened.ensureReferenceGraphs(ReferenceGraphs.standard());
            PendingMerge.complete(opened).ifPresent(notice -> {
                spec.commandLine().getErr().println(spec.qualifiedName() + ": " + notice);
                spec.commandLine().getErr().flush();
            });
        } catch (RuntimeException e) {
            opened.close();
            throw e;
        }
        Serving.serveUntilStopped(opened, settings, spec.commandLine().getOut(), running -> List.of());
        return 0;
    }
}

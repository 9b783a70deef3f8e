package org.parley.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.parley.store.Ingestion;
import org.parley.store.ParleyStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "ingest",
        description = {"Read articles, extract their contacts and statements, and store them as RDF.",
                "Re-ingesting an input replaces what it stored before. A failed input is reported and the rest "
                        + "goes on; the exit code is 1 if any input failed.",
                "With --server, the articles are read and converted here and sent to a running writable "
                        + "server (parley serve --writable), which stores them while others query it."})
class IngestCommand implements Callable<Integer> {
    @Mixin
    private StoreOption store;

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Article files (.txt, .html, .jsonl, .warc), directories (searched recursively), "
                    + "or - for standard input.")
    private List<String> inputs;

    @Mixin
    private RemoteIngestOptions remote;

    @Mixin
    private InputLimitOptions limits;

    @Mixin
    private CommandContext context;

    @Override
    public Integer call() throws InterruptedException {
        // Said before the models load: a typo should not cost their loading time, nor leave an empty store behind.
        List<String> missing = InputListing.missing(inputs);
        if (!missing.isEmpty() && missing.size() == inputs.size()) {
            throw new UserError("no such file or directory: " + String.join(", ", missing) + " (nothing was ingested)");
        }
        if (!missing.isEmpty()) {
            context.err().println("parley ingest: no such file or directory: " + String.join(", ", missing)
                    + " (the other inputs go on)");
            context.err().flush();
        }
        if (remote.server != null) {
            return remote.ingest(inputs, limits.limits(), context);
        }
        context.quietCoreNlp();
        try (ParleyStore opened = ParleyStore.open(store.store)) {
            Ingestion.Summary summary = IngestRun.run(opened, inputs, limits.limits(), context);
            return summary.failures().isEmpty() ? 0 : 1;
        }
    }
}

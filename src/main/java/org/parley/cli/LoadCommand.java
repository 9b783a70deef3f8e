package org.parley.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.parley.store.BulkLoad;
import org.parley.store.Ingestion;
import org.parley.store.NQuadsTarget;
import org.parley.store.ParleyStore;
import org.parley.store.ReferenceGraphs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "load", description = {"Bulk-load many articles, for first loads: the articles are converted as "
        + "ingest converts them into an N-Quads file, which TDB2's parallel loader loads; one merge pass then builds "
        + "the events, and the optimizer's statistics are refreshed.",
        "With --nquads the inputs are N-Quads already converted, such as the parley-spark job's output.",
        "Articles already in the store under the same locator or identity are replaced."})
class LoadCommand implements Callable<Integer> {
    @Mixin
    private StoreOption store;

    @Option(names = "--nquads", description = "The inputs are N-Quads files (.nq, .nq.gz) or directories of them "
            + "(the Spark job's part files).")
    private boolean nquads;

    @Option(names = "--keep", paramLabel = "FILE",
            description = "Keep the converted N-Quads in FILE (default: a temporary file, deleted at the end).")
    private Path keep;

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Article files or directories, as for ingest; with --nquads, N-Quads files or directories.")
    private List<String> inputs;

    @Mixin
    private InputLimitOptions limits;

    @Mixin
    private CommandContext context;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = context.out();
        int failed = 0;
        try (ParleyStore opened = ParleyStore.open(store.store)) {
            opened.ensureReferenceGraphs(ReferenceGraphs.standard());
            List<Path> files;
            Set<String> locators = new LinkedHashSet<>();
            Set<Node> graphs = new LinkedHashSet<>();
            Path temporary = null;
            if (nquads) {
                files = nquadsFiles(inputs);
                files.forEach(f -> graphs.addAll(graphNames(f)));
            } else {
                context.quietCoreNlp();
                Path file = keep != null ? keep : (temporary = Files.createTempFile("parley-load-", ".nq"));
                Ingestion.Summary summary;
                try (NQuadsTarget target = new NQuadsTarget(file)) {
                    summary = IngestRun.run(target, file.toString(), () -> { }, inputs, limits.limits(), context);
                    locators.addAll(target.locators());
                    graphs.addAll(target.graphNames());
                }
                failed = summary.failures().size();
                files = List.of(file);
            }
            try {
                BulkLoad.Result result = BulkLoad.load(opened, files, locators, graphs);
                out.printf("Loaded %d quads into %s: %.1f s (%.0f quads/s) with TDB2's parallel loader, merge pass %.1f s, "
                                + "statistics %.1f s.%n", result.quads(), store.store, result.loadSeconds(),
                        result.quads() / Math.max(result.loadSeconds(), 1e-3), result.mergeSeconds(), result.statsSeconds());
            } finally {
                if (temporary != null) {
                    Files.deleteIfExists(temporary);
                }
            }
        }
        out.flush();
        return failed == 0 ? 0 : 1;
    }

    private static List<Path> nquadsFiles(List<String> inputs) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String input : inputs) {
            Path path = Path.of(input);
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(LoadCommand::isNQuads).sorted().forEach(files::add);
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                throw new UserError("no such file or directory: " + input);
            }
        }
        if (files.isEmpty()) {
            throw new UserError("no N-Quads files (.nq, .nq.gz) in " + String.join(" ", inputs));
        }
        return files;
    }

    private static boolean isNQuads(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".nq") || name.endsWith(".nq.gz");
    }

    /** The named graphs a file holds: the articles it will replace. */
    private static Set<Node> graphNames(Path file) {
        Set<Node> names = new LinkedHashSet<>();
        RDFParser.source(file).parse(new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                names.add(quad.getGraph());
            }
        });
        return names;
    }
}

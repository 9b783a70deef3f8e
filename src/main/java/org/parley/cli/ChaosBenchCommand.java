package org.parley.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import org.parley.bench.Chaos;
import org.parley.bench.Chaos.Phase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "chaos",
        description = {"Kill parley ingest with SIGKILL at random points, again and again, and check what is left: "
                + "after each kill parley stats must leave the events consistent with the reports, and a rerun must "
                + "give a store equal, quad for quad, to that of an uninterrupted ingest.",
                "The runs alternate between killing during the extraction (while batches commit) and while the "
                        + "events are merged. The exit code is 1 if any run failed."})
class ChaosBenchCommand implements Callable<Integer> {
    @Option(names = "--runs", paramLabel = "N", defaultValue = "20",
            description = "How many times to kill an ingest (default: ${DEFAULT-VALUE}).")
    private int runs;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "14",
            description = "Seeds the random points, so that a run can be repeated (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--keep", paramLabel = "DIR",
            description = "Keep the stores in DIR (default: a temporary folder, deleted at the end).")
    private Path keep;

    @Mixin
    private ArticleInputs inputs;

    @Mixin
    private CommandContext context;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (runs < 1) {
            throw new UserError("--runs must be at least 1");
        }
        List<String> paths = inputs.orSamples();
        Path work = keep != null ? Files.createDirectories(keep) : Files.createTempDirectory("parley-chaos-");
        PrintWriter out = context.out();
        Chaos chaos = new Chaos(Chaos.parley("ingest"), Chaos.parley("stats"), paths, work);
        try {
            out.printf(Locale.ROOT, "machine   %d cores; ingesting %s%n", Runtime.getRuntime().availableProcessors(),
                    String.join(" ", paths));
            out.flush();
            chaos.uninterrupted();
            out.println("uninterrupted ingest: " + chaos.phases());
            out.flush();
            Random random = new Random(seed);
            int passed = 0;
            for (int run = 1; run <= runs; run++) {
                Phase phase = run % 2 == 1 ? Phase.EXTRACTION : Phase.MERGE;
                Chaos.Outcome outcome = chaos.run(run, phase, random.nextDouble());
                passed += outcome.passed() ? 1 : 0;
                out.println(outcome);
                out.flush();
            }
            out.printf(Locale.ROOT, "%d of %d runs consistent and converging%n", passed, runs);
            out.flush();
            return passed == runs ? 0 : 1;
        } finally {
            if (keep == null) {
                chaos.deleteStores();
            }
        }
    }
}

package org.parley.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.parley.bench.BaselineBench;
import org.parley.bench.BenchCorpus;
import org.parley.bench.IngestBench;
import org.parley.bench.Timing;
import org.parley.nlp.Nlp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "bench", subcommands = {ScaleBenchCommand.class, QueryBenchCommand.class, ServeBenchCommand.class,
        ChaosBenchCommand.class, HeadlineBenchCommand.class},
        description = {"Measure the speed of the whole ingest (extract, map to RDF, store, merge events) in "
                + "articles/s and tokens/s, and of CoreNLP's full default pipeline over the same text in the same "
                + "run. The figure to quote is the ratio of the two, since timings vary from machine to machine.",
                "The articles are read once, before the timing; each side has untimed warm-up passes, the first "
                        + "of which loads its models. The store is a temporary one, deleted at the end."})
class BenchCommand implements Callable<Integer> {
    @Option(names = "--repeat", paramLabel = "N", defaultValue = "30",
            description = "Timed passes of Parley's ingest (default: ${DEFAULT-VALUE}).")
    private int repeat;

    @Option(names = "--warmup", paramLabel = "SECONDS", defaultValue = "20",
            description = "Untimed passes before the timed ones, on each side, until this many seconds have gone by "
                    + "(default: ${DEFAULT-VALUE}); the first loads the models, the others let the JIT compiler "
                    + "settle. Time rather than a number of passes, so that both sides warm up alike.")
    private double warmup;

    @Option(names = "--threads", paramLabel = "T",
            description = "Threads for both sides (default: the number of cores).")
    private Integer threads;

    @Option(names = "--baseline-repeat", paramLabel = "M", defaultValue = "3",
            description = "Timed passes of the baseline (default: ${DEFAULT-VALUE}; coreference is slow).")
    private int baselineRepeat;

    @Option(names = "--no-baseline", description = "Time Parley only (no ratio).")
    private boolean noBaseline;

    @Mixin
    private ArticleInputs inputs;

    @ParentCommand
    private ParleyCli parley;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        int cores = Runtime.getRuntime().availableProcessors();
        int workers = threads == null ? cores : threads;
        if (repeat < 1 || baselineRepeat < 1 || workers < 1) {
            throw new UserError("--repeat, --baseline-repeat and --threads must be at least 1");
        }
        if (!(warmup >= 0)) {
            throw new UserError("--warmup must be a number of seconds, 0 or more");
        }
        List<String> paths = inputs.orSamples();
        Logging.quietCoreNlp(parley.verbose());
        PrintWriter out = spec.commandLine().getOut();
        BenchCorpus corpus = BenchCorpus.read(paths, Nlp.shared());
        if (!corpus.failures().isEmpty()) {
            spec.commandLine().getErr().printf("bench: skipped %d unreadable inputs, such as %s%n",
                    corpus.failures().size(), corpus.failures().get(0));
        }
        if (corpus.articles().isEmpty()) {
            throw new UserError("no articles to time in " + String.join(" ", paths));
        }
        out.printf(Locale.ROOT, "machine   %d cores, Java %s (%s), max heap %.1f GB%n", cores,
                System.getProperty("java.version"), System.getProperty("java.vm.name"),
                Runtime.getRuntime().maxMemory() / 1e9);
        out.printf(Locale.ROOT, "corpus    %d articles, %d tokens (%s)%n", corpus.articles().size(), corpus.tokens(),
                paths.size() <= 2 ? String.join(" ", paths) : paths.get(0) + " and " + (paths.size() - 1) + " more");
        out.flush();
        Timing ingest = IngestBench.run(corpus, workers, warmup, repeat);
        print(out, "parley", ingest, String.format(Locale.ROOT, "whole ingest, reading excluded: extract, map, store, "
                + "merge events; the store's writer busy %.0f%% of the time", 100 * ingest.writeShare()));
        int failed = ingest.failures();
        if (!noBaseline) {
            Timing baseline = BaselineBench.run(corpus, workers, warmup, baselineRepeat);
            print(out, "baseline", baseline, "CoreNLP " + BaselineBench.ANNOTATORS);
            out.printf(Locale.ROOT, "ratio     %.1f (parley / baseline, articles/s)%n",
                    ingest.articlesPerSecond() / baseline.articlesPerSecond());
            failed += baseline.failures();
        }
        out.flush();
        if (failed > 0) {
            spec.commandLine().getErr().println("bench: " + failed + " article runs failed; the figures include them");
        }
        return failed == 0 && corpus.failures().isEmpty() ? 0 : 1;
    }

    private static void print(PrintWriter out, String label, Timing timing, String what) {
        out.printf(Locale.ROOT, "%-9s %.2f articles/s, %.0f tokens/s (%d passes, %d threads, %.2f s; %s)%n", label,
                timing.articlesPerSecond(), timing.tokensPerSecond(), timing.passes(), timing.threads(),
                timing.seconds(), what);
        out.flush();
    }
}

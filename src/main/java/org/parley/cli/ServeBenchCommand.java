package org.parley.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.parley.bench.ServeBench;
import org.parley.bench.ServeBench.Latencies;
import org.parley.read.Messages;
import org.parley.serve.ParleyServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve",
        description = {"Load a running server (parley serve) with N clients for T seconds, each sending the named "
                + "queries one after another, drawn at random, with parameter values from the queries' examples or "
                + "the store's resources. Prints requests/s, errors and the latency percentiles, overall and per "
                + "query.",
                "Meanwhile one more client sends a runaway query, which the server's timeout must stop while the "
                        + "others go on. The exit code is 1 if a request failed or the runaway was not stopped."})
class ServeBenchCommand implements Callable<Integer> {
    @Option(names = "--server", paramLabel = "URL", defaultValue = "http://127.0.0.1:" + ParleyServer.DEFAULT_PORT,
            description = "The server (default: ${DEFAULT-VALUE}).")
    private URI server;

    @Option(names = "--clients", paramLabel = "N", defaultValue = "50",
            description = "Clients sending queries at once (default: ${DEFAULT-VALUE}).")
    private int clients;

    @Option(names = "--duration", paramLabel = "SECONDS", defaultValue = "60",
            description = "How long to measure (default: ${DEFAULT-VALUE}).")
    private double duration;

    @Option(names = "--warmup", paramLabel = "SECONDS", defaultValue = "10",
            description = "Load before measuring, not counted (default: ${DEFAULT-VALUE}).")
    private double warmup;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "The server's query timeout (its --timeout): the runaway query must be stopped within "
                    + "it, give or take a few seconds (default: ${DEFAULT-VALUE}).")
    private double timeout;

    @Option(names = "--no-runaway", description = "Send no runaway query.")
    private boolean noRunaway;

    @Option(names = "--queries", paramLabel = "DIR",
            description = "The named queries to send: the .rq files of DIR (default: the built-in ones).")
    private Path queries;

    @Mixin
    private CommandContext context;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (clients < 1 || !(duration > 0) || !(warmup >= 0) || !(timeout > 0)) {
            throw new UserError("--clients and --duration must be more than 0, --warmup 0 or more");
        }
        URI sparql = ServeBench.sparql(server);
        PrintWriter out = context.out();
        List<ServeBench.LoadQuery> named;
        try {
            named = ServeBench.queries(queries, server, skipped -> out.println("skipped   " + skipped));
        } catch (IOException | RuntimeException e) {
            throw new UserError("cannot prepare the queries against " + server + " (is parley serve running there?): "
                    + Messages.oneLine(e), e);
        }
        if (named.isEmpty()) {
            throw new UserError("no named queries in " + queries);
        }
        out.printf(Locale.ROOT, "machine   %d cores, Java %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        out.printf(Locale.ROOT, "load      %d clients x %.0f s (after %.0f s of warm-up) against %s, %d named queries%n",
                clients, duration, warmup, sparql, named.size());
        out.flush();
        Duration runawayLimit = Duration.ofMillis(Math.round(timeout * 1000)).plusSeconds(5);
        ServeBench.Result result = ServeBench.run(sparql, named, clients, seconds(warmup), seconds(duration),
                noRunaway ? null : runawayLimit);
        out.printf(Locale.ROOT, "requests  %d: %.1f/s, errors %d, from the server's cache %d%s%n",
                result.all().count(), result.requestsPerSecond(), result.errors(), result.cached(),
                result.errorSamples().isEmpty() ? "" : " (such as " + String.join("; ", result.errorSamples()) + ")");
        out.println("latency   " + percentiles(result.all()));
        for (Map.Entry<String, Latencies> query : result.perQuery().entrySet()) {
            out.printf(Locale.ROOT, "  %-28s %6d  %s%n", query.getKey(), query.getValue().count(),
                    percentiles(query.getValue()));
        }
        boolean stopped = true;
        if (result.runaway() != null) {
            stopped = result.runawayStatus() != 200 && result.runaway().compareTo(runawayLimit) <= 0;
            out.printf(Locale.ROOT, "runaway   %s after %.1f s (HTTP %s; the timeout is %.0f s)%n",
                    stopped ? "stopped" : "NOT stopped", result.runaway().toMillis() / 1000.0,
                    result.runawayStatus() < 0 ? "none" : result.runawayStatus(), timeout);
        }
        out.flush();
        return result.errors() == 0 && stopped ? 0 : 1;
    }

    private static Duration seconds(double s) {
        return Duration.ofMillis(Math.round(s * 1000));
    }

    private static String percentiles(Latencies latencies) {
        return String.format(Locale.ROOT, "p50 %s  p95 %s  p99 %s  max %s", ms(latencies.millis(0.5)),
                ms(latencies.millis(0.95)), ms(latencies.millis(0.99)), ms(latencies.millis(1.0)));
    }

    private static String ms(double millis) {
        return Double.isNaN(millis) ? "-" : millis < 10 ? String.format(Locale.ROOT, "%.1f ms", millis)
                : String.format(Locale.ROOT, "%.0f ms", millis);
    }
}

package org.parley.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.process.normalize.CanonicalizeLiteral;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.parley.rdf.Parley;
import org.parley.read.Messages;
import org.parley.store.ParleyStore;

/**
 * Kills an ingest with SIGKILL at random points and checks what is left: the chaos test's harness, and
 * {@code parley bench chaos}'s.
 * <p>
 * A run starts the ingest as a process of its own, waits for a phase (the extraction, during which batches commit;
 * or the merging of the events, the last commit), and kills it a random while into it. Then a read command runs over
 * the store (the user's next {@code parley stats}), which must leave the events consistent with the reports: every
 * report in exactly one event, every event's reports stored, no merge pending. Last, the same ingest runs again to
 * its end, and the store must equal, quad for quad in every named graph, the store of an uninterrupted ingest.
 */
public final class Chaos {
    /** Where in the ingest a run kills it. */
    public enum Phase {
        EXTRACTION("extraction and commits"), MERGE("merging the events");

        private final String label;

        Phase(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /**
     * What became of one run.
     *
     * @param killedAfter how long after the phase began the ingest was killed; null when it ended first
     * @param stored      articles stored when the read command ran
     * @param problem     what was wrong (inconsistent reads, a store unlike the uninterrupted one); null if nothing
     */
    public record Outcome(int run, Phase phase, Duration killedAfter, long stored, String problem) {
        public boolean passed() {
            return problem == null;
        }

        @Override
        public String toString() {
            String when = killedAfter == null ? "ended before the kill"
                    : String.format(Locale.ROOT, "killed %.2f s into %s", killedAfter.toMillis() / 1000.0, phase);
            return String.format(Locale.ROOT, "run %d: %s, %d articles stored; %s", run, when, stored,
                    problem == null ? "reads consistent, the rerun equals the uninterrupted store" : problem);
        }
    }

    private static final String EVENTS = "<" + Parley.EVENTS_GRAPH + ">";
    private static final String PREFIX = "PREFIX parley: <" + Parley.NS + ">\n";
    private static final Duration PROCESS_LIMIT = Duration.ofMinutes(30);

    private final List<String> ingest;
    private final List<String> read;
    private final List<String> inputs;
    private final Path work;
    private Path reference;
    private Duration extraction = Duration.ofSeconds(1);
    private Duration merge = Duration.ofMillis(200);

    /**
     * @param ingest the command that ingests, to which "--store DIR" and the inputs are added
     * @param read   the read command, to which "--store DIR" is added (such as parley stats)
     * @param work   an empty folder for the stores
     */
    public Chaos(List<String> ingest, List<String> read, List<String> inputs, Path work) {
        this.ingest = List.copyOf(ingest);
        this.read = List.copyOf(read);
        this.inputs = List.copyOf(inputs);
        this.work = work;
    }

    /** The command that runs Parley's own CLI in a new JVM like this one: java -cp CLASSPATH ParleyCli ARGS. */
    public static List<String> parley(String... args) {
        return java("org.parley.cli.ParleyCli", args);
    }

    /** The command that runs a main class in a new JVM like this one, with its class path and heap. */
    public static List<String> java(String mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-Xmx" + (Runtime.getRuntime().maxMemory() >> 20) + "m",
                "-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        return command;
    }

    /** Runs the ingest to its end into the reference store, timing its phases for the runs to aim at. */
    public void uninterrupted() throws IOException, InterruptedException {
        reference = work.resolve("uninterrupted");
        Watched watched = start(reference);
        Optional<Long> started = watched.await(line -> line.contains(" stored"));
        Optional<Long> merging = watched.await(line -> line.contains("merging events"));
        watched.finish();
        long end = watched.summaryTime();
        if (watched.exit() != 0 && watched.exit() != 1) {
            throw new IllegalStateException("the uninterrupted ingest failed (exit " + watched.exit() + "): "
                    + watched.output());
        }
        if (started.isPresent() && merging.isPresent()) {
            extraction = Duration.ofNanos(Math.max(merging.get() - started.get(), 1));
            merge = Duration.ofNanos(Math.max(end - merging.get(), 1));
        }
    }

    /** Deletes the folder of the stores, and the stores. */
    public void deleteStores() throws IOException {
        IngestBench.deleteRecursively(work);
    }

    /** How long the uninterrupted ingest's phases took, which the runs aim their kills at. */
    public String phases() {
        return String.format(Locale.ROOT, "extraction and commits %.2f s, merging the events %.2f s",
                extraction.toMillis() / 1000.0, merge.toMillis() / 1000.0);
    }

    /**
     * One run: kill in the phase, read, check, ingest again, compare.
     *
     * @param at when in the phase to kill, as a share of its length in the uninterrupted ingest (0 at its start)
     */
    public Outcome run(int number, Phase phase, double at) throws IOException, InterruptedException {
        if (reference == null) {
            throw new IllegalStateException("run the uninterrupted ingest first");
        }
        Path store = work.resolve("run-" + number);
        Watched watched = start(store);
        Duration span = phase == Phase.EXTRACTION ? extraction : merge;
        Duration delay = Duration.ofNanos((long) (at * span.toNanos()));
        Optional<Long> began = phase == Phase.EXTRACTION ? watched.await(line -> line.contains(" stored"))
                : watched.await(line -> line.contains("merging events"));
        Duration killedAfter = null;
        if (began.isPresent() && !watched.process.waitFor(delay.toNanos(), TimeUnit.NANOSECONDS)) {
            watched.process.destroyForcibly().waitFor();
            killedAfter = Duration.ofNanos(System.nanoTime() - began.get());
        } else {
            watched.finish();
        }
        Process reading = new ProcessBuilder(with(read, "--store", store.toString())).redirectErrorStream(true)
                .start();
        String readOutput = drain(reading.getInputStream());
        reading.waitFor(PROCESS_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
        long stored;
        String inconsistent;
        try {
            stored = ParleyStore.isStore(store) ? articles(store) : 0;
            inconsistent = ParleyStore.isStore(store) ? inconsistency(store) : null;
        } catch (RuntimeException e) {
            return new Outcome(number, phase, killedAfter, -1, "the store cannot be read after the kill: "
                    + Messages.oneLine(e) + " (the read command said: " + readOutput.strip() + ")");
        }
        if (inconsistent != null) {
            return new Outcome(number, phase, killedAfter, stored, "reads inconsistent after the kill: "
                    + inconsistent + " (the read command said: " + readOutput.strip() + ")");
        }
        Watched rerun = start(store);
        rerun.finish();
        if (rerun.exit() != 0 && rerun.exit() != 1) {
            return new Outcome(number, phase, killedAfter, stored, "the rerun failed (exit " + rerun.exit() + "): "
                    + rerun.output());
        }
        return new Outcome(number, phase, killedAfter, stored, difference(reference, store));
    }

    private Watched start(Path store) throws IOException {
        List<String> command = with(ingest, "--store", store.toString());
        command.addAll(inputs);
        return new Watched(new ProcessBuilder(command).start());
    }

    private static List<String> with(List<String> command, String... args) {
        List<String> full = new ArrayList<>(command);
        full.addAll(List.of(args));
        return full;
    }

    private static long articles(Path store) {
        try (ParleyStore opened = ParleyStore.openExisting(store)) {
            return opened.locators().size();
        }
    }

    /** What is inconsistent between the events and the reports, or null when nothing is. */
    static String inconsistency(Path store) {
        try (ParleyStore opened = ParleyStore.openExisting(store)) {
            if (opened.eventsStale()) {
                return "a merge is still pending";
            }
            String unmerged = first(opened, "SELECT ?r WHERE { GRAPH ?g { ?r a parley:ContactReport } FILTER(?g != "
                    + EVENTS + ") FILTER NOT EXISTS { GRAPH " + EVENTS + " { ?e parley:report ?r } } } LIMIT 1");
            if (unmerged != null) {
                return "report " + unmerged + " is in no event";
            }
            String twice = first(opened, "SELECT ?r WHERE { GRAPH " + EVENTS + " { ?a parley:report ?r . "
                    + "?b parley:report ?r FILTER(?a != ?b) } } LIMIT 1");
            if (twice != null) {
                return "report " + twice + " is in two events";
            }
            String missing = first(opened, "SELECT ?r WHERE { GRAPH " + EVENTS + " { ?e parley:report ?r } "
                    + "FILTER NOT EXISTS { GRAPH ?g { ?r a parley:ContactReport } FILTER(?g != " + EVENTS + ") } } "
                    + "LIMIT 1");
            return missing == null ? null : "an event cites report " + missing + ", which no article holds";
        }
    }

    private static String first(ParleyStore store, String select) {
        var results = store.select(QueryFactory.create(PREFIX + select), java.util.Map.of());
        return results.hasNext() ? results.next().get("r").toString() : null;
    }

    /** How two stores differ in their named graphs, or null when they hold the same quads. */
    static String difference(Path expected, Path actual) {
        try (ParleyStore a = ParleyStore.openExisting(expected); ParleyStore b = ParleyStore.openExisting(actual)) {
            return a.read(left -> b.read(right -> difference(left, right)));
        }
    }

    private static String difference(DatasetGraph expected, DatasetGraph actual) {
        TreeSet<String> names = new TreeSet<>();
        expected.listGraphNodes().forEachRemaining(n -> names.add(n.getURI()));
        actual.listGraphNodes().forEachRemaining(n -> names.add(n.getURI()));
        for (String name : names) {
            Node graph = org.apache.jena.graph.NodeFactory.createURI(name);
            Graph want = canonical(expected.getGraph(graph));
            Graph got = canonical(actual.getGraph(graph));
            if (!want.isIsomorphicWith(got)) {
                String example = want.find().filterDrop(got::contains).nextOptional().map(t -> "lacks " + t)
                        .or(() -> got.find().filterDrop(want::contains).nextOptional().map(t -> "has " + t))
                        .orElse("blank nodes differ");
                return String.format(Locale.ROOT, "graph <%s> differs from the uninterrupted store's (%d quads, "
                        + "expected %d): it %s", name, got.size(), want.size(), example);
            }
        }
        return null;
    }

    /**
     * A copy of a graph with its literals in canonical form: a store may give a number in another lexical form than
     * it was written in ("24.850" for "24.85"), which is the same literal value.
     */
    private static Graph canonical(Graph graph) {
        Graph copy = GraphFactory.createDefaultGraph();
        CanonicalizeLiteral canonical = CanonicalizeLiteral.get();
        graph.find().forEach(t -> copy.add(Triple.create(t.getSubject(), t.getPredicate(),
                canonical.apply(t.getObject()))));
        return copy;
    }

    private static String drain(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    /** A running ingest whose progress lines (stderr) are watched as they come. */
    private static final class Watched {
        final Process process;
        final List<String> lines = new ArrayList<>();
        final List<Long> times = new ArrayList<>();
        final CompletableFuture<String> out;
        private long summaryTime;

        Watched(Process process) {
            this.process = process;
            this.out = CompletableFuture.supplyAsync(() -> {
                try {
                    InputStream stdout = process.getInputStream();
                    int first = stdout.read();
                    synchronized (this) {
                        summaryTime = System.nanoTime();
                    }
                    return first < 0 ? "" : (char) first + drain(stdout);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            Thread reader = new Thread(() -> {
                try (BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(),
                        StandardCharsets.UTF_8))) {
                    for (String line; (line = err.readLine()) != null; ) {
                        synchronized (this) {
                            lines.add(line);
                            times.add(System.nanoTime());
                            notifyAll();
                        }
                    }
                } catch (IOException e) {
                    // The process was killed: its stream ends.
                }
                synchronized (this) {
                    notifyAll();
                }
            }, "chaos-watch");
            reader.setDaemon(true);
            reader.start();
        }

        /** When the ingest began its summary (its first output), or now if it has none. */
        synchronized long summaryTime() {
            return summaryTime != 0 ? summaryTime : System.nanoTime();
        }

        /** When a line that matches came (System.nanoTime), waiting for it; empty if the process ended first. */
        synchronized Optional<Long> await(Predicate<String> matching) throws InterruptedException {
            for (int seen = 0; ; ) {
                for (; seen < lines.size(); seen++) {
                    if (matching.test(lines.get(seen))) {
                        return Optional.of(times.get(seen));
                    }
                }
                if (!process.isAlive() && seen == lines.size()) {
                    wait(200);
                    if (seen == lines.size()) {
                        return Optional.empty();
                    }
                }
                wait(1000);
            }
        }

        /** Waits for the process to end, and for its output. */
        void finish() throws InterruptedException {
            if (!process.waitFor(PROCESS_LIMIT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
                throw new IllegalStateException("the ingest did not end within " + PROCESS_LIMIT);
            }
            out.join();
        }

        int exit() {
            return process.exitValue();
        }

        synchronized String output() {
            return (out.getNow("") + String.join("\n", lines)).strip();
        }
    }
}

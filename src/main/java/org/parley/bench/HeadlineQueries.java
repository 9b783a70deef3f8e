package org.parley.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.util.ExprUtils;
import org.parley.model.Actor;
import org.parley.rdf.Parley;
import org.parley.store.ParleyStore;

/**
 * The headline queries an analyst runs, timed over a store: {@code bilateral-contacts-per-month},
 * {@code person-timeline}, {@code contacts} for one month and {@code who-quoted-whom}, each with parameters drawn
 * from the most reported actors, as the named queries Parley ships with them.
 */
final class HeadlineQueries {
    /** One query with a way to draw its parameters. */
    private record Headline(String name, Query query, Function<SplittableRandom, Map<Var, Node>> parameters) {
    }

    /**
     * p50 and p95 of one query's elapsed time and of the processor time its thread took, in milliseconds. The
     * processor time is what the query costs; the elapsed time adds what it waited for a core on a busy machine.
     */
    record Latency(String name, double p50, double p95, double cpuP50, double cpuP95) {
    }

    private static final double BUDGET_MILLIS = 60_000;
    /** A run stopped at this is counted at this. */
    private static final long TIMEOUT_SECONDS = 120;
    /** ARQ runs a query in the thread that asks for its results, so that thread's processor time is the query's. */
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final List<Headline> headlines = new ArrayList<>();
    /** The query texts by name. */
    private final Function<String, String> texts;

    /** The built-in queries. */
    HeadlineQueries(List<Actor> actors) {
        this(actors, HeadlineQueries::text);
    }

    /** The queries of the given texts, such as an earlier version's, with the same parameters drawn as for any. */
    HeadlineQueries(List<Actor> actors, Function<String, String> texts) {
        this.texts = texts;
        List<Actor> top = actors.subList(0, Math.min(20, actors.size()));
        String bilateral = texts.apply("bilateral-contacts-per-month");
        headlines.add(new Headline("bilateral-contacts-per-month", QueryFactory.create(bilateral), random -> {
            Actor a = top.get(random.nextInt(top.size()));
            Actor b = top.get(random.nextInt(top.size()));
            return Map.of(Var.alloc("countryA"), country(bilateral, "countryA", a), Var.alloc("countryB"),
                    country(bilateral, "countryB", b));
        }));
        String timeline = texts.apply("person-timeline");
        headlines.add(new Headline("person-timeline", QueryFactory.create(timeline), random ->
                person(timeline, top.get(random.nextInt(top.size())), "name", "person")));
        headlines.add(new Headline("contacts (one month)", null, random -> Map.of()));
        String quoted = texts.apply("who-quoted-whom");
        headlines.add(new Headline("who-quoted-whom", QueryFactory.create(quoted), random ->
                person(quoted, top.get(random.nextInt(top.size())), "speaker")));
    }

    /**
     * A country parameter as the query's header declares it: a country IRI for a parameter typed {@code country},
     * else the ISO 3166-1 alpha-3 code.
     */
    private static Node country(String query, String name, Actor actor) {
        return typed(query, name, "country") ? NodeFactory.createURI(Parley.ID + "country/" + actor.country())
                : NodeFactory.createLiteralString(actor.country());
    }

    /**
     * A person parameter, under the first of the names the query has (a query may use the others as variables of
     * its own): the IRI if typed {@code person}, else the name.
     */
    private static Map<Var, Node> person(String query, Actor actor, String... names) {
        for (String name : names) {
            if (Pattern.compile("\\?" + name + "\\b").matcher(query).find()) {
                return Map.of(Var.alloc(name), typed(query, name, "person")
                        ? NodeFactory.createURI(Parley.ID + actor.key()) : NodeFactory.createLiteralString(actor.label()));
            }
        }
        return Map.of();
    }

    /** Whether the query's header declares the parameter with the type ("#   countryA  country  required ..."). */
    private static boolean typed(String query, String name, String type) {
        return Pattern.compile("(?m)^#\\s+" + name + "\\s+" + type + "\\b").matcher(query).find();
    }

    /**
     * Runs each query {@code runs} times after an untimed run, with parameters from a seeded draw; a query whose
     * runs have taken a minute stops there (after one timed run at least), and a run is stopped after two minutes,
     * so that a slow query cannot stall the bench.
     */
    List<Latency> time(ParleyStore store, int runs, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Latency> latencies = new ArrayList<>();
        for (Headline headline : headlines) {
            double[] millis = new double[runs];
            double[] cpuMillis = new double[runs];
            int done = 0;
            double total = 0;
            for (int i = -1; i < runs && (i < 1 || total < BUDGET_MILLIS); i++) {
                Run run = run(store, draw(headline, random));
                total += run.millis();
                if (i >= 0) {
                    millis[i] = run.millis();
                    cpuMillis[i] = run.cpuMillis();
                    done++;
                }
            }
            latencies.add(latency(headline.name(), Arrays.copyOf(millis, done), Arrays.copyOf(cpuMillis, done)));
        }
        return latencies;
    }

    /** A query's latencies and its baseline's, and in how many of their runs (the untimed one too) the rows differed. */
    record Compared(Latency latency, Latency baseline, int runs, int differingRows) {
    }

    /**
     * Runs each query {@code runs} times by turns with the baseline's query of the same name over the baseline's
     * store (which goes first alternates), after an untimed run of each, with the same parameters drawn for both;
     * compares the rows of each pair of runs (a concatenated column's parts as a set, since GROUP_CONCAT's order is
     * the store's order).
     */
    List<Compared> compare(ParleyStore store, HeadlineQueries baseline, ParleyStore baselineStore, int runs, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        SplittableRandom baselineRandom = new SplittableRandom(seed);
        List<Compared> compared = new ArrayList<>();
        for (int h = 0; h < headlines.size(); h++) {
            double[][] millis = new double[2][runs];
            double[][] cpuMillis = new double[2][runs];
            int differing = 0;
            for (int i = -1; i < runs; i++) {
                Drawn drawn = draw(headlines.get(h), random);
                Drawn baselineDrawn = baseline.draw(baseline.headlines.get(h), baselineRandom);
                boolean baselineFirst = (i & 1) == 1;
                Run before = baselineFirst ? run(baselineStore, baselineDrawn) : null;
                Run now = run(store, drawn);
                Run old = baselineFirst ? before : run(baselineStore, baselineDrawn);
                if (i >= 0) {
                    millis[0][i] = now.millis();
                    cpuMillis[0][i] = now.cpuMillis();
                    millis[1][i] = old.millis();
                    cpuMillis[1][i] = old.cpuMillis();
                }
                if (now.rows() == null || !now.rows().equals(old.rows())) {
                    differing++;
                }
            }
            String name = headlines.get(h).name();
            compared.add(new Compared(latency(name, millis[0], cpuMillis[0]), latency(name, millis[1], cpuMillis[1]),
                    runs + 1, differing));
        }
        return compared;
    }

    /** A query with its parameters. */
    private record Drawn(Query query, Map<Var, Node> parameters) {
    }

    /** One run's elapsed and processor time, and its rows (null when it was stopped). */
    private record Run(double millis, double cpuMillis, List<Map<String, Object>> rows) {
    }

    private Drawn draw(Headline headline, SplittableRandom random) {
        Query query = headline.query() != null ? headline.query() : contactsInMonth(random);
        return new Drawn(query, headline.parameters().apply(random));
    }

    private static Run run(ParleyStore store, Drawn drawn) {
        long start = System.nanoTime();
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        List<Map<String, Object>> rows = null;
        try {
            rows = rows(store.select(drawn.query(), drawn.parameters(), TIMEOUT_SECONDS));
        } catch (QueryCancelledException e) {
            // Counted at the time it was stopped.
        }
        return new Run((System.nanoTime() - start) / 1e6, (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e6, rows);
    }

    /** The rows as values by column, a value with "; " in it as the set of its parts. */
    private static List<Map<String, Object>> rows(ResultSetRewindable results) {
        List<Map<String, Object>> rows = new ArrayList<>();
        while (results.hasNext()) {
            QuerySolution solution = results.next();
            Map<String, Object> row = new TreeMap<>();
            results.getResultVars().forEach(v -> {
                RDFNode value = solution.get(v);
                String text = value == null ? "" : value.toString();
                row.put(v, text.contains("; ") ? new TreeSet<>(List.of(text.split("; "))) : text);
            });
            rows.add(row);
        }
        return rows;
    }

    private static Latency latency(String name, double[] millis, double[] cpuMillis) {
        double[] timed = millis.clone();
        Arrays.sort(timed);
        double[] cpu = cpuMillis.clone();
        Arrays.sort(cpu);
        return new Latency(name, percentile(timed, 0.5), percentile(timed, 0.95), percentile(cpu, 0.5),
                percentile(cpu, 0.95));
    }

    /** The contacts query limited to the events of one month of the 20 years, as a date filter does. */
    private Query contactsInMonth(SplittableRandom random) {
        Query query = QueryFactory.create(texts.apply("contacts"));
        String month = String.format("%04d-%02d", 2005 + random.nextInt(20), 1 + random.nextInt(12));
        ((ElementGroup) query.getQueryPattern()).addElementFilter(
                new ElementFilter(ExprUtils.parse("STRSTARTS(?date, \"" + month + "\")")));
        return query;
    }

    private static double percentile(double[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static String text(String name) {
        try (InputStream in = HeadlineQueries.class.getResourceAsStream("/queries/" + name + ".rq")) {
            if (in == null) {
                throw new IllegalStateException("no named query " + name + " on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

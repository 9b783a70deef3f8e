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
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryFactory;
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
     * p50 and p95 of one query's elapsed time, and p50 of the processor time its thread took, in milliseconds. The
     * processor time is what the query costs; the elapsed time adds what it waited for a core on a busy machine.
     */
    record Latency(String name, double p50, double p95, double cpuP50) {
    }

    private static final double BUDGET_MILLIS = 60_000;
    /** A run stopped at this is counted at this. */
    private static final long TIMEOUT_SECONDS = 120;
    /** ARQ runs a query in the thread that asks for its results, so that thread's processor time is the query's. */
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final List<Headline> headlines = new ArrayList<>();

    HeadlineQueries(List<Actor> actors) {
        List<Actor> top = actors.subList(0, Math.min(20, actors.size()));
        String bilateral = text("bilateral-contacts-per-month");
        headlines.add(new Headline("bilateral-contacts-per-month", QueryFactory.create(bilateral), random -> {
            Actor a = top.get(random.nextInt(top.size()));
            Actor b = top.get(random.nextInt(top.size()));
            return Map.of(Var.alloc("countryA"), country(bilateral, "countryA", a), Var.alloc("countryB"),
                    country(bilateral, "countryB", b));
        }));
        String timeline = text("person-timeline");
        headlines.add(new Headline("person-timeline", QueryFactory.create(timeline), random ->
                person(timeline, top.get(random.nextInt(top.size())), "name", "person")));
        headlines.add(new Headline("contacts (one month)", null, random -> Map.of()));
        String quoted = text("who-quoted-whom");
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
                Query query = headline.query() != null ? headline.query() : contactsInMonth(random);
                Map<Var, Node> parameters = headline.parameters().apply(random);
                long start = System.nanoTime();
                long cpuStart = THREADS.getCurrentThreadCpuTime();
                try {
                    store.select(query, parameters, TIMEOUT_SECONDS);
                } catch (QueryCancelledException e) {
                    // Counted at the time it was stopped.
                }
                double elapsed = (System.nanoTime() - start) / 1e6;
                total += elapsed;
                if (i >= 0) {
                    millis[i] = elapsed;
                    cpuMillis[i] = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e6;
                    done++;
                }
            }
            double[] timed = Arrays.copyOf(millis, done);
            Arrays.sort(timed);
            double[] cpu = Arrays.copyOf(cpuMillis, done);
            Arrays.sort(cpu);
            latencies.add(new Latency(headline.name(), percentile(timed, 0.5), percentile(timed, 0.95), percentile(cpu, 0.5)));
        }
        return latencies;
    }

    /** The contacts query limited to the events of one month of the 20 years, as a date filter does. */
    private static Query contactsInMonth(SplittableRandom random) {
        Query query = QueryFactory.create(text("contacts"));
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

package org.parley.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.util.NodeFactoryExtra;
import org.parley.query.NamedQueries;
import org.parley.rdf.Parley;
import org.parley.serve.ParleyServer;

/**
 * Load on a running server: N clients, each sending the named queries one after another (a closed loop, no pause)
 * for a while, the queries drawn at random with parameter values from their headers' examples, or for an IRI of
 * Parley's from the resources of that kind the store holds. Latencies are wall-clock, from request to the last byte.
 * <p>
 * Meanwhile one more client sends a runaway query (a cross product of the whole store with itself), which the
 * server's timeout must stop while the others go on.
 */
public final class ServeBench {
    private static final Pattern OUR_IRI = Pattern.compile("<" + Pattern.quote(Parley.ID) + "([a-z-]+)/[^>]*>");
    /** The store crossed with itself six times: no store is small enough for it to end within any timeout. */
    private static final String RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . "
            + "?j ?k ?l . ?m ?n1 ?o . ?p ?q ?r }";
    private static final int SAMPLE = 200;

    /** A named query as the load sends it, and the values its parameters take. */
    public record LoadQuery(String name, Query query, Map<Var, List<Node>> values) {
        /**
         * The query with a value drawn for each parameter, bound by a VALUES block at the start of its WHERE
         * clause, which binds it for the whole group (its FILTERs included) as {@code parley query --param} does.
         */
        String instance(Random random) {
            if (values.isEmpty()) {
                return query.serialize();
            }
            BindingBuilder binding = Binding.builder();
            values.forEach((var, nodes) -> binding.add(var, nodes.get(random.nextInt(nodes.size()))));
            Query bound = query.cloneQuery();
            ElementGroup where = bound.getQueryPattern() instanceof ElementGroup group ? group : new ElementGroup();
            if (where != bound.getQueryPattern()) {
                where.addElement(bound.getQueryPattern());
            }
            where.getElements().add(0, new ElementData(List.copyOf(values.keySet()), List.of(binding.build())));
            bound.setQueryPattern(where);
            return bound.serialize();
        }
    }

    /** Latencies of one kind of request, in nanoseconds. */
    public record Latencies(List<Long> nanos) {
        public Latencies {
            nanos = nanos.stream().sorted().toList();
        }

        public int count() {
            return nanos.size();
        }

        /** The q-quantile (0.5 for the median), in milliseconds; NaN without requests. */
        public double millis(double q) {
            return nanos.isEmpty() ? Double.NaN
                    : nanos.get(Math.min(nanos.size() - 1, (int) Math.ceil(q * nanos.size()) - 1)) / 1e6;
        }
    }

    /**
     * @param all        the named queries' latencies, all together
     * @param perQuery   by query name
     * @param errors     failed requests (not HTTP 200, or no answer), with a sample of why
     * @param cached     answers the server gave from its cache
     * @param runaway    how long the runaway query took before the server stopped it, and with what HTTP status
     */
    public record Result(Duration elapsed, Latencies all, Map<String, Latencies> perQuery, int errors,
                         List<String> errorSamples, int cached, Duration runaway, int runawayStatus) {
        public double requestsPerSecond() {
            return all.count() / (elapsed.toNanos() / 1e9);
        }
    }

    private ServeBench() {
    }

    /**
     * The named queries (the built-in ones, or a folder's), with values for their parameters: the header's examples,
     * read by the server as {@code parley query} reads them ({@code /api/bind}), and for an IRI of Parley's, the
     * resources of its kind the store holds.
     *
     * @param folder  a folder of .rq files, or null for the built-in queries
     * @param skipped told of each query left out, and why (its examples name what the store does not hold)
     */
    public static List<LoadQuery> queries(Path folder, URI server, Consumer<String> skipped) throws IOException {
        List<Path> folders = folder == null ? List.of() : List.of(folder);
        List<String> names = folder == null ? NamedQueries.builtInNames() : NamedQueries.names(folders).stream()
                .filter(name -> Files.isRegularFile(folder.resolve(name + ".rq"))).toList();
        URI sparql = sparql(server);
        Map<String, List<Node>> samples = new HashMap<>();
        List<LoadQuery> queries = new ArrayList<>();
        for (String name : names) {
            org.parley.query.NamedQuery named = NamedQueries.load(name, folders);
            if (named.query().isAskType()) {
                continue;
            }
            Map<Var, Node> terms;
            try {
                terms = bound(server, named);
            } catch (UnresolvedException e) {
                skipped.accept(name + ": " + e.getMessage());
                continue;
            }
            Map<Var, List<Node>> values = new LinkedHashMap<>();
            terms.forEach((var, term) -> {
                Matcher ours = OUR_IRI.matcher(term.isURI() ? "<" + term.getURI() + ">" : "");
                values.put(var, ours.matches()
                        ? samples.computeIfAbsent(ours.group(1), kind -> sample(sparql, kind)) : List.of(term));
            });
            values.values().removeIf(List::isEmpty);
            queries.add(new LoadQuery(name, named.query(), values));
        }
        return queries;
    }

    /** The server's SPARQL endpoint. */
    public static URI sparql(URI server) {
        return URI.create(server.toString().replaceAll("/+$", "") + ParleyServer.DATASET + "/sparql");
    }

    /** An example value the server cannot read as a term of this store. */
    private static final class UnresolvedException extends Exception {
        UnresolvedException(String message) {
            super(message);
        }
    }

    /** The terms the server reads the query's example values as. */
    private static Map<Var, Node> bound(URI server, org.parley.query.NamedQuery named)
            throws IOException, UnresolvedException {
        StringBuilder url = new StringBuilder(server.toString().replaceAll("/+$", "") + "/api/bind/" + named.name()
                + "?");
        named.exampleValues().forEach((name, value) -> url.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                .append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8)).append('&'));
        HttpResponse<String> response;
        try {
            response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url.toString())).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        if (response.statusCode() == 400) {
            throw new UnresolvedException(JSON.parse(response.body()).get("error").getAsString().value());
        }
        if (response.statusCode() != 200) {
            throw new IOException(url + " answered HTTP " + response.statusCode() + ": " + response.body().strip());
        }
        Map<Var, Node> terms = new LinkedHashMap<>();
        JsonObject bindings = JSON.parse(response.body()).get("bindings").getAsObject();
        for (String var : bindings.keys()) {
            terms.put(Var.alloc(var), NodeFactoryExtra.parseNode(bindings.get(var).getAsString().value()));
        }
        return terms;
    }

    /** Up to SAMPLE resources of one kind of Parley's (person, country, event, article) that the store describes. */
    private static List<Node> sample(URI sparql, String kind) {
        String prefix = Parley.ID + kind + "/";
        String select = "SELECT DISTINCT ?x WHERE { GRAPH ?g { ?x ?p ?o } FILTER(STRSTARTS(STR(?x), \"" + prefix
                + "\") && !CONTAINS(SUBSTR(STR(?x), " + (prefix.length() + 1) + "), \"/\")) } LIMIT " + SAMPLE;
        List<Node> found = new ArrayList<>();
        try (QueryExecHTTP exec = QueryExecHTTP.service(sparql.toString()).query(select).build()) {
            exec.select().forEachRemaining(row -> found.add(row.get("x")));
        }
        return found;
    }

    /**
     * Runs the load: {@code clients} clients for {@code warmup} (not counted), then for {@code duration}.
     *
     * @param runawayLimit how long the runaway query may take before it counts as not stopped; null for no runaway
     */
    public static Result run(URI sparql, List<LoadQuery> queries, int clients, Duration warmup, Duration duration,
                             Duration runawayLimit) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).executor(Executors.newFixedThreadPool(clients + 2)).build();
        long warmEnd = System.nanoTime() + warmup.toNanos();
        long end = warmEnd + duration.toNanos();
        Map<String, ConcurrentLinkedQueue<Long>> perQuery = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<String> errorSamples = new ConcurrentLinkedQueue<>();
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger cached = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients + 1);
        try {
            Future<long[]> runaway = runawayLimit == null ? null : pool.submit(() -> {
                while (System.nanoTime() < warmEnd) {
                    Thread.sleep(50);
                }
                long start = System.nanoTime();
                int status = send(http, sparql, RUNAWAY, runawayLimit.plusSeconds(30)).status();
                return new long[] {System.nanoTime() - start, status};
            });
            List<Future<?>> loops = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                Random random = new Random(c);
                loops.add(pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        LoadQuery query = queries.get(random.nextInt(queries.size()));
                        String text = query.instance(random);
                        long start = System.nanoTime();
                        Answer answer = send(http, sparql, text, Duration.ofMinutes(5));
                        long nanos = System.nanoTime() - start;
                        if (start < warmEnd) {
                            continue;
                        }
                        int status = answer.status();
                        if (answer.cached()) {
                            cached.incrementAndGet();
                        }
                        if (status != 200) {
                            errors.incrementAndGet();
                            if (errorSamples.size() < 5) {
                                errorSamples.add(query.name() + ": " + (status < 0 ? "no answer" : "HTTP " + status));
                            }
                        }
                        perQuery.computeIfAbsent(query.name(), n -> new ConcurrentLinkedQueue<>()).add(nanos);
                    }
                    return null;
                }));
            }
            for (Future<?> loop : loops) {
                loop.get();
            }
            long[] stopped = runaway == null ? null : runaway.get();
            List<Long> all = new ArrayList<>();
            Map<String, Latencies> by = new java.util.TreeMap<>();
            perQuery.forEach((name, nanos) -> {
                all.addAll(nanos);
                by.put(name, new Latencies(new ArrayList<>(nanos)));
            });
            return new Result(duration, new Latencies(all), Collections.unmodifiableMap(by), errors.get(),
                    List.copyOf(errorSamples), cached.get(), stopped == null ? null : Duration.ofNanos(stopped[0]),
                    stopped == null ? 0 : (int) stopped[1]);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("a client failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** An answer's HTTP status (-1 for none), and whether the server's cache gave it. */
    private record Answer(int status, boolean cached) {
    }

    /** Sends a query (form-encoded POST, results as JSON) and reads the whole answer. */
    private static Answer send(HttpClient http, URI sparql, String query, Duration timeout)
            throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(sparql).timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json, text/turtle;q=0.9")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build();
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            return new Answer(response.statusCode(),
                    response.headers().firstValue(ParleyServer.CACHE_HEADER).orElse("").equals("hit"));
        } catch (IOException e) {
            return new Answer(-1, false);
        }
    }
}

package org.parley.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.system.Txn;
import org.parley.query.NamedQuery;
import org.parley.query.ParameterValues;

/**
 * Times named queries over a store, each with its header's example values ({@link NamedQuery#exampleValues()}):
 * after untimed warm-up runs, each timed run resolves the values and reads every result, in a read transaction of its
 * own, as the server runs a request.
 */
public final class QueryBench {
    /** The timings of one query, in milliseconds. */
    public record Result(String name, Map<String, String> values, long rows, List<Double> millis) {
        public double percentile(double p) {
            List<Double> sorted = millis.stream().sorted().toList();
            return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100 * sorted.size()) - 1));
        }

        public double mean() {
            return millis.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        }
    }

    private QueryBench() {
    }

    /**
     * Times the queries in turns (one run of each, then the next run of each), so that whatever else the machine
     * does meanwhile weighs on all of them alike: the way to compare a query with its baseline.
     */
    public static List<Result> run(DatasetGraph dataset, List<NamedQuery> queries, double warmupSeconds, int repeat) {
        List<Long> rows = new ArrayList<>();
        for (NamedQuery query : queries) {
            rows.add(runOnce(dataset, query));
        }
        long warmupEnd = System.nanoTime() + (long) (warmupSeconds * 1e9);
        while (System.nanoTime() < warmupEnd) {
            queries.forEach(query -> runOnce(dataset, query));
        }
        List<List<Double>> millis = new ArrayList<>();
        queries.forEach(q -> millis.add(new ArrayList<>()));
        for (int i = 0; i < repeat; i++) {
            for (int q = 0; q < queries.size(); q++) {
                long start = System.nanoTime();
                runOnce(dataset, queries.get(q));
                millis.get(q).add((System.nanoTime() - start) / 1e6);
            }
        }
        List<Result> results = new ArrayList<>();
        for (int q = 0; q < queries.size(); q++) {
            results.add(new Result(queries.get(q).name(), queries.get(q).exampleValues(), rows.get(q), millis.get(q)));
        }
        return results;
    }

    /** The values read and resolved, then the query run, as the server does for each request. */
    private static long runOnce(DatasetGraph dataset, NamedQuery named) {
        Query query = named.query();
        return Txn.calculateRead(dataset, () -> {
            Map<Var, Node> bindings = new ParameterValues(dataset).bind(named, named.exampleValues());
            QueryExecBuilder builder = QueryExec.dataset(dataset).query(query);
            bindings.forEach(builder::substitution);
            try (QueryExec exec = builder.build()) {
                if (query.isSelectType()) {
                    return Iter.count(exec.select());
                }
                if (query.isAskType()) {
                    return exec.ask() ? 1L : 0L;
                }
                return (long) (query.isDescribeType() ? exec.describe() : exec.construct()).size();
            }
        });
    }
}

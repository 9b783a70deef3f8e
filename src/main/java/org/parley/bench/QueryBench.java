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
 * Times named queries over a store, one at a time, each with its header's example values
 * ({@link NamedQuery#exampleValues()}): after untimed warm-up runs, the timed runs read every result, each in a read
 * transaction of its own, as the server runs a request.
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

    public static Result run(DatasetGraph dataset, NamedQuery query, double warmupSeconds, int repeat) {
        Map<String, String> values = query.exampleValues();
        Map<Var, Node> bindings = new ParameterValues(dataset).bind(query, values);
        long warmupEnd = System.nanoTime() + (long) (warmupSeconds * 1e9);
        long rows = runOnce(dataset, query.query(), bindings);
        while (System.nanoTime() < warmupEnd) {
            runOnce(dataset, query.query(), bindings);
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < repeat; i++) {
            long start = System.nanoTime();
            runOnce(dataset, query.query(), bindings);
            millis.add((System.nanoTime() - start) / 1e6);
        }
        return new Result(query.name(), values, rows, millis);
    }

    private static long runOnce(DatasetGraph dataset, Query query, Map<Var, Node> bindings) {
        return Txn.calculateRead(dataset, () -> {
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

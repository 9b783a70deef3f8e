package org.parley.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.SparkSession;

/**
 * The job's throughput in Spark's local mode with a given number of executor threads:
 * {@code LocalThroughput THREADS WORKDIR INPUT...}. A first, untimed run loads the CoreNLP models (once, as on each
 * executor of a cluster); the second is timed.
 */
public final class LocalThroughput {
    private LocalThroughput() {
    }

    public static void main(String[] args) throws Exception {
        int threads = Integer.parseInt(args[0]);
        Path work = Files.createDirectories(Path.of(args[1]));
        List<String> inputs = Arrays.asList(args).subList(2, args.length);
        SparkSession spark = SparkSession.builder().master("local[" + threads + "]").appName("parley-throughput")
                .config("spark.ui.enabled", "false").getOrCreate();
        try {
            ConvertJob.run(spark, inputs, work.resolve("warm-up").toUri().toString());
            long start = System.nanoTime();
            ConvertJob.Result result = ConvertJob.run(spark, inputs, work.resolve("timed").toUri().toString());
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("local[%d]: %d articles, %d quads in %.1f s: %.2f articles/s (%d cores)%n", threads,
                    result.articles(), result.quads(), seconds, result.articles() / seconds,
                    Runtime.getRuntime().availableProcessors());
        } finally {
            spark.stop();
        }
    }
}

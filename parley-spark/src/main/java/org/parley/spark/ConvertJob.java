package org.parley.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark job: JSON Lines or WARC files (local, HDFS or S3 paths, whatever Hadoop's file systems read) in;
 * N-Quads partitions ({@code OUTPUT/nquads/part-*}) and a reports table ({@code OUTPUT/reports}, Parquet) out.
 * Each input file is one task; load the N-Quads with {@code parley load --nquads OUTPUT/nquads}, which runs the
 * merge pass.
 * <pre>
 * spark-submit --class org.parley.spark.ConvertJob parley-spark-0.1.0-job.jar --output OUT INPUT...
 * </pre>
 */
public final class ConvertJob {
    private ConvertJob() {
    }

    /** What a run converted. */
    public record Result(long articles, long quads, long reports, List<String> failures) {
    }

    public static void main(String[] args) {
        List<String> inputs = new ArrayList<>();
        String output = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--output") && i + 1 < args.length) {
                output = args[++i];
            } else {
                inputs.add(args[i]);
            }
        }
        if (output == null || inputs.isEmpty()) {
            System.err.println("usage: ConvertJob --output DIR INPUT...   (JSON Lines or WARC files or directories)");
            System.exit(2);
        }
        SparkSession spark = SparkSession.builder().appName("parley-convert").getOrCreate();
        try {
            Result result = run(spark, inputs, output);
            System.out.printf("converted %d articles: %d quads, %d contact reports; %d failures%n", result.articles(),
                    result.quads(), result.reports(), result.failures().size());
            result.failures().stream().limit(20).forEach(f -> System.out.println("  " + f));
        } finally {
            spark.stop();
        }
    }

    public static Result run(SparkSession spark, List<String> inputs, String output) {
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        JavaRDD<ConvertedInput> converted = context.binaryFiles(String.join(",", inputs))
                .map(file -> ConvertedInput.convert(file._1(), file._2().toArray()))
                .cache();
        JavaRDD<String> quads = converted.flatMap(c -> c.nquads.iterator());
        quads.saveAsTextFile(output + "/nquads");
        JavaRDD<ReportRow> reports = converted.flatMap(c -> c.reports.iterator());
        spark.createDataFrame(reports, ReportRow.class).write().mode(SaveMode.Overwrite).parquet(output + "/reports");
        List<String> failures = converted.flatMap(c -> c.failures.iterator()).collect();
        long articles = converted.map(c -> (long) c.articles).fold(0L, Long::sum);
        Result result = new Result(articles, quads.count(), reports.count(), failures);
        converted.unpersist();
        return result;
    }
}

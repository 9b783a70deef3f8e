package org.parley.bench;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Times the yardstick Parley's speed is quoted against: CoreNLP's full default English pipeline over the same body
 * texts, on the same number of threads sharing one pipeline (CoreNLP's annotate is thread-safe).
 */
public final class BaselineBench {
    /** The annotators of CoreNLP's default pipeline; everything else is left at CoreNLP's defaults. */
    public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote";

    private BaselineBench() {
    }

    /** Builds the pipeline, untimed passes for {@code warmupSeconds} (the first loads the models), then timed ones. */
    public static Timing run(BenchCorpus corpus, int threads, double warmupSeconds, int repeat)
            throws InterruptedException {
        Properties properties = new Properties();
        properties.setProperty("annotators", ANNOTATORS);
        StanfordCoreNLP pipeline = new StanfordCoreNLP(properties);
        ExecutorService pool = Executors.newFixedThreadPool(threads, Threads.daemons("parley-baseline"));
        try {
            new Warmup(warmupSeconds).run(() -> pass(corpus.bodies(), pipeline, pool));
            List<Long> nanos = new ArrayList<>();
            int failures = 0;
            for (int i = 0; i < repeat; i++) {
                long start = System.nanoTime();
                failures += pass(corpus.bodies(), pipeline, pool);
                nanos.add(System.nanoTime() - start);
            }
            return new Timing(corpus.bodies().size(), corpus.tokens(), threads, nanos, failures, 0);
        } finally {
            pool.shutdownNow();
        }
    }

    private static int pass(List<String> texts, StanfordCoreNLP pipeline, ExecutorService pool)
            throws InterruptedException {
        List<Callable<Annotation>> tasks = new ArrayList<>();
        for (String text : texts) {
            tasks.add(() -> {
                Annotation annotation = new Annotation(text);
                pipeline.annotate(annotation);
                return annotation;
            });
        }
        int failures = 0;
        for (Future<Annotation> result : pool.invokeAll(tasks)) {
            try {
                result.get();
            } catch (ExecutionException e) {
                failures++;
            }
        }
        return failures;
    }
}

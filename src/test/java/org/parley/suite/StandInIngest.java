package org.parley.suite;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.graph.Graph;
import org.parley.model.Article;
import org.parley.model.Extraction;
import org.parley.store.Ingestion;
import org.parley.store.ParleyStore;
import org.parley.store.TestStores;

/**
 * The ingest pipeline with the real reading, storing and merging, and a stand-in for the language analysis, as a
 * program of its own for the chaos test to kill: {@code StandInIngest --store DIR PATH...}. Each article reports a
 * meeting between two of a few leaders (picked by its text), so that reports merge into shared events. It prints
 * progress as {@code parley ingest} does.
 */
public final class StandInIngest {
    private static final String[] LEADERS = {"Vladimir Putin", "Xi Jinping", "Narendra Modi", "Emmanuel Macron",
            "Olaf Scholz"};

    private StandInIngest() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path store = Path.of(args[1]);
        List<String> inputs = List.of(args).subList(2, args.length);
        AtomicInteger stored = new AtomicInteger();
        try (ParleyStore opened = ParleyStore.open(store)) {
            Ingestion ingestion = new Ingestion(opened, StandInIngest::extract, StandInIngest::map, 2);
            Ingestion.Summary summary = ingestion.run(inputs, new Ingestion.Listener() {
                @Override
                public void stored(String locator, Extraction extraction) {
                    System.err.println("ingest: " + stored.incrementAndGet() + " stored");
                }

                @Override
                public void rebuildingEvents() {
                    System.err.println("ingest: " + stored.get() + " stored; merging events");
                }
            });
            System.out.println("stored " + summary.articles() + ", failed " + summary.failures().size());
        }
    }

    private static Extraction extract(Article article) {
        try {
            Thread.sleep(2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new Extraction(article, List.of(), List.of(), List.of());
    }

    private static Graph map(Extraction extraction) {
        String text = extraction.article().sourceText();
        int pick = Math.floorMod(text.hashCode(), LEADERS.length);
        return TestStores.mappedArticle(extraction.article().locator(), LEADERS[pick],
                LEADERS[(pick + 1) % LEADERS.length], text.strip());
    }
}

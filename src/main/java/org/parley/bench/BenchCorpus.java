package org.parley.bench;

import java.util.ArrayList;
import java.util.List;
import org.parley.model.Article;
import org.parley.model.TextBlock;
import org.parley.nlp.Nlp;
import org.parley.read.ArticleSink;
import org.parley.read.ArticleSources;

/**
 * The articles a benchmark runs over, read once, with the body text the extractor reads (the kept blocks
 * joined by blank lines) and its token count by Parley's tokenizer.
 *
 * @param failures the inputs that could not be read, as "locator: reason"
 */
public record BenchCorpus(List<Article> articles, List<String> bodies, long tokens, List<String> failures) {
    public BenchCorpus {
        articles = List.copyOf(articles);
        bodies = List.copyOf(bodies);
        failures = List.copyOf(failures);
    }

    public static BenchCorpus read(List<String> inputs, Nlp nlp) {
        List<Article> articles = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        ArticleSources.read(inputs, new ArticleSink() {
            @Override
            public void accept(Article article) {
                articles.add(article);
            }

            @Override
            public void failed(String locator, String message) {
                failures.add(locator + ": " + message);
            }
        });
        List<String> bodies = articles.stream().map(BenchCorpus::body).toList();
        long tokens = bodies.stream().mapToLong(nlp::tokenCount).sum();
        return new BenchCorpus(articles, bodies, tokens, failures);
    }

    /** The kept blocks joined by blank lines, as the extractor reads them. */
    static String body(Article article) {
        return String.join("\n\n", article.keptBlocks().stream().map(TextBlock::text).toList());
    }
}

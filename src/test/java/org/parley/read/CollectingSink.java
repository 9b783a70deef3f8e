package org.parley.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.model.Article;

/** A sink that keeps what it is given, for tests. */
final class CollectingSink implements ArticleSink {
    final List<Article> articles = new ArrayList<>();
    final Map<String, String> failures = new LinkedHashMap<>();
    final Map<String, String> skipped = new LinkedHashMap<>();

    @Override
    public void accept(Article article) {
        articles.add(article);
    }

    @Override
    public void failed(String locator, String message) {
        failures.put(locator, message);
    }

    @Override
    public void skipped(String locator, String reason) {
        skipped.put(locator, reason);
    }

    List<String> locators() {
        return articles.stream().map(Article::locator).toList();
    }
}

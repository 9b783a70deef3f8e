package org.parley.spark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.parley.extract.Extractor;
import org.parley.model.Article;
import org.parley.model.Contact;
import org.parley.model.Extraction;
import org.parley.rdf.ArticleGraphs;
import org.parley.rdf.ArticleIdentity;
import org.parley.read.ArticleSink;
import org.parley.read.ArticleSources;
import org.parley.store.StoredArticle;

/**
 * One input file converted, as a Spark task hands it on: the N-Quads of its articles (each as the store would hold
 * it), their reports as rows, and the inputs that failed. The conversion is {@code parley ingest}'s: the same
 * reader, the shared extractor (its CoreNLP models loaded once per executor JVM), the same mapping.
 */
final class ConvertedInput implements Serializable {
    private static final long serialVersionUID = 1L;

    final List<String> nquads = new ArrayList<>();
    final List<ReportRow> reports = new ArrayList<>();
    final List<String> failures = new ArrayList<>();
    int articles;

    static ConvertedInput convert(String locator, byte[] content) {
        ConvertedInput converted = new ConvertedInput();
        List<Article> articles = new ArrayList<>();
        ArticleSources.read(locator, new ByteArrayInputStream(content), new ArticleSink() {
            @Override
            public void accept(Article article) {
                articles.add(article);
            }

            @Override
            public void failed(String where, String message) {
                converted.failures.add(where + ": " + message);
            }
        });
        for (Article article : articles) {
            try {
                converted.add(Extractor.shared().extract(article));
            } catch (RuntimeException e) {
                converted.failures.add(article.locator() + ": extraction failed: " + e.getMessage());
            }
        }
        return converted;
    }

    private void add(Extraction extraction) {
        articles++;
        String locator = extraction.article().locator();
        Graph graph = ArticleGraphs.toGraph(extraction);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StreamRDF writer = StreamRDFWriter.getWriterStream(bytes, RDFFormat.NQUADS);
        writer.start();
        StoredArticle.of(locator, graph).quads(writer::quad);
        writer.finish();
        bytes.toString(StandardCharsets.UTF_8).lines().forEach(nquads::add);
        String article = ArticleIdentity.iri(extraction.article());
        List<Contact> contacts = extraction.contacts();
        for (int i = 0; i < contacts.size(); i++) {
            Contact c = contacts.get(i);
            reports.add(new ReportRow(article + "/contact/" + i, article, locator, c.type().localName(),
                    c.date() == null ? null : c.date().toString(),
                    c.place() == null ? null : ArticleGraphs.placeIri(c.place()),
                    c.participants().stream().map(ArticleGraphs::actorIri).collect(Collectors.joining(" ")),
                    c.background()));
        }
    }
}

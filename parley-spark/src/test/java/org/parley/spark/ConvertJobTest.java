package org.parley.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.extract.Extractor;
import org.parley.rdf.ArticleGraphs;
import org.parley.rdf.Parley;
import org.parley.read.ArticleSources;
import org.parley.store.Ingestion;
import org.parley.store.ParleyStore;

/** The Spark job, in local mode, converts articles into the very quads that ingest stores for them. */
class ConvertJobTest {
    private static final String FEED = String.join("\n",
            "{\"url\": \"https://news.example/2024/05/16/visit\", \"title\": \"Putin arrives in Beijing\", "
                    + "\"published\": \"2024-05-16\", \"text\": \"BEIJING, May 16 - Russian President Vladimir Putin "
                    + "met Chinese President Xi Jinping in Beijing on Thursday. \\\"Our relations are at their best,\\\" "
                    + "Xi Jinping said after the talks.\"}",
            "{\"title\": \"A call\", \"published\": \"2023-03-21\", \"text\": \"Chinese Foreign Minister Qin Gang held a "
                    + "phone call with Russian Foreign Minister Sergey Lavrov on Monday, the ministry said.\"}",
            "{\"title\": \"No contact here\", \"published\": \"2022-01-10\", \"text\": \"Markets were calm on Monday.\"}");

    @TempDir
    Path dir;

    @Test
    void theJobGivesTheQuadsIngestStores() throws Exception {
        Path input = Files.writeString(dir.resolve("feed.jsonl"), FEED);
        Path output = dir.resolve("out");
        ConvertJob.Result result;
        SparkSession spark = SparkSession.builder().master("local[2]").appName("parley-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
        try {
            result = ConvertJob.run(spark, List.of(input.toUri().toString()), output.toUri().toString());
            assertEquals(result.reports(), spark.read().parquet(output.resolve("reports").toString()).count());
        } finally {
            spark.stop();
        }
        assertEquals(3, result.articles(), result.failures().toString());
        assertTrue(result.reports() >= 2, "a meeting and a call: " + result.reports());
        Set<Quad> converted = sparkQuads(output.resolve("nquads"));
        assertEquals(result.quads(), converted.size());

        // The same file through parley ingest's pipeline, under the locator the job read it by.
        String locator = converted.stream().filter(q -> q.getPredicate().equals(Parley.locator.asNode()))
                .map(q -> q.getObject().getLiteralLexicalForm().replaceAll("#\\d+$", "")).findFirst().orElseThrow();
        try (ParleyStore store = ParleyStore.open(dir.resolve("store"))) {
            new Ingestion(store, Extractor.shared()::extract, ArticleGraphs::toGraph, 2).run(sink -> {
                try (InputStream in = Files.newInputStream(input)) {
                    ArticleSources.read(locator, in, sink);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, new Ingestion.Listener() { });
            assertEquals(storedArticleQuads(store), converted);
        }
    }

    private static Set<Quad> sparkQuads(Path directory) throws IOException {
        Set<Quad> quads = new HashSet<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path part : files.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
                DatasetGraph parsed = DatasetGraphFactory.createGeneral();
                RDFParser.source(part).lang(Lang.NQUADS).parse(parsed);
                parsed.find().forEachRemaining(quads::add);
            }
        }
        return quads;
    }

    /** The quads of the store's article graphs (those that give a locator): not the events, not the gazetteer. */
    private static Set<Quad> storedArticleQuads(ParleyStore store) {
        return store.read(dataset -> {
            Set<Quad> quads = new HashSet<>();
            dataset.find(Node.ANY, Node.ANY, Parley.locator.asNode(), Node.ANY).forEachRemaining(
                    article -> dataset.find(article.getGraph(), Node.ANY, Node.ANY, Node.ANY).forEachRemaining(quads::add));
            return quads;
        });
    }
}

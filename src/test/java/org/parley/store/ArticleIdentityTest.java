package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.Article;
import org.parley.model.Contact;
import org.parley.model.ContactType;
import org.parley.model.Extraction;
import org.parley.model.Mention;
import org.parley.model.PartialDate;
import org.parley.model.Span;
import org.parley.rdf.ArticleGraphs;
import org.parley.rdf.ArticleIdentity;
import org.parley.rdf.Parley;

/** An article is what it is, not where it was read from. */
class ArticleIdentityTest {
    private static final Actor ADA = new Actor("person/ada-lind", "Ada Lind", ActorKind.PERSON, null, null, null);
    private static final Actor BO = new Actor("person/bo-chen", "Bo Chen", ActorKind.PERSON, null, null, null);

    @TempDir
    Path dir;

    private static Extraction extraction(String locator, String url, String text) {
        Article article = new Article(locator, url, null, text, List.of(), null, null, null, null, "txt", Map.of());
        Mention mention = new Mention(new Span(0, 3), "met", new Span(0, 9), "They met.");
        Contact contact = new Contact(ContactType.MEETING, List.of(ADA, BO), null, PartialDate.parse("2022-06-01"),
                "on 1 June", null, false, 0.8, List.of(), mention);
        return new Extraction(article, List.of(ADA, BO), List.of(contact), List.of());
    }

    private static void ingest(ParleyStore store, Extraction extraction) {
        store.replaceArticle(extraction.article().locator(), ArticleGraphs.toGraph(extraction));
    }

    private static long articles(ParleyStore store) {
        return store.read(ds -> ds.stream(Node.ANY, Node.ANY, RDF.type.asNode(), Parley.Article.asNode())
                .filter(q -> q.getGraph().equals(q.getSubject())).count());
    }

    private static List<String> events(ParleyStore store) {
        return store.read(ds -> ds.stream(NodeFactory.createURI(Parley.EVENTS_GRAPH), Node.ANY, Parley.report.asNode(), Node.ANY).map(q -> q.getSubject().getURI() + " " + q.getObject().getURI()).sorted().toList());
    }

    @Test
    void theSameArticleThroughAnotherPathReplacesItself() {
        try (ParleyStore store = ParleyStore.open(dir)) {
            ingest(store, extraction("samples/x.txt", null, "Ada Lind met Bo Chen on 1 June."));
            List<String> before = events(store);
            ingest(store, extraction("parley/samples/x.txt", null, "Ada Lind met Bo Chen on 1 June."));
            assertEquals(1, articles(store));
            assertEquals(List.of("parley/samples/x.txt"), store.locators(), "the locator is where it was read last");
            assertEquals(before, events(store), "the same event and report IRIs");
        }
    }

    @Test
    void anEditedFileReplacesWhatItsPathHeld() {
        try (ParleyStore store = ParleyStore.open(dir)) {
            ingest(store, extraction("notes.txt", null, "Ada Lind met Bo Chen on 1 June."));
            ingest(store, extraction("notes.txt", null, "Ada Lind met Bo Chen on 1 June in Portmouth."));
            assertEquals(1, articles(store));
            assertEquals(1, events(store).size(), "one report, of the new text");
        }
    }

    @Test
    void aCanonicalUrlIdentifiesAnArticleWhateverItsPageAround() {
        String url = "https://News.example/2022/06/ada-bo#comments";
        Graph first = ArticleGraphs.toGraph(extraction("a.html", url, "<html>… widget 10:01 …</html>"));
        Graph again = ArticleGraphs.toGraph(extraction("b.html", "https://news.example/2022/06/ada-bo", "<html>… widget 10:07 …</html>"));
        assertEquals(ArticleIdentity.graphNameIn(first), ArticleIdentity.graphNameIn(again));
        Graph other = ArticleGraphs.toGraph(extraction("c.html", "https://news.example/2022/06/other", "<html>… widget 10:01 …</html>"));
        assertNotEquals(ArticleIdentity.graphNameIn(first), ArticleIdentity.graphNameIn(other));
        try (ParleyStore store = ParleyStore.open(dir)) {
            store.replaceArticle("a.html", first);
            store.replaceArticle("b.html", again);
            assertEquals(List.of("b.html"), store.locators());
        }
    }

    @Test
    void removingByLocatorFindsTheArticle() {
        try (ParleyStore store = ParleyStore.open(dir)) {
            ingest(store, extraction("feed.jsonl#3", "https://news.example/a", "text"));
            assertEquals(true, store.removeArticle("feed.jsonl#3"));
            assertEquals(0, articles(store));
            assertEquals(List.of(), events(store));
        }
    }
}

package org.parley.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.Article;
import org.parley.model.Contact;
import org.parley.model.ContactType;
import org.parley.model.DateEvidence;
import org.parley.model.Extraction;
import org.parley.model.Mention;
import org.parley.model.PartialDate;
import org.parley.model.Span;
import org.parley.model.Statement;
import org.parley.model.TextBlock;
import org.parley.rdf.ArticleGraphs;
import org.parley.rdf.ArticleIdentity;
import org.parley.rdf.Parley;
import org.parley.store.ParleyStore;

/**
 * How statements come out of the mapping and onto the linked-data pages: the kind of each, its speaker, addressee,
 * deliverer, channel and contact; a direct quotation in quotation marks, reported speech never.
 */
class StatementPagesTest {
    private static final String TEXT = "Xi Jinping spoke with Vladimir Putin by phone. “We are ready,” Xi said, “to go further.” "
            + "Ushakov said Xi had told Putin that ties were at their best, CCTV reported.";
    private static final Actor XI = new Actor("person/xi-jinping", "Xi Jinping", ActorKind.PERSON, "Q15031", "CHN", null);
    private static final Actor PUTIN = new Actor("person/vladimir-putin", "Vladimir Putin", ActorKind.PERSON, "Q7747", "RUS", null);
    private static final Actor USHAKOV = new Actor("person/yury-ushakov", "Yury Ushakov", ActorKind.PERSON, null, "RUS", null);
    private static final Actor CCTV = new Actor("org/cctv", "CCTV", ActorKind.ORGANISATION, null, null, null);

    @TempDir
    static Path temp;
    private static ParleyStore store;
    private static Graph graph;
    private static String articleIri;

    @BeforeAll
    static void store() {
        Extraction extraction = extraction();
        graph = ArticleGraphs.toGraph(extraction);
        articleIri = ArticleIdentity.iri(extraction.article());
        store = ParleyStore.open(temp.resolve("store"));
        store.replaceArticle("call.txt", graph);
        store.rebuildEvents();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static Mention words(String exact) {
        int at = TEXT.indexOf(exact);
        return new Mention(new Span(at, at + exact.length()), exact, new Span(0, TEXT.length()), TEXT);
    }

    private static Extraction extraction() {
        PartialDate day = PartialDate.parse("2024-02-08");
        Article article = new Article("call.txt", null, "The call", TEXT, List.of(new TextBlock(TEXT, new Span(0, TEXT.length()), true, "body")),
                new DateEvidence(day, "test", "", null), null, null, null, "txt", Map.of());
        Contact call = new Contact(ContactType.PHONE_CALL, List.of(XI, PUTIN), null, day, null, null, false, 0.9, List.of(),
                words("spoke with Vladimir Putin by phone"));
        Statement direct = new Statement(Statement.Kind.DIRECT, XI, "We are ready" + Statement.GAP + "to go further", null, null,
                null, day, 0, 0.85, List.of(words("We are ready"), words("to go further")));
        Statement reported = new Statement(Statement.Kind.REPORTED, XI, "ties were at their best", USHAKOV, PUTIN, CCTV, day, 0,
                0.7, List.of(words("ties were at their best")));
        return new Extraction(article, List.of(XI, PUTIN, USHAKOV), List.of(call), List.of(direct, reported));
    }

    private static Node statement(int index) {
        return NodeFactory.createURI(articleIri + "/statement/" + index);
    }

    @Test
    void eachStatementIsOfOneKindWithAMentionPerPiece() {
        assertTrue(graph.contains(statement(0), RDF.type.asNode(), Parley.DirectQuotation.asNode()));
        assertTrue(graph.contains(statement(1), RDF.type.asNode(), Parley.ReportedStatement.asNode()));
        assertEquals(2, graph.find(statement(0), Parley.evidence.asNode(), Node.ANY).toList().size(), "one mention per piece");
        assertTrue(graph.contains(statement(1), Parley.deliveredBy.asNode(), NodeFactory.createURI(Parley.ID + "person/yury-ushakov")));
        Node cctv = NodeFactory.createURI(Parley.ID + "org/cctv");
        assertTrue(graph.contains(statement(1), Parley.reportedBy.asNode(), cctv));
        assertTrue(graph.contains(cctv, RDF.type.asNode(), Parley.Organisation.asNode()), "a channel is an organisation");
    }

    @Test
    void theSpeakersPageQuotesTheWordsAndReportsTheRest() {
        String page = page("person/xi-jinping");
        assertTrue(page.contains("<blockquote>“We are ready […] to go further”</blockquote>"), page);
        assertTrue(page.contains("<blockquote class=\"reported\">ties were at their best</blockquote>"), page);
        assertFalse(page.contains("“ties were at their best”"), "reported speech in quotation marks: " + page);
        assertTrue(page.contains("reported speech · ") && page.contains("direct quotation · "), page);
        assertTrue(page.contains("to <a href=\"/id/person/vladimir-putin\">"), "the addressee: " + page);
        assertTrue(page.contains("delivered by <a href=\"/id/person/yury-ushakov\">"), "the deliverer: " + page);
        assertTrue(page.contains("via <a href=\"/id/org/cctv\">CCTV</a>"), "the channel: " + page);
        assertTrue(page.contains("during the <a href=\"/id/event/"), "the call: " + page);
    }

    @Test
    void aChannelsPageListsWhatItCarried() {
        String page = page("org/cctv");
        assertTrue(page.contains("<h2>Statements carried or delivered (1)</h2>"), page);
        assertTrue(page.contains("<a href=\"/id/person/xi-jinping\">Xi Jinping</a>"), "with its speaker: " + page);
    }

    @Test
    void theArticleAndEventPagesShowTheKindToo() {
        String article = page(articleIri.substring(Parley.ID.length()));
        assertTrue(article.contains("<blockquote class=\"reported\">ties were at their best</blockquote>"), article);
        assertTrue(article.contains("via <a href=\"/id/org/cctv\">CCTV</a>"), article);
        Node event = store.read(d -> d.find(NodeFactory.createURI(Parley.EVENTS_GRAPH), Node.ANY, Parley.report.asNode(), Node.ANY).next().getSubject());
        String eventPage = page(event.getURI().substring(Parley.ID.length()));
        assertTrue(eventPage.contains("<blockquote>“We are ready […] to go further”</blockquote>"), eventPage);
        assertTrue(eventPage.contains("delivered by <a href=\"/id/person/yury-ushakov\">Yury Ushakov</a>"), eventPage);
    }

    private static String page(String path) {
        EntityDescriptions descriptions = new EntityDescriptions(store.datasetGraph());
        return EntityPage.render(descriptions.describe(NodeFactory.createURI(Parley.ID + path)).orElseThrow());
    }
}

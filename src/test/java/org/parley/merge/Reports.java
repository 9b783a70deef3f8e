package org.parley.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.Article;
import org.parley.model.Contact;
import org.parley.model.ContactType;
import org.parley.model.DateEvidence;
import org.parley.model.Extraction;
import org.parley.model.Mention;
import org.parley.model.PartialDate;
import org.parley.model.Place;
import org.parley.model.Span;
import org.parley.rdf.ArticleGraphs;
import org.parley.rdf.ArticleIdentity;
import org.parley.rdf.Ids;
import org.parley.rdf.Parley;

/** Articles with contact reports, made up for the merge tests, mapped as ingest maps them. */
final class Reports {
    private final String locator;
    private PartialDate published;
    private final List<Contact> contacts = new ArrayList<>();

    private Reports(String locator) {
        this.locator = locator;
    }

    static Reports article(String locator) {
        return new Reports(locator);
    }

    static Actor person(String name) {
        return new Actor("person/" + name.toLowerCase().replace(' ', '-'), name, ActorKind.PERSON, null, null, null);
    }

    Reports published(String date) {
        published = PartialDate.parse(date);
        return this;
    }

    /** A contact the text dates ({@code date} null: the text gives none). */
    Reports contact(ContactType type, String date, String place, Actor... participants) {
        return add(type, date, date == null ? null : "on " + date, place, false, participants);
    }

    /** A contact dated only by the article's publication date. */
    Reports contactOnPublicationDay(ContactType type, String place, Actor... participants) {
        return add(type, published.toString(), null, place, false, participants);
    }

    Reports background(ContactType type, String date, String place, Actor... participants) {
        return add(type, date, date == null ? null : "in " + date, place, true, participants);
    }

    private Reports add(ContactType type, String date, String evidence, String place, boolean background,
                        Actor... participants) {
        Mention mention = new Mention(new Span(0, 3), "met", new Span(0, 10), "They met.");
        contacts.add(new Contact(type, List.of(participants), null, date == null ? null : PartialDate.parse(date),
                evidence, place == null ? null : place(place), background, 0.8, List.of(), mention));
        return this;
    }

    Extraction extraction() {
        Article article = new Article(locator, null, null, "The text of " + locator, List.of(), published == null ? null
                : new DateEvidence(published, "meta", published.toString(), null), null, null, null, "txt", Map.of());
        List<Actor> actors = contacts.stream().flatMap(c -> c.participants().stream()).distinct().toList();
        return new Extraction(article, actors, contacts, List.of());
    }

    Graph graph() {
        return ArticleGraphs.toGraph(extraction());
    }

    Node graphName() {
        return ArticleIdentity.graphNameIn(graph()).orElseThrow();
    }

    /** Puts the articles into a dataset and merges them all at once. */
    static DatasetGraph merged(Reports... articles) {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        for (Reports article : articles) {
            article.addTo(dataset);
        }
        new EventMerger().rebuild(dataset);
        return dataset;
    }

    void addTo(DatasetGraph dataset) {
        Node g = graphName();
        graph().find().forEachRemaining(t -> dataset.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
    }

    /** A place given by its label alone, as one the gazetteer lacks. */
    static Place place(String label) {
        return new Place("place/" + Ids.slug(label), label, Place.Level.OTHER, null);
    }

    /** {@code place parley:locatedIn parent}, in a graph of its own, for places given by label. */
    static void locatedIn(DatasetGraph dataset, String place, String parent) {
        dataset.add(NodeFactory.createURI(Parley.ID + "graph/test-places"), NodeFactory.createURI(ArticleGraphs.placeIri(place(place))),
                Parley.locatedIn.asNode(), NodeFactory.createURI(ArticleGraphs.placeIri(place(parent))));
    }
}

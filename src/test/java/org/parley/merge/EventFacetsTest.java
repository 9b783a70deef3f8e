package org.parley.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.merge.Reports.article;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.query.DatasetFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.ContactType;
import org.parley.store.ParleyStore;

/**
 * The facets the merge writes beside each event so that queries need not read its reports (its participants' and
 * place's names, its report count, its countries' pairs) say what the reports say, through incremental merges,
 * removals, articles stored again with other names, and the full rebuild. The expected facets are derived here by
 * queries over the article graphs, not by the merge's code.
 */
class EventFacetsTest {
    private static final String PREFIXES = """
            PREFIX parley: <https://w3id.org/parley/ns#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            """;
    private static final String EVENTS = "<https://w3id.org/parley/id/graph/events>";
    /** The same actors under two labels each, as two outlets write a name, with their stated countries. */
    private static final List<List<Actor>> ACTORS = List.of(
            variants("person/tor-halvorsen", "NOR", "Tor Halvorsen", "T. Halvorsen"),
            variants("person/rosa-quispe", "PER", "Rosa Quispe", "Rosa Quispe Mamani"),
            variants("person/ivo-radic", "HRV", "Ivo Radić", "Ivo Radic"),
            variants("person/mei-tanaka", "JPN", "Mei Tanaka", "Tanaka Mei"));
    /** Two places, each under two labels of one IRI, as outlets write a name with and without its accent. */
    private static final List<List<String>> PLACES = List.of(List.of("Kelsby", "Kelsbý"), List.of("Ornvik", "Örnvik"));
    private static final LocalDate START = LocalDate.of(2022, 5, 2);

    @TempDir
    Path dir;

    private static List<Actor> variants(String key, String country, String... labels) {
        return List.of(labels).stream().map(l -> new Actor(key, l, ActorKind.PERSON, null, country, null)).toList();
    }

    /** An article reporting one or two contacts within a fortnight, its actors under either label. */
    private static Reports randomArticle(Random random, String locator) {
        LocalDate day = START.plusDays(random.nextInt(14));
        Reports article = article(locator).published(day.plusDays(1).toString());
        int labelling = random.nextInt(2);
        for (int c = 0, n = 1 + random.nextInt(2); c < n; c++) {
            List<List<Actor>> who = new ArrayList<>(ACTORS);
            Collections.shuffle(who, random);
            ContactType type = random.nextBoolean() ? ContactType.MEETING : ContactType.PHONE_CALL;
            Actor[] participants = who.subList(0, 2 + random.nextInt(2)).stream().map(v -> v.get(labelling))
                    .toArray(Actor[]::new);
            String place = type == ContactType.MEETING && random.nextBoolean() ? PLACES.get(random.nextInt(2)).get(random.nextInt(2)) : null;
            if (random.nextInt(4) == 0) {
                article.contactOnPublicationDay(type, place, participants);
            } else {
                article.contact(type, day.toString(), place, participants);
            }
        }
        return article;
    }

    @Test
    void theFacetsBesideEachEventSayWhatItsReportsSayThroughEveryKindOfChange() {
        Random random = new Random(7140);
        try (ParleyStore store = ParleyStore.open(dir)) {
            List<String> stored = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String locator = "n" + i + ".txt";
                store.replaceArticle(locator, randomArticle(random, locator).graph());
                stored.add(locator);
                if (random.nextInt(4) == 0) {
                    // An article stored again, with other contacts and its actors perhaps under their other labels.
                    String again = stored.get(random.nextInt(stored.size()));
                    store.replaceArticle(again, randomArticle(random, again).graph());
                }
                if (random.nextInt(6) == 0) {
                    store.removeArticle(stored.remove(random.nextInt(stored.size())));
                }
                if (i % 10 == 9) {
                    assertFacetsAgree(store, "after " + (i + 1) + " articles");
                }
            }
            assertTrue(store.read(d -> rows(d, "SELECT ?e WHERE { GRAPH " + EVENTS + " { ?e parley:placeLabel \"\" } }")
                    .size()) > 0, "no event without a place");
            assertTrue(store.read(d -> rows(d, "SELECT ?e WHERE { GRAPH " + EVENTS + " { ?e parley:placeLabel ?l FILTER(?l != \"\") } }")
                    .size()) > 0, "no event with a place's name");
            assertTrue(store.read(d -> rows(d, "SELECT ?e WHERE { GRAPH " + EVENTS + " { ?e parley:place ?p ; parley:report ?r, ?s } "
                    + "GRAPH ?g { ?r parley:place ?p . ?p skos:prefLabel ?a } GRAPH ?h { ?s parley:place ?p . ?p skos:prefLabel ?b } "
                    + "FILTER(?a != ?b) }").size()) > 0, "no event whose reports name its place two ways");
            assertTrue(store.read(d -> rows(d, "SELECT ?e ?p WHERE { GRAPH " + EVENTS
                    + " { ?e parley:participation ?p . ?p parley:actorLabel ?a, ?b FILTER(?a != ?b) } }").size()) > 0,
                    "no event whose reports name an actor two ways: the case this test is for");
            Set<List<String>> incremental = store.read(EventFacetsTest::eventsGraph);
            store.rebuildEvents();
            assertFacetsAgree(store, "after the rebuild");
            assertEquals(incremental, store.read(EventFacetsTest::eventsGraph), "incremental merging against the rebuild");
        }
    }

    private static void assertFacetsAgree(ParleyStore store, String when) {
        store.read(dataset -> {
            // Names, or the empty string for none.
            assertEquals(rows(dataset, "SELECT ?e ?a ?l WHERE { GRAPH " + EVENTS + " { ?e parley:participant ?a } "
                            + "OPTIONAL { GRAPH " + EVENTS + " { ?e parley:report ?r } "
                            + "GRAPH ?g { ?r parley:participant ?a . ?a skos:prefLabel ?name } } BIND(COALESCE(?name, \"\") AS ?l) }"),
                    rows(dataset, "SELECT ?e ?a ?l WHERE { GRAPH " + EVENTS
                            + " { ?e parley:participation ?p . ?p parley:actor ?a ; parley:actorLabel ?l } }"),
                    when + ": participants' names");
            // Counterparts' names: the others' names, or the empty string when none of them has one.
            assertEquals(rows(dataset, "SELECT ?e ?a ?l WHERE { GRAPH " + EVENTS + " { ?e parley:participant ?a } "
                            + "OPTIONAL { GRAPH " + EVENTS + " { ?e parley:participation ?o . ?o parley:actor ?b ; "
                            + "parley:actorLabel ?name } FILTER(?b != ?a && ?name != \"\") } BIND(COALESCE(?name, \"\") AS ?l) }"),
                    rows(dataset, "SELECT ?e ?a ?l WHERE { GRAPH " + EVENTS
                            + " { ?e parley:participation ?p . ?p parley:actor ?a ; parley:counterpartLabel ?l } }"),
                    when + ": counterparts' names");
            assertEquals(rows(dataset, "SELECT ?e ?a WHERE { GRAPH " + EVENTS + " { ?e parley:participant ?a } }"),
                    rows(dataset, "SELECT ?e ?a WHERE { GRAPH " + EVENTS + " { ?e parley:participation ?p . ?p parley:actor ?a } }"),
                    when + ": one participation per participant");
            assertEquals(rows(dataset, "SELECT ?e ?l WHERE { GRAPH " + EVENTS + " { ?e parley:report ?any } "
                            + "OPTIONAL { GRAPH " + EVENTS + " { ?e parley:place ?place ; parley:report ?r } "
                            + "GRAPH ?g { ?r parley:place ?place . ?place skos:prefLabel ?name } } BIND(COALESCE(?name, \"\") AS ?l) }"),
                    rows(dataset, "SELECT ?e ?l WHERE { GRAPH " + EVENTS + " { ?e parley:placeLabel ?l } }"),
                    when + ": places' names");
            assertEquals(rows(dataset, "SELECT ?e (STR(COUNT(?r)) AS ?n) WHERE { GRAPH " + EVENTS + " { ?e parley:report ?r } } GROUP BY ?e"),
                    rows(dataset, "SELECT ?e (STR(?c) AS ?n) WHERE { GRAPH " + EVENTS + " { ?e parley:reportCount ?c } }"),
                    when + ": report counts");
            assertEquals(rows(dataset, "SELECT ?e ?k WHERE { GRAPH " + EVENTS + " { ?e parley:participantCountry ?a, ?b } "
                            + "FILTER(STR(?a) <= STR(?b)) BIND(CONCAT(STR(?a), \" \", STR(?b)) AS ?k) }"),
                    rows(dataset, "SELECT ?e ?k WHERE { GRAPH " + EVENTS + " { ?e parley:countryPair ?k } }"),
                    when + ": country pairs");
            assertEquals(rows(dataset, "SELECT ?e ?d WHERE { GRAPH " + EVENTS + " { ?e parley:dateText ?d } }"),
                    rows(dataset, "SELECT ?e ?d WHERE { GRAPH " + EVENTS + " { ?e parley:onDate ?n . ?n parley:dateLabel ?d } }"),
                    when + ": date nodes");
            // Nothing is left of an event rewritten or gone: every subject is an event, one of its participations or
            // the date node of an event.
            assertEquals(List.of(), rows(dataset, "SELECT ?s WHERE { GRAPH " + EVENTS + " { ?s ?p ?o } "
                    + "FILTER NOT EXISTS { GRAPH " + EVENTS + " { ?s parley:report ?r } } "
                    + "FILTER NOT EXISTS { GRAPH " + EVENTS + " { ?e parley:participation ?s } } "
                    + "FILTER NOT EXISTS { GRAPH " + EVENTS + " { ?e parley:onDate ?s } } }").stream().toList(),
                    when + ": left over");
            assertFalse(rows(dataset, "SELECT ?k WHERE { GRAPH " + EVENTS + " { ?e parley:countryPair ?k } }").isEmpty(),
                    when + ": no country pairs written");
            return null;
        });
    }

    /** The query's rows as a set of their values' texts. */
    private static Set<List<String>> rows(DatasetGraph dataset, String query) {
        Set<List<String>> rows = new HashSet<>();
        try (QueryExecution exec = QueryExecution.dataset(DatasetFactory.wrap(dataset)).query(PREFIXES + query).build()) {
            exec.execSelect().forEachRemaining((QuerySolution s) -> {
                List<String> row = new ArrayList<>();
                s.varNames().forEachRemaining(v -> row.add(v + "=" + s.get(v)));
                Collections.sort(row);
                rows.add(row);
            });
        }
        return rows;
    }

    private static Set<List<String>> eventsGraph(DatasetGraph dataset) {
        return rows(dataset, "SELECT ?s ?p ?o WHERE { GRAPH " + EVENTS + " { ?s ?p ?o } }");
    }
}

package org.parley.merge;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Actor;
import org.parley.model.ContactType;
import org.parley.store.ParleyStore;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.merge.Reports.article;
import static org.parley.merge.Reports.person;

/** Incremental merging against the full re-clustering, on random reports in random orders, with removals. */
class IncrementalMergeTest {
    private static final List<Actor> ACTORS = List.of(person("Ada Lind"), person("Bo Chen"), person("Cy Okafor"),
            person("Dee Marsh"), person("Eli Novak"));
    private static final List<String> PLACES = List.of("Portmouth", "Hillford", "Westland");
    private static final LocalDate START = LocalDate.of(2021, 1, 20);

    @TempDir
    Path dir;

    /** Reports of a few actors within a few weeks, so that many could merge: every kind of dating, places, visits. */
    private static List<Reports> randomArticles(Random random, int count) {
        List<Reports> articles = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDate day = START.plusDays(random.nextInt(40));
            Reports article = article("a" + i + ".txt");
            if (random.nextInt(8) > 0) {
                article.published(day.plusDays(random.nextInt(3)).toString());
            }
            for (int c = 0, n = 1 + random.nextInt(2); c < n; c++) {
                ContactType type = ContactType.values()[random.nextInt(ContactType.values().length)];
                List<Actor> who = new ArrayList<>(ACTORS);
                Collections.shuffle(who, random);
                Actor[] participants = who.subList(0, type == ContactType.VISIT ? 1 : 2 + random.nextInt(2)).toArray(Actor[]::new);
                String place = random.nextInt(3) == 0 ? null : PLACES.get(random.nextInt(PLACES.size()));
                int dating = random.nextInt(6);
                if (dating == 0) {
                    article.contact(type, null, place, participants);
                } else if (dating == 1) {
                    article.background(type, day.toString().substring(0, 7), place, participants);
                } else if (dating == 2 && articlePublished(article)) {
                    article.contactOnPublicationDay(type, place, participants);
                } else {
                    article.contact(type, day.toString(), place, participants);
                }
            }
            articles.add(article);
        }
        return articles;
    }

    private static boolean articlePublished(Reports article) {
        return article.extraction().article().published() != null;
    }

    @Test
    void incrementalMergingEqualsTheFullRebuildInAnyOrderWithRemovals() {
        Random random = new Random(20260);
        for (int round = 0; round < 4; round++) {
            List<Reports> articles = randomArticles(random, 30);
            List<Reports> order = new ArrayList<>(articles);
            Collections.shuffle(order, random);
            try (ParleyStore store = ParleyStore.open(dir.resolve("round" + round))) {
                for (Reports article : order) {
                    store.replaceArticle(article.extraction().article().locator(), article.graph());
                    // Now and then a batch of several articles in one transaction, and a removal.
                    if (random.nextInt(5) == 0) {
                        Reports gone = order.get(random.nextInt(order.size()));
                        store.removeArticle(gone.extraction().article().locator());
                    }
                }
                Set<Quad> incremental = events(store);
                assertFalse(store.eventsStale());
                store.rebuildEvents();
                Set<Quad> rebuilt = events(store);
                assertTrue(rebuilt.equals(incremental), "round " + round + ": " + difference(incremental, rebuilt));
            }
        }
    }

    @Test
    void aBatchInOneTransactionEqualsOneArticleAtATime() {
        List<Reports> articles = randomArticles(new Random(11), 24);
        Set<Quad> one;
        try (ParleyStore store = ParleyStore.open(dir.resolve("one"))) {
            articles.forEach(a -> store.replaceArticle(a.extraction().article().locator(), a.graph()));
            one = events(store);
        }
        try (ParleyStore store = ParleyStore.open(dir.resolve("batch"))) {
            Map<String, Graph> batch = new LinkedHashMap<>();
            articles.forEach(a -> batch.put(a.extraction().article().locator(), a.graph()));
            store.replaceArticles(batch);
            Set<Quad> batched = events(store);
            store.rebuildEvents();
            Set<Quad> rebuilt = events(store);
            assertTrue(one.equals(rebuilt), "one at a time: " + difference(one, rebuilt));
            assertTrue(batched.equals(rebuilt), "in one batch: " + difference(batched, rebuilt));
        }
    }

    @Test
    void anEventKeepsItsIriAsReportsOfItArrive() {
        try (ParleyStore store = ParleyStore.open(dir)) {
            Actor ada = ACTORS.get(0);
            Actor bo = ACTORS.get(1);
            Reports first = article("first.txt").published("2021-02-02").contact(ContactType.MEETING, "2021-02-01", "Portmouth", ada, bo);
            store.replaceArticle("first.txt", first.graph());
            String iri = store.read(Events::of).reportedBy("first.txt").iri();
            store.replaceArticle("more.txt", article("more.txt").published("2021-02-03")
                    .contact(ContactType.MEETING, "2021-02-01", null, ada, bo, ACTORS.get(2)).graph());
            store.replaceArticle("month.txt", article("month.txt").published("2021-04-03")
                    .background(ContactType.MEETING, "2021-02", null, ada, bo).graph());
            store.replaceArticle("undated.txt", article("undated.txt").published("2021-02-10")
                    .contact(ContactType.MEETING, null, null, ada, bo).graph());
            Events events = store.read(Events::of);
            assertEquals(1, events.size(), events.toString());
            assertEquals(iri, events.reportedBy("undated.txt").iri());
            assertEquals(4, events.reportedBy("first.txt").sources().size());
        }
    }

    @Test
    void aThreeWayMeetingAndTwoWayTalksOfOneDayAreTwoEventsInEveryOrderOfArrivalWithIrisTheyKeep() {
        Actor ada = ACTORS.get(0);
        Actor bo = ACTORS.get(1);
        Actor cy = ACTORS.get(2);
        // Ada and Bo talked alone and met Cy the same day: one article reports both, one the three-way meeting, one
        // the two-way talks.
        Map<String, Reports> articles = Map.of(
                "both.txt", article("both.txt").published("2021-03-06")
                        .contact(ContactType.MEETING, "2021-03-05", "Hillford", ada, bo, cy)
                        .contact(ContactType.MEETING, "2021-03-05", "Hillford", ada, bo),
                "three.txt", article("three.txt").published("2021-03-06")
                        .contact(ContactType.MEETING, "2021-03-05", null, ada, bo, cy),
                "two.txt", article("two.txt").published("2021-03-07")
                        .contact(ContactType.MEETING, "2021-03-05", "Hillford", ada, bo));
        Set<Events> outcomes = new HashSet<>();
        for (List<String> order : orders(List.copyOf(articles.keySet()))) {
            try (ParleyStore store = ParleyStore.open(dir.resolve(String.join("-", order)))) {
                List<Events> steps = new ArrayList<>();
                for (String locator : order) {
                    store.replaceArticle(locator, articles.get(locator).graph());
                    steps.add(store.read(Events::of));
                }
                Events events = steps.get(steps.size() - 1);
                assertEquals(2, events.size(), order + ": " + events);
                assertEquals(Set.of("both.txt", "three.txt"), events.reportedBy("three.txt").sources(), order + ": " + events);
                assertEquals(Set.of("both.txt", "two.txt"), events.reportedBy("two.txt").sources(), order + ": " + events);
                // An event that is already part of one of the final events, of the same participants, has its IRI.
                for (Events step : steps) {
                    for (Events.Event early : step.all()) {
                        events.all().stream().filter(e -> e.sources().containsAll(early.sources())
                                        && e.participants().equals(early.participants()))
                                .forEach(e -> assertEquals(e.iri(), early.iri(), order + ": " + step + " then " + events));
                    }
                }
                store.rebuildEvents();
                assertEquals(events, store.read(Events::of), order + ": rebuilt");
                outcomes.add(events);
            }
        }
        assertEquals(1, outcomes.size(), outcomes.toString());
    }

    /** Every order of the items. */
    private static List<List<String>> orders(List<String> items) {
        if (items.isEmpty()) {
            return List.of(List.of());
        }
        List<List<String>> orders = new ArrayList<>();
        for (String first : items) {
            List<String> rest = new ArrayList<>(items);
            rest.remove(first);
            for (List<String> order : orders(rest)) {
                List<String> whole = new ArrayList<>(List.of(first));
                whole.addAll(order);
                orders.add(whole);
            }
        }
        return orders;
    }

    /** What one set has that the other has not, both ways, briefly. */
    private static String difference(Set<Quad> a, Set<Quad> b) {
        Set<Quad> onlyA = new HashSet<>(a);
        onlyA.removeAll(b);
        Set<Quad> onlyB = new HashSet<>(b);
        onlyB.removeAll(a);
        return onlyA.stream().limit(5).toList() + " but not " + onlyB.stream().limit(5).toList();
    }

    private static Set<Quad> events(ParleyStore store) {
        return store.read(dataset -> new HashSet<>(List.of(Events.quads(dataset))));
    }

    @Test
    void theRandomArticlesMergeSomewhere() {
        // Guards the test above against reports too far apart ever to merge.
        DatasetHolder holder = new DatasetHolder(randomArticles(new Random(3), 30));
        assertTrue(holder.events.all().stream().anyMatch(e -> e.sources().size() > 1), holder.events.toString());
    }

    private static final class DatasetHolder {
        final Events events;

        DatasetHolder(List<Reports> articles) {
            events = Events.of(Reports.merged(articles.toArray(Reports[]::new)));
        }
    }
}

package org.parley.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.parley.merge.Reports.article;
import static org.parley.merge.Reports.person;
import static org.parley.model.ContactType.MEETING;
import static org.parley.model.ContactType.PHONE_CALL;
import static org.parley.model.ContactType.VISIT;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.parley.model.Actor;
import org.parley.rdf.Parley;

/**
 * {@code parley:dateText}, the facet a query filters events by date on: on every event, its date's text at the
 * date's precision, and the empty text for an undated event (the contacts query's date column, read from one index).
 */
class EventDateTextTest {
    private static final List<Actor> PEOPLE = List.of(person("Ada Lind"), person("Bo Chen"), person("Cy Okafor"),
            person("Dee Marsh"), person("Eli Varga"));

    @Test
    void everyEventHasItsDateAsTextAndAnUndatedOneTheEmptyText() {
        // Each pair of people meets once, dated to a day, a month, a year or not at all, by turns.
        List<String> dates = List.of("2021-03-09", "2019-11", "2017", "");
        List<Reports> articles = new ArrayList<>();
        int n = 0;
        for (int i = 0; i < PEOPLE.size(); i++) {
            for (int j = i + 1; j < PEOPLE.size(); j++, n++) {
                String date = dates.get(n % dates.size());
                Reports article = article("a" + n + ".txt").published("2022-06-0" + (1 + n % 9));
                articles.add(date.length() == 10 ? article.contact(n % 2 == 0 ? MEETING : PHONE_CALL, date, null, PEOPLE.get(i), PEOPLE.get(j))
                        : date.isEmpty() ? article.contact(VISIT, null, null, PEOPLE.get(i))
                        : article.background(MEETING, date, null, PEOPLE.get(i), PEOPLE.get(j)));
            }
        }
        DatasetGraph dataset = Reports.merged(articles.toArray(Reports[]::new));
        Map<String, String> texts = new TreeMap<>();
        dataset.find(Events.GRAPH, Node.ANY, Parley.report.asNode(), Node.ANY).forEachRemaining(q -> {
            Node event = q.getSubject();
            List<String> text = new ArrayList<>();
            dataset.find(Events.GRAPH, event, Parley.dateText.asNode(), Node.ANY)
                    .forEachRemaining(d -> text.add(d.getObject().getLiteralLexicalForm()));
            List<String> date = new ArrayList<>();
            dataset.find(Events.GRAPH, event, Parley.date.asNode(), Node.ANY)
                    .forEachRemaining(d -> date.add(d.getObject().getLiteralLexicalForm()));
            assertEquals(1, text.size(), "one date text on " + event);
            assertEquals(date.isEmpty() ? "" : date.get(0), text.get(0), event.toString());
            texts.put(event.getURI(), text.get(0));
        });
        assertEquals(List.of("", "2017", "2019-11", "2021-03-09"), texts.values().stream().distinct().sorted().toList(),
                "every precision, and undated, among the events");
    }
}

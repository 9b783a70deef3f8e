package org.parley.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.parley.merge.Reports.article;
import static org.parley.merge.Reports.person;
import static org.parley.model.ContactType.MEETING;
import static org.parley.model.ContactType.PHONE_CALL;
import static org.parley.model.ContactType.VISIT;

import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.rdf.Parley;

/** The merge rules, each on reports made up for it. */
class MergeRulesTest {
    private static final Actor ADA = person("Ada Lind");
    private static final Actor BO = person("Bo Chen");
    private static final Actor CY = person("Cy Okafor");
    private static final Actor DEE = person("Dee Marsh");

    @Test
    void aMonthReportJoinsTheOneDayEventOfItsMonthThatFits() {
        Events events = Events.of(Reports.merged(
                article("day.txt").published("2022-03-10").contact(MEETING, "2022-03-09", "Lisbon", ADA, BO),
                article("month.txt").published("2022-05-02").background(MEETING, "2022-03", null, ADA, BO),
                article("other-pair.txt").published("2022-03-12").contact(MEETING, "2022-03-11", "Lisbon", ADA, CY)));
        assertEquals(2, events.size(), events.toString());
        assertEquals(Set.of("day.txt", "month.txt"), events.reportedBy("month.txt").sources());
        assertEquals("2022-03-09", events.reportedBy("month.txt").date(), "the day, not the month");
    }

    @Test
    void aMonthReportWithTwoDayEventsInItsMonthJoinsNeither() {
        Events events = Events.of(Reports.merged(
                article("first.txt").published("2022-03-03").contact(MEETING, "2022-03-02", "Lisbon", ADA, BO),
                article("second.txt").published("2022-03-21").contact(MEETING, "2022-03-20", "Porto", ADA, BO),
                article("month.txt").published("2022-06-01").background(MEETING, "2022-03", null, ADA, BO)));
        assertEquals(3, events.size(), events.toString());
        assertEquals("2022-03", events.reportedBy("month.txt").date());
    }

    @Test
    void placesAgreeAlongThePlaceHierarchy() {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        Reports.locatedIn(dataset, "Harbour Hall", "Portmouth");
        Reports.locatedIn(dataset, "Portmouth", "Westland");
        Reports.locatedIn(dataset, "Hillford", "Westland");
        article("country.txt").published("2021-07-05").contact(MEETING, "2021-07-04", "Westland", ADA, BO).addTo(dataset);
        article("venue.txt").published("2021-07-05").contact(MEETING, "2021-07-04", "Harbour Hall", ADA, BO).addTo(dataset);
        article("city.txt").published("2021-07-06").contact(MEETING, "2021-07-04", "Portmouth", ADA, BO).addTo(dataset);
        article("elsewhere.txt").published("2021-07-06").contact(MEETING, "2021-07-04", "Hillford", ADA, BO).addTo(dataset);
        new EventMerger().rebuild(dataset);
        Events events = Events.of(dataset);
        assertEquals(2, events.size(), "another city of the same country is another meeting: " + events);
        assertEquals(Set.of("country.txt", "venue.txt", "city.txt"), events.reportedBy("venue.txt").sources());
        assertEquals("harbour-hall", events.reportedBy("country.txt").place(), "the most specific place");
        assertEquals("hillford", events.reportedBy("elsewhere.txt").place());
    }

    @Test
    void aPlaceTheHierarchyDoesNotKnowAgreesWithAny() {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        Reports.locatedIn(dataset, "Portmouth", "Westland");
        article("known.txt").published("2021-07-05").contact(MEETING, "2021-07-04", "Portmouth", ADA, BO).addTo(dataset);
        article("unknown.txt").published("2021-07-05").contact(MEETING, "2021-07-04", "Old Quay", ADA, BO).addTo(dataset);
        article("undated.txt").published("2021-07-20").contact(MEETING, null, "Cape Lark", ADA, BO).addTo(dataset);
        new EventMerger().rebuild(dataset);
        Events events = Events.of(dataset);
        assertEquals(Set.of("known.txt", "unknown.txt"), events.reportedBy("known.txt").sources(), "dated to the day");
        assertEquals(Set.of("undated.txt"), events.reportedBy("undated.txt").sources(), "undated: the place must agree");
    }

    @Test
    void aMonthReportWithAKnownPlaceJoinsAnEventOneOfWhoseReportsNamesAPlaceTheHierarchyLacks() {
        // The day reports name the country, the venue, and a region the hierarchy lacks; the month report names the
        // venue, and one of the day reports shows it to agree. A month report naming another city joins nothing.
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        Reports.locatedIn(dataset, "Harbour Hall", "Westland");
        Reports.locatedIn(dataset, "Hillford", "Westland");
        article("country.txt").published("2021-07-05").contact(MEETING, "2021-07-04", "Westland", ADA, BO).addTo(dataset);
        article("region.txt").published("2021-07-05").contact(MEETING, "2021-07-04", "The Far Coast", ADA, BO).addTo(dataset);
        article("venue.txt").published("2021-07-06").contact(MEETING, "2021-07-04", "Harbour Hall", ADA, BO).addTo(dataset);
        article("month.txt").published("2022-01-10").background(MEETING, "2021-07", "Harbour Hall", ADA, BO).addTo(dataset);
        article("elsewhere.txt").published("2022-01-10").background(MEETING, "2021-07", "Hillford", ADA, BO).addTo(dataset);
        new EventMerger().rebuild(dataset);
        Events events = Events.of(dataset);
        assertEquals(Set.of("country.txt", "region.txt", "venue.txt", "month.txt"), events.reportedBy("month.txt").sources());
        assertEquals(Set.of("elsewhere.txt"), events.reportedBy("elsewhere.txt").sources());
    }

    @Test
    void anUndatedReportJoinsTheOneFittingEventShortlyBeforeItsPublication() {
        Events events = Events.of(Reports.merged(
                article("dated.txt").published("2020-11-02").contact(PHONE_CALL, "2020-11-01", null, ADA, BO),
                article("soon.txt").published("2020-11-20").contact(PHONE_CALL, null, null, ADA, BO),
                article("late.txt").published("2021-02-20").contact(PHONE_CALL, null, null, ADA, BO)));
        assertEquals(Set.of("dated.txt", "soon.txt"), events.reportedBy("soon.txt").sources());
        assertEquals(Set.of("late.txt"), events.reportedBy("late.txt").sources(), "months later: another call");
        assertNull(events.reportedBy("late.txt").date(), "an unknown date stays unknown");
    }

    @Test
    void anUndatedReportWithTwoFittingEventsInItsWindowJoinsNone() {
        Events events = Events.of(Reports.merged(
                article("one.txt").published("2020-11-02").contact(PHONE_CALL, "2020-11-01", null, ADA, BO),
                article("two.txt").published("2020-11-12").contact(PHONE_CALL, "2020-11-11", null, ADA, BO),
                article("undated.txt").published("2020-11-20").contact(PHONE_CALL, null, null, ADA, BO)));
        assertEquals(3, events.size(), events.toString());
        assertEquals(Set.of("undated.txt"), events.reportedBy("undated.txt").sources());
    }

    @Test
    void aMultiDayVisitIsOneEventThatKeepsItsSpan() {
        DatasetGraph dataset = Reports.merged(
                article("arrival.txt").published("2019-05-06").contact(VISIT, "2019-05-05", "Portmouth", ADA),
                article("arrival-2.txt").published("2019-05-06").contact(VISIT, "2019-05-05", "Portmouth", ADA),
                article("talks.txt").published("2019-05-08").contact(VISIT, "2019-05-07", "Portmouth", ADA),
                article("next-trip.txt").published("2019-05-20").contact(VISIT, "2019-05-19", "Portmouth", ADA));
        Events events = Events.of(dataset);
        assertEquals(2, events.size(), events.toString());
        Events.Event visit = events.reportedBy("talks.txt");
        assertEquals(Set.of("arrival.txt", "arrival-2.txt", "talks.txt"), visit.sources());
        assertEquals("2019-05-05", visit.date(), "the best-supported day");
        Node event = NodeFactory.createURI(visit.iri());
        assertEquals("2019-05-05", literal(dataset, event, Parley.firstDay));
        assertEquals("2019-05-07", literal(dataset, event, Parley.lastDay));
    }

    @Test
    void meetingsOnDifferentDaysNeverMerge() {
        Events events = Events.of(Reports.merged(
                article("a.txt").published("2019-05-06").contact(MEETING, "2019-05-05", "Portmouth", ADA, BO),
                article("b.txt").published("2019-05-08").contact(MEETING, "2019-05-07", "Portmouth", ADA, BO)));
        assertEquals(2, events.size());
    }

    @Test
    void participantSetsMergeOnlyWhenOneHoldsTheOther() {
        Events events = Events.of(Reports.merged(
                article("pair.txt").published("2018-01-11").contact(MEETING, "2018-01-10", null, ADA, BO),
                article("with-aide.txt").published("2018-01-11").contact(MEETING, "2018-01-10", null, ADA, BO, CY),
                article("other-aide.txt").published("2018-01-11").contact(MEETING, "2018-01-10", null, ADA, CY, DEE),
                article("other-pair.txt").published("2018-01-11").contact(MEETING, "2018-01-10", null, BO, DEE)));
        assertEquals(Set.of("pair.txt", "with-aide.txt"), events.reportedBy("pair.txt").sources());
        assertEquals(Set.of("other-aide.txt"), events.reportedBy("other-aide.txt").sources(), "they share two, but neither holds the other");
        assertEquals(Set.of("other-pair.txt"), events.reportedBy("other-pair.txt").sources());
    }

    @Test
    void aReportNamingFewerJoinsNoneOfTwoEventsThatHoldItsParticipants() {
        // Ada and Bo met Cy and, the same day, Dee: which of the two meetings an article naming only Ada and Bo
        // reports is not known.
        Events events = Events.of(Reports.merged(
                article("with-cy.txt").published("2018-01-11").contact(MEETING, "2018-01-10", null, ADA, BO, CY),
                article("with-dee.txt").published("2018-01-11").contact(MEETING, "2018-01-10", null, ADA, BO, DEE),
                article("pair.txt").published("2018-01-11").contact(MEETING, "2018-01-10", null, ADA, BO)));
        assertEquals(3, events.size(), events.toString());
        assertEquals(Set.of("pair.txt"), events.reportedBy("pair.txt").sources());
    }

    @Test
    void articlesNamingTwoOfAThreeWayMeetingsParticipantsJoinIt() {
        // With no two-way talks of that day reported, any two of the three are the three-way meeting, told briefly.
        Events events = Events.of(Reports.merged(
                article("full.txt").published("2018-06-03").contact(MEETING, "2018-06-02", "Greyhaven", ADA, BO, CY),
                article("full-2.txt").published("2018-06-03").contact(MEETING, "2018-06-02", null, ADA, BO, CY),
                article("hosts.txt").published("2018-06-03").contact(MEETING, "2018-06-02", "Greyhaven", ADA, BO),
                article("guests.txt").published("2018-06-04").contact(MEETING, "2018-06-02", null, BO, CY)));
        assertEquals(1, events.size(), events.toString());
        assertEquals(Set.of("ada-lind", "bo-chen", "cy-okafor"), events.reportedBy("hosts.txt").participants());
    }

    @Test
    void reportsAgreeingOnMorePeopleThanAnEventAreAContactOfTheirOwnWhereOneAloneJoinsIt() {
        // Ada and Bo met on the 9th; articles recall that Ada, Bo and Cy met in March. Two that agree on the three are
        // a meeting of the three, which the day's talks of two need not be; one alone may be a fuller account of them.
        Reports day = article("day.txt").published("2022-03-10").contact(MEETING, "2022-03-09", "Lisbon", ADA, BO);
        Reports recall = article("recall.txt").published("2022-05-02").background(MEETING, "2022-03", null, ADA, BO, CY);
        Reports again = article("again.txt").published("2022-05-09").background(MEETING, "2022-03", null, ADA, BO, CY);
        Events two = Events.of(Reports.merged(day, recall, again));
        assertEquals(2, two.size(), two.toString());
        assertEquals(Set.of("recall.txt", "again.txt"), two.reportedBy("recall.txt").sources());
        Events one = Events.of(Reports.merged(day, recall));
        assertEquals(Set.of("day.txt", "recall.txt"), one.reportedBy("recall.txt").sources());
    }

    @Test
    void aReportNamingTheTwoOfATwoWayAndAThreeWayMeetingOfOneDayJoinsTheTwoWayOne() {
        // Ada and Bo talked alone and then with Cy (the first article reports both): an article naming only Ada and
        // Bo agrees exactly with the two-way talks and only in part with the three-way meeting, which would have
        // named Cy. Exact agreement wins.
        Events events = Events.of(Reports.merged(
                article("both.txt").published("2018-06-03")
                        .contact(MEETING, "2018-06-02", "Greyhaven", ADA, BO, CY)
                        .contact(MEETING, "2018-06-02", "Greyhaven", ADA, BO),
                article("three.txt").published("2018-06-03").contact(MEETING, "2018-06-02", "Greyhaven", ADA, BO, CY),
                article("three-2.txt").published("2018-06-04").contact(MEETING, "2018-06-02", null, ADA, BO, CY),
                article("two.txt").published("2018-06-03").contact(MEETING, "2018-06-02", null, ADA, BO)));
        assertEquals(2, events.size(), events.toString());
        assertEquals(Set.of("both.txt", "three.txt", "three-2.txt"), events.reportedBy("three.txt").sources());
        assertEquals(Set.of("both.txt", "two.txt"), events.reportedBy("two.txt").sources());
        assertEquals(Set.of("ada-lind", "bo-chen"), events.reportedBy("two.txt").participants());
    }

    @Test
    void eventsCarryTheirMonthAndTheirParticipantsCountries() {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        Node gazetteer = NodeFactory.createURI(Parley.GAZETTEER_GRAPH);
        Node ada = NodeFactory.createURI(Parley.ID + ADA.key());
        Node bo = NodeFactory.createURI(Parley.ID + BO.key());
        Node position = NodeFactory.createURI(Parley.ID + "position/ada");
        Node office = NodeFactory.createURI(Parley.ID + "office/WST/head-of-state");
        dataset.add(gazetteer, ada, Parley.positionHeld.asNode(), position);
        dataset.add(gazetteer, position, Parley.office.asNode(), office);
        dataset.add(gazetteer, position, Parley.startDate.asNode(), NodeFactory.createLiteralString("2015-01-01"));
        dataset.add(gazetteer, position, Parley.endDate.asNode(), NodeFactory.createLiteralString("2019-01-01"));
        dataset.add(gazetteer, office, Parley.country.asNode(), country("WST"));
        dataset.add(gazetteer, bo, Parley.country.asNode(), country("EST"));
        Node east = country("EST");
        dataset.add(gazetteer, east, RDF.type.asNode(), Parley.Country.asNode());
        Actor eastland = new Actor("country/EST", "Eastland", ActorKind.COUNTRY, null, "EST", null);
        article("in-office.txt").published("2018-02-03").contact(MEETING, "2018-02-02", null, ADA, BO).addTo(dataset);
        article("after.txt").published("2020-02-03").contact(MEETING, "2020-02-02", null, ADA, eastland).addTo(dataset);
        new EventMerger().rebuild(dataset);
        Events events = Events.of(dataset);
        Node inOffice = NodeFactory.createURI(events.reportedBy("in-office.txt").iri());
        assertEquals("2018-02", literal(dataset, inOffice, Parley.month));
        assertEquals(Set.of(country("WST"), east), objects(dataset, inOffice, Parley.participantCountry));
        Node after = NodeFactory.createURI(events.reportedBy("after.txt").iri());
        assertEquals(Set.of(east), objects(dataset, after, Parley.participantCountry), "out of office, Ada stands for no country");
    }

    private static Node country(String iso3) {
        return NodeFactory.createURI(Parley.ID + "country/" + iso3);
    }

    private static String literal(DatasetGraph dataset, Node subject, Property property) {
        return dataset.find(Events.GRAPH, subject, property.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm();
    }

    private static Set<Node> objects(DatasetGraph dataset, Node subject, Property property) {
        return dataset.stream(Events.GRAPH, subject, property.asNode(), Node.ANY).map(q -> q.getObject())
                .collect(Collectors.toSet());
    }
}

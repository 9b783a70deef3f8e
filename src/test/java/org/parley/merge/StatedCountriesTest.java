package org.parley.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.parley.merge.Reports.article;
import static org.parley.model.ContactType.MEETING;
import static org.parley.model.ContactType.PHONE_CALL;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.rdf.Parley;

/**
 * The country an actor without offices stands for on an event: the one the event's own articles state (or the
 * gazetteer), not what other articles say of the same actor, so that an event's facets depend on its reports alone,
 * as the incremental merge needs, and a merge reads no more than the event's articles.
 */
class StatedCountriesTest {
    @Test
    void anActorStandsForTheCountryItsEventsOwnArticlesState() {
        // The same envoy (one IRI), said by each article to be of another country; each event keeps its article's.
        List<String> countries = List.of("WST", "EST", "NTH");
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        for (int i = 0; i < countries.size(); i++) {
            Actor envoy = new Actor("person/sam-envoy", "Sam Envoy", ActorKind.PERSON, null, countries.get(i), null);
            Actor host = new Actor("person/host-" + i, "Host " + i, ActorKind.PERSON, null, "SOU", null);
            article("a" + i + ".txt").published("2021-0" + (i + 1) + "-10")
                    .contact(i % 2 == 0 ? MEETING : PHONE_CALL, "2021-0" + (i + 1) + "-09", null, envoy, host).addTo(dataset);
        }
        new EventMerger().rebuild(dataset);
        Events events = Events.of(dataset);
        for (int i = 0; i < countries.size(); i++) {
            Node event = NodeFactory.createURI(events.reportedBy("a" + i + ".txt").iri());
            assertEquals(Set.of(country(countries.get(i)), country("SOU")), dataset.stream(Events.GRAPH, event,
                    Parley.participantCountry.asNode(), Node.ANY).map(q -> q.getObject()).collect(Collectors.toSet()),
                    "a" + i + ".txt");
        }
    }

    private static Node country(String iso3) {
        return NodeFactory.createURI(Parley.ID + "country/" + iso3);
    }
}

package org.parley.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Resource;
import org.parley.rdf.Parley;

/**
 * What a store holds, counted.
 *
 * @param articles       article graphs
 * @param actors         distinct actors that take part in a contact or make a statement
 * @param eventsByType   merged events in the events graph by class, every event class listed
 * @param contactReports contact reports in the article graphs
 * @param statements     statements in the article graphs
 * @param quads          quads in the named graphs
 */
public record StoreStats(long articles, long actors, Map<Resource, Long> eventsByType, long contactReports,
                         long statements, long quads) {

    /** The event classes, in the order they are reported. */
    public static final List<Resource> EVENT_TYPES =
            List.of(Parley.Meeting, Parley.PhoneCall, Parley.VideoCall, Parley.Visit);

    private static final String PREFIXES = "PREFIX parley: <" + Parley.NS + ">\n";

    public StoreStats {
        eventsByType = Map.copyOf(eventsByType);
    }

    public long events() {
        return eventsByType.values().stream().mapToLong(Long::longValue).sum();
    }

    public static StoreStats of(ParleyStore store) {
        Map<Resource, Long> events = new LinkedHashMap<>();
        for (Resource type : EVENT_TYPES) {
            events.put(type, count(store, "GRAPH <" + Parley.EVENTS_GRAPH + "> { ?x a <" + type.getURI() + "> }"));
        }
        return new StoreStats(
                count(store, "GRAPH ?g { ?x a parley:Article ; parley:locator ?locator }"),
                count(store, "GRAPH ?g { ?s parley:participant|parley:visitor|parley:speaker ?x }"),
                events,
                count(store, "GRAPH ?g { ?g a parley:Article . ?x a parley:ContactReport }"),
                count(store, "GRAPH ?g { ?g a parley:Article . ?x a parley:Statement }"),
                store.quadCount());
    }

    /** Distinct bindings of ?x in the pattern. */
    private static long count(ParleyStore store, String pattern) {
        Query query = QueryFactory.create(PREFIXES + "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { " + pattern + " }");
        ResultSetRewindable results = store.select(query, Map.of());
        return results.next().getLiteral("n").getLong();
    }
}

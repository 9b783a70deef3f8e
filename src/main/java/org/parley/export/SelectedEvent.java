package org.parley.export;

import java.util.List;
import org.apache.jena.graph.Node;

/**
 * An event of the events graph that passed the export's filter.
 *
 * @param iri          the event
 * @param type         its class (parley:Meeting, ...)
 * @param date         its date as stored, or empty
 * @param span         the days the date covers, or null when undated
 * @param participants its participants, sorted by IRI
 * @param reports      its contact reports, one per article account
 */
record SelectedEvent(Node iri, Node type, String date, DateSpan span, List<Node> participants, List<Node> reports) {
}

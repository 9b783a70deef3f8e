package org.parley.merge;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.parley.rdf.Ids;
import org.parley.rdf.Parley;

/**
 * Merges the contact reports of all articles into events, one per real contact, in the events graph; see
 * {@link Clustering} for the rules. Call inside a write transaction.
 * <p>
 * The store keeps a blocking index in its default graph (which queries never see): each report's keys, a key per
 * principal pair and month its date can reach ({@link Blocking}). A change re-clusters only the reports connected
 * to the changed ones through shared keys, and rewrites only their events; since no decision ever looks beyond
 * shared keys, the result equals a full {@link #rebuild}. An event's IRI comes from its defining report's family,
 * date and participants ({@link EventCluster#defining}), so it stays as reports of the same contact arrive.
 */
public final class EventMerger {
    /** {@code <report> block "key"}: the blocking index, in the store's default graph. */
    public static final Node BLOCK = NodeFactory.createURI(Parley.ID + "store#block");
    /** {@code <report> blockAnyTime "key"}: a dated report's keys for undated reports of undated articles. */
    public static final Node BLOCK_ANY_TIME = NodeFactory.createURI(Parley.ID + "store#blockAnyTime");

    /** Re-clusters every report: the events graph and the blocking index are rebuilt from the article graphs. */
    public void rebuild(DatasetGraph dataset) {
        dataset.deleteAny(Quad.defaultGraphIRI, Node.ANY, BLOCK, Node.ANY);
        dataset.deleteAny(Quad.defaultGraphIRI, Node.ANY, BLOCK_ANY_TIME, Node.ANY);
        dataset.deleteAny(EventWriter.EVENTS, Node.ANY, Node.ANY, Node.ANY);
        List<ContactReportRecord> reports = new ArrayList<>();
        Set<Node> seen = new HashSet<>();
        dataset.find(Node.ANY, Node.ANY, RDF.type.asNode(), Parley.ContactReport.asNode()).forEachRemaining(q -> {
            if (seen.add(q.getSubject())) {
                ContactReportRecord record = ReportReader.read(dataset, q.getSubject());
                if (record != null) {
                    reports.add(record);
                }
            }
        });
        reports.forEach(r -> index(dataset, r));
        write(dataset, reports);
    }

    /**
     * Brings the events up to date after reports changed: {@code removed} were taken out of the article graphs
     * (or replaced), {@code added} are now in them. A report in both was replaced.
     */
    public void update(DatasetGraph dataset, Collection<Node> removed, Collection<Node> added) {
        Set<String> frontier = new LinkedHashSet<>();
        for (Node report : removed) {
            for (Node predicate : List.of(BLOCK, BLOCK_ANY_TIME)) {
                frontier.addAll(keysOf(dataset, report, predicate));
                dataset.deleteAny(Quad.defaultGraphIRI, report, predicate, Node.ANY);
            }
        }
        Set<Node> component = new LinkedHashSet<>();
        for (Node report : added) {
            ContactReportRecord record = ReportReader.read(dataset, report);
            if (record != null) {
                frontier.addAll(index(dataset, record));
                component.add(report);
            }
        }
        component.addAll(connected(dataset, frontier));
        // The events the component's reports were in, with their reports: one that comes out of the clustering
        // with the same IRI and the same reports (none of them changed) is left as it is.
        Map<Node, Set<Node>> before = new HashMap<>();
        for (Node report : union(removed, component)) {
            dataset.find(EventWriter.EVENTS, Node.ANY, Parley.report.asNode(), report)
                    .forEachRemaining(q -> before.computeIfAbsent(q.getSubject(), e -> reportsOfEvent(dataset, e)));
        }
        Set<Node> changed = new HashSet<>(removed);
        changed.addAll(added);
        List<ContactReportRecord> records = new ArrayList<>();
        for (Node report : component) {
            ContactReportRecord record = ReportReader.read(dataset, report);
            if (record != null) {
                records.add(record);
            }
        }
        PlaceHierarchy places = new PlaceHierarchy(dataset);
        EventWriter writer = new EventWriter(dataset, places);
        Map<Node, EventCluster> after = events(records, places);
        before.forEach((event, reports) -> {
            EventCluster cluster = after.get(event);
            if (cluster != null && reports.equals(reportNodes(cluster)) && reports.stream().noneMatch(changed::contains)) {
                after.remove(event);
            } else {
                writer.delete(event);
            }
        });
        after.forEach(writer::write);
    }

    private static Set<Node> reportsOfEvent(DatasetGraph dataset, Node event) {
        Set<Node> reports = new HashSet<>();
        dataset.find(EventWriter.EVENTS, event, Parley.report.asNode(), Node.ANY)
                .forEachRemaining(q -> reports.add(q.getObject()));
        return reports;
    }

    private static Set<Node> reportNodes(EventCluster cluster) {
        Set<Node> reports = new HashSet<>();
        cluster.reports.forEach(r -> reports.add(NodeFactory.createURI(r.iri())));
        return reports;
    }

    /** The contact reports an article graph holds. */
    public static Set<Node> reportsOf(DatasetGraph dataset, Node graph) {
        Set<Node> reports = new LinkedHashSet<>();
        dataset.find(graph, Node.ANY, RDF.type.asNode(), Parley.ContactReport.asNode())
                .forEachRemaining(q -> reports.add(q.getSubject()));
        return reports;
    }

    /**
     * Every report reachable from the keys through reports that share a key. An any-time key connects the dated
     * reports that hold it only where an undated report of an undated article holds it too.
     */
    private static Set<Node> connected(DatasetGraph dataset, Set<String> keys) {
        Set<Node> reports = new LinkedHashSet<>();
        Set<String> done = new HashSet<>(keys);
        Deque<String> todo = new ArrayDeque<>(keys);
        while (!todo.isEmpty()) {
            Node key = NodeFactory.createLiteralString(todo.poll());
            List<Node> holders = holders(dataset, BLOCK, key);
            if (!holders.isEmpty()) {
                holders = new ArrayList<>(holders);
                holders.addAll(holders(dataset, BLOCK_ANY_TIME, key));
            }
            for (Node report : holders) {
                if (reports.add(report)) {
                    for (Node predicate : List.of(BLOCK, BLOCK_ANY_TIME)) {
                        keysOf(dataset, report, predicate).stream().filter(done::add).forEach(todo::add);
                    }
                }
            }
        }
        return reports;
    }

    private static List<Node> holders(DatasetGraph dataset, Node predicate, Node key) {
        return Iter.iter(dataset.find(Quad.defaultGraphIRI, Node.ANY, predicate, key)).map(Quad::getSubject).toList();
    }

    private static List<String> keysOf(DatasetGraph dataset, Node report, Node predicate) {
        return Iter.iter(dataset.find(Quad.defaultGraphIRI, report, predicate, Node.ANY))
                .map(q -> q.getObject().getLiteralLexicalForm()).toList();
    }

    private static Set<String> index(DatasetGraph dataset, ContactReportRecord report) {
        Node node = NodeFactory.createURI(report.iri());
        Set<String> keys = Blocking.keys(report);
        keys.forEach(key -> dataset.add(Quad.defaultGraphIRI, node, BLOCK, NodeFactory.createLiteralString(key)));
        Set<String> anyTime = report.dating() == ContactReportRecord.Dating.NONE ? Set.of() : Blocking.anyTimeKeys(report);
        anyTime.forEach(key -> dataset.add(Quad.defaultGraphIRI, node, BLOCK_ANY_TIME, NodeFactory.createLiteralString(key)));
        Set<String> all = new LinkedHashSet<>(keys);
        all.addAll(anyTime);
        return all;
    }

    private static void write(DatasetGraph dataset, List<ContactReportRecord> reports) {
        PlaceHierarchy places = new PlaceHierarchy(dataset);
        EventWriter writer = new EventWriter(dataset, places);
        events(reports, places).forEach(writer::write);
    }

    /** The reports clustered into events, by event IRI. */
    private static Map<Node, EventCluster> events(List<ContactReportRecord> reports, PlaceHierarchy places) {
        Map<Node, EventCluster> events = new LinkedHashMap<>();
        Map<String, Integer> identities = new HashMap<>();
        for (EventCluster cluster : Clustering.cluster(reports, places)) {
            String identity = cluster.identity();
            // Two contacts alike in family, date and participants that still did not merge (different places,
            // or reported by one article) are told apart by their defining reports.
            if (identities.merge(identity, 1, Integer::sum) > 1) {
                identity += "|" + cluster.defining().iri();
            }
            events.put(NodeFactory.createURI(Parley.ID + "event/" + Ids.hash(identity)), cluster);
        }
        return events;
    }

    private static Set<Node> union(Collection<Node> a, Collection<Node> b) {
        Set<Node> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return all;
    }
}

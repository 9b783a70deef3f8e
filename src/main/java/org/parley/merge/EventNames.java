package org.parley.merge;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.SKOS;

/**
 * The names an event's reports give its participants and its place, each read in the report's own article graph:
 * what a query would otherwise look up report by report, written beside the event once. An article graph changes
 * only with its article, which re-merges its reports' events, so that these names stay what the reports say. The
 * labels are the article graphs' literals as they are (a language tag kept).
 */
final class EventNames {
    private final DatasetGraph dataset;

    EventNames(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    /** Each participant's labels, from the article graph of every report that names it as a participant. */
    Map<String, Set<Node>> participants(EventCluster cluster) {
        Map<String, Set<Node>> labels = new LinkedHashMap<>();
        cluster.participants().forEach(p -> labels.put(p, new LinkedHashSet<>()));
        for (ContactReportRecord report : cluster.reports) {
            for (String participant : report.participants()) {
                labels.get(participant).addAll(labels(report.article(), participant));
            }
        }
        return labels;
    }

    /** The place's labels, from the article graph of every report that gives this place. */
    Set<Node> place(EventCluster cluster, String place) {
        Set<Node> labels = new LinkedHashSet<>();
        cluster.reports.stream().filter(r -> place.equals(r.placeIri()))
                .forEach(r -> labels.addAll(labels(r.article(), place)));
        return labels;
    }

    private Set<Node> labels(String graph, String subject) {
        Set<Node> labels = new LinkedHashSet<>();
        dataset.find(NodeFactory.createURI(graph), NodeFactory.createURI(subject), SKOS.prefLabel.asNode(), Node.ANY)
                .forEachRemaining(q -> labels.add(q.getObject()));
        return labels;
    }
}

package org.parley.merge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.parley.model.ContactType;
import org.parley.model.PartialDate;
import org.parley.rdf.ArticleGraphs;
import org.parley.rdf.EventFacets;
import org.parley.rdf.Ids;
import org.parley.rdf.Parley;

/**
 * Merges the contact reports of all articles into events, one per real contact, and writes them to the
 * events graph. The result depends only on the set of reports, never on the order they arrived in:
 * reports are clustered in an order fixed by their content, and an event's IRI comes from its anchor
 * report's content. Call inside a write transaction.
 *
 * <p>Dated reports join a cluster of the same type family whose principal participants they share and whose
 * anchor date they agree with. A report without a date joins a cluster only when exactly one candidate
 * fits its participants and place; that event then dates it.
 */
public final class EventMerger {
    private static final Query REPORTS = QueryFactory.create("""
            PREFIX parley: <https://w3id.org/parley/ns#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT ?report ?type ?participant ?date ?dateEvidence ?place ?placeLabel ?background ?confidence WHERE {
              GRAPH ?g {
                ?report a parley:ContactReport ;
                        parley:contactType ?type ;
                        parley:participant ?participant .
                OPTIONAL { ?report parley:date ?date }
                OPTIONAL { ?report parley:dateEvidence ?dateEvidence }
                OPTIONAL { ?report parley:place ?place . OPTIONAL { ?place skos:prefLabel ?placeLabel } }
                OPTIONAL { ?report parley:background ?background }
                OPTIONAL { ?report parley:confidence ?confidence }
              }
            }""");

    public void rebuild(DatasetGraph dataset) {
        List<ContactReportRecord> reports = readReports(dataset);
        List<Cluster> clusters = cluster(reports);
        Node eventsGraph = NodeFactory.createURI(Parley.EVENTS_GRAPH);
        dataset.removeGraph(eventsGraph);
        Model events = ModelFactory.createDefaultModel();
        clusters.forEach(cluster -> write(cluster, events));
        EventFacets.add(events, dataset);
        Graph graph = events.getGraph();
        graph.find().forEachRemaining(t -> dataset.add(eventsGraph, t.getSubject(), t.getPredicate(), t.getObject()));
    }

    static List<ContactReportRecord> readReports(DatasetGraph dataset) {
        Map<String, Builder> builders = new LinkedHashMap<>();
        try (QueryExecution exec = QueryExecution.create(REPORTS, DatasetFactory.wrap(dataset))) {
            ResultSet results = exec.execSelect();
            while (results.hasNext()) {
                QuerySolution row = results.next();
                String iri = row.getResource("report").getURI();
                Builder b = builders.computeIfAbsent(iri, Builder::new);
                b.type = ContactType.fromLocalName(row.getResource("type").getLocalName());
                b.participants.add(row.getResource("participant").getURI());
                if (row.contains("date")) {
                    b.date = PartialDate.parse(row.getLiteral("date").getLexicalForm());
                }
                b.explicitDate = row.contains("dateEvidence");
                if (row.contains("place")) {
                    b.placeIri = row.getResource("place").getURI();
                    b.placeLabel = row.contains("placeLabel") ? row.getLiteral("placeLabel").getString() : null;
                }
                b.background = row.contains("background") && row.getLiteral("background").getBoolean();
                b.confidence = row.contains("confidence") ? row.getLiteral("confidence").getDouble() : 0.5;
            }
        }
        return builders.values().stream().map(Builder::build).toList();
    }

    /** Clusters reports; deterministic for a given set of reports. */
    static List<Cluster> cluster(List<ContactReportRecord> reports) {
        List<ContactReportRecord> dated = reports.stream().filter(r -> r.date() != null && r.explicitDate())
                .sorted(Comparator.comparing((ContactReportRecord r) -> r.date().precision()).reversed()
                        .thenComparing(ContactReportRecord::date)
                        .thenComparing(ContactReportRecord::iri))
                .toList();
        List<Cluster> clusters = new ArrayList<>();
        for (ContactReportRecord report : dated) {
            clusters.stream().filter(c -> c.acceptsDated(report)).findFirst()
                    .ifPresentOrElse(c -> c.reports.add(report), () -> clusters.add(new Cluster(report)));
        }
        // A report dated only by its article's publication date may describe the day before: a readout
        // published the next morning. It joins the one contact that fits either day, the same day first.
        List<ContactReportRecord> published = reports.stream().filter(r -> r.date() != null && !r.explicitDate())
                .sorted(Comparator.comparing(ContactReportRecord::date).thenComparing(ContactReportRecord::iri)).toList();
        for (ContactReportRecord report : published) {
            List<Cluster> sameDay = clusters.stream().filter(c -> c.acceptsDated(report)).toList();
            List<Cluster> dayBefore = clusters.stream().filter(c -> c.acceptsFromDayAfter(report)).toList();
            if (!sameDay.isEmpty()) {
                sameDay.get(0).reports.add(report);
            } else if (dayBefore.size() == 1) {
                dayBefore.get(0).reports.add(report);
            } else {
                clusters.add(new Cluster(report));
            }
        }
        List<ContactReportRecord> undated = reports.stream().filter(r -> r.date() == null)
                .sorted(Comparator.comparing(ContactReportRecord::iri)).toList();
        List<Cluster> datedClusters = List.copyOf(clusters);
        for (ContactReportRecord report : undated) {
            List<Cluster> candidates = datedClusters.stream().filter(c -> c.acceptsUndated(report)).toList();
            if (candidates.size() == 1) {
                candidates.get(0).reports.add(report);
            } else if (candidates.isEmpty()) {
                clusters.stream().filter(c -> c.anchor.date() == null && c.acceptsUndated(report)).findFirst()
                        .ifPresentOrElse(c -> c.reports.add(report), () -> clusters.add(new Cluster(report)));
            } else {
                clusters.add(new Cluster(report));
            }
        }
        return clusters;
    }

    private static void write(Cluster cluster, Model model) {
        Resource event = model.createResource(cluster.iri());
        ContactType type = cluster.type();
        event.addProperty(RDF.type, model.createResource(Parley.NS + type.localName()));
        cluster.reports.forEach(r -> event.addProperty(Parley.report, model.createResource(r.iri())));
        cluster.participants().forEach(p -> event.addProperty(Parley.participant, model.createResource(p)));
        PartialDate date = cluster.date();
        if (date != null) {
            Literal literal = ArticleGraphs.dateLiteral(date);
            event.addLiteral(Parley.date, literal).addProperty(Parley.datePrecision, ArticleGraphs.precisionName(date));
        }
        String place = cluster.place();
        if (place != null) {
            event.addProperty(Parley.place, model.createResource(place));
        }
        event.addLiteral(Parley.confidence, ArticleGraphs.confidenceLiteral(cluster.confidence()));
        event.addProperty(RDFS.label, type.localName() + (date == null ? "" : " " + date));
        event.addProperty(SKOS.note, cluster.reports.size() + " report(s)");
    }

    /** A group of reports of one real contact; the first report anchors it. */
    static final class Cluster {
        final ContactReportRecord anchor;
        final List<ContactReportRecord> reports = new ArrayList<>();

        Cluster(ContactReportRecord anchor) {
            this.anchor = anchor;
            reports.add(anchor);
        }

        boolean acceptsDated(ContactReportRecord report) {
            return anchor.type().sameFamily(report.type()) && anchor.sharesPrincipals(report)
                    && anchor.date() != null && anchor.date().compatibleWith(report.date());
        }

        boolean acceptsFromDayAfter(ContactReportRecord report) {
            return anchor.type().sameFamily(report.type()) && anchor.sharesPrincipals(report) && anchor.date() != null
                    && anchor.date().precision() == PartialDate.Precision.DAY && report.date().precision() == PartialDate.Precision.DAY
                    && anchor.date().start().plusDays(1).equals(report.date().start());
        }

        boolean acceptsUndated(ContactReportRecord report) {
            if (!anchor.type().sameFamily(report.type())) {
                return false;
            }
            boolean placesAgree = report.placeLabel() == null || place() == null
                    || reports.stream().anyMatch(r -> report.placeIri().equals(r.placeIri()));
            return placesAgree && reports.stream().anyMatch(r -> r.sharesPrincipals(report));
        }

        String iri() {
            String key = anchor.type().sameFamily(ContactType.PHONE_CALL) ? "call" : anchor.type().localName();
            String content = key + "|" + (anchor.date() == null ? anchor.iri() : anchor.date().toString())
                    + "|" + String.join(",", anchor.participants());
            return Parley.ID + "event/" + Ids.hash(content);
        }

        /** The most reported type; a video call wins a tie with a phone call, as "call" is the vaguer report. */
        ContactType type() {
            Map<ContactType, Long> counts = reports.stream()
                    .collect(Collectors.groupingBy(ContactReportRecord::type, Collectors.counting()));
            return counts.entrySet().stream()
                    .max(Comparator.comparing(Map.Entry<ContactType, Long>::getValue)
                            .thenComparing(e -> e.getKey() == ContactType.VIDEO_CALL)
                            .thenComparing(e -> e.getKey() == anchor.type()))
                    .orElseThrow().getKey();
        }

        TreeSet<String> participants() {
            TreeSet<String> all = new TreeSet<>();
            reports.forEach(r -> all.addAll(r.participants()));
            return all;
        }

        /** The best-supported date: most reports, then finest precision, then main over background reports. */
        PartialDate date() {
            Map<PartialDate, double[]> support = new HashMap<>();
            for (ContactReportRecord r : reports) {
                if (r.date() != null) {
                    // The text's own date outweighs a publication date standing in for it.
                    support.computeIfAbsent(r.date(), d -> new double[1])[0] += !r.explicitDate() ? 0.5 : r.background() ? 0.9 : 1.0;
                }
            }
            return support.entrySet().stream()
                    .max(Comparator.comparing((Map.Entry<PartialDate, double[]> e) -> e.getValue()[0])
                            .thenComparing(e -> e.getKey().precision())
                            .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                    .map(Map.Entry::getKey).orElse(null);
        }

        String place() {
            Map<String, Long> counts = reports.stream().filter(r -> r.placeIri() != null)
                    .collect(Collectors.groupingBy(ContactReportRecord::placeIri, Collectors.counting()));
            return counts.entrySet().stream()
                    .max(Comparator.comparing(Map.Entry<String, Long>::getValue)
                            .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                    .map(Map.Entry::getKey).orElse(null);
        }

        double confidence() {
            return reports.stream().mapToDouble(ContactReportRecord::confidence).max().orElse(0);
        }
    }

    private static final class Builder {
        final String iri;
        ContactType type;
        final TreeSet<String> participants = new TreeSet<>();
        PartialDate date;
        boolean explicitDate;
        String placeIri;
        String placeLabel;
        boolean background;
        double confidence;

        Builder(String iri) {
            this.iri = iri;
        }

        ContactReportRecord build() {
            return new ContactReportRecord(iri, type, participants, date, explicitDate, placeIri, placeLabel, background, confidence);
        }
    }
}

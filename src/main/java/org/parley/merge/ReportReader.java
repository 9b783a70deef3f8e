package org.parley.merge;

import java.util.Iterator;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.parley.model.ContactType;
import org.parley.model.PartialDate;
import org.parley.rdf.Parley;

/** Reads contact reports back from their article graphs, by index lookups (never a query over all reports). */
final class ReportReader {
    private ReportReader() {
    }

    /** The report as stored, or null when no article graph holds it. */
    static ContactReportRecord read(DatasetGraph dataset, Node report) {
        Iterator<Quad> typed = dataset.find(Node.ANY, report, RDF.type.asNode(), Parley.ContactReport.asNode());
        if (!typed.hasNext()) {
            return null;
        }
        Node graph = typed.next().getGraph();
        ContactType type = null;
        TreeSet<String> participants = new TreeSet<>();
        PartialDate date = null;
        boolean explicitDate = false;
        String place = null;
        boolean background = false;
        double confidence = 0.5;
        for (Iterator<Quad> it = dataset.find(graph, report, Node.ANY, Node.ANY); it.hasNext(); ) {
            Quad quad = it.next();
            String predicate = quad.getPredicate().getURI();
            Node object = quad.getObject();
            if (predicate.equals(Parley.contactType.getURI()) && object.isURI()) {
                type = ContactType.fromLocalName(object.getLocalName());
            } else if (predicate.equals(Parley.participant.getURI()) && object.isURI()) {
                participants.add(object.getURI());
            } else if (predicate.equals(Parley.date.getURI()) && object.isLiteral()) {
                date = PartialDate.parse(object.getLiteralLexicalForm());
            } else if (predicate.equals(Parley.dateEvidence.getURI())) {
                explicitDate = true;
            } else if (predicate.equals(Parley.place.getURI()) && object.isURI()) {
                place = object.getURI();
            } else if (predicate.equals(Parley.background.getURI()) && object.isLiteral()) {
                background = Boolean.parseBoolean(object.getLiteralLexicalForm());
            } else if (predicate.equals(Parley.confidence.getURI()) && object.isLiteral()) {
                confidence = Double.parseDouble(object.getLiteralLexicalForm());
            }
        }
        if (type == null) {
            return null;
        }
        return new ContactReportRecord(report.getURI(), graph.getURI(), type, participants, date, explicitDate,
                published(dataset, graph), place, background, confidence);
    }

    private static PartialDate published(DatasetGraph dataset, Node article) {
        Iterator<Quad> dates = dataset.find(article, article, Parley.date.asNode(), Node.ANY);
        return dates.hasNext() ? PartialDate.parse(dates.next().getObject().getLiteralLexicalForm()) : null;
    }
}

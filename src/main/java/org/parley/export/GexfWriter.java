package org.parley.export;

import java.io.OutputStream;
import java.time.LocalDate;

/**
 * The actor network as GEXF 1.3 for Gephi: a dynamic graph ({@code mode="dynamic"}, {@code timeformat="date"},
 * {@code timerepresentation="interval"}) whose edges live for the days of their event's date (one day; a month or a
 * year for coarser dates), so that Gephi's timeline shows the contacts as they happen. Undated contacts and all the
 * actors are always present.
 */
final class GexfWriter implements NetworkWriter {
    static final String NAMESPACE = "http://gexf.net/1.3";
    static final String SCHEMA = "http://gexf.net/1.3/gexf.xsd";

    private final XmlOut xml;
    private final String description;

    GexfWriter(OutputStream out, String description) {
        this.xml = new XmlOut(out);
        this.description = description;
    }

    @Override
    public void start() {
        xml.root("gexf", NAMESPACE, SCHEMA, "version", "1.3");
        xml.open("meta", "lastmodifieddate", LocalDate.now().toString());
        xml.textElement("creator", "Parley");
        xml.textElement("description", description);
        xml.close();
        xml.open("graph", "mode", "dynamic", "defaultedgetype", "undirected", "timeformat", "date",
                "timerepresentation", "interval");
        xml.open("attributes", "class", "node", "mode", "static");
        xml.empty("attribute", "id", "type", "title", "type", "type", "string");
        xml.empty("attribute", "id", "country", "title", "country", "type", "string");
        xml.empty("attribute", "id", "wikidata", "title", "wikidata", "type", "anyURI");
        xml.close();
        xml.open("attributes", "class", "edge", "mode", "static");
        xml.empty("attribute", "id", "contactType", "title", "contact type", "type", "string");
        xml.empty("attribute", "id", "date", "title", "date", "type", "string");
        xml.empty("attribute", "id", "event", "title", "event", "type", "anyURI");
        xml.close();
        xml.open("nodes");
    }

    @Override
    public void node(ActorNode node) {
        xml.open("node", "id", node.iri(), "label", node.label());
        xml.open("attvalues");
        attvalue("type", node.type());
        attvalue("country", node.country());
        attvalue("wikidata", node.wikidata());
        xml.close();
        xml.close();
    }

    @Override
    public void startEdges() {
        xml.close();
        xml.open("edges");
    }

    @Override
    public void edge(ContactEdge edge) {
        DateSpan span = edge.span();
        xml.open("edge", "id", edge.id(), "source", edge.source().iri(), "target", edge.target().iri(),
                "label", edge.type(), "weight", Integer.toString(edge.weight()),
                "start", span == null ? null : span.first().toString(),
                "end", span == null ? null : span.last().toString());
        xml.open("attvalues");
        attvalue("contactType", edge.type());
        attvalue("date", edge.date());
        attvalue("event", edge.event());
        xml.close();
        xml.close();
    }

    @Override
    public void finish() {
        xml.close();
        xml.close();
        xml.close();
        xml.finish();
    }

    private void attvalue(String attribute, String value) {
        if (!value.isEmpty()) {
            xml.empty("attvalue", "for", attribute, "value", value);
        }
    }
}

package org.parley.export;

import java.io.OutputStream;

/**
 * The actor network as GraphML for Cytoscape (and yEd, NetworkX, Gephi): an undirected graph, node and edge data
 * declared as keys. Node ids are the actors' IRIs; GraphML's schema types ids as NMTOKEN, which an IRI is not, but
 * the tools read any string, and the IRI keeps the network joinable with the RDF.
 */
final class GraphmlWriter implements NetworkWriter {
    static final String NAMESPACE = "http://graphml.graphdrawing.org/xmlns";
    static final String SCHEMA = "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd";

    private final XmlOut xml;

    GraphmlWriter(OutputStream out) {
        this.xml = new XmlOut(out);
    }

    @Override
    public void start() {
        xml.root("graphml", NAMESPACE, SCHEMA);
        key("label", "node", "label", "string");
        key("type", "node", "type", "string");
        key("country", "node", "country", "string");
        key("wikidata", "node", "wikidata", "string");
        key("contactType", "edge", "type", "string");
        key("date", "edge", "date", "string");
        key("weight", "edge", "weight", "int");
        key("event", "edge", "event", "string");
        xml.open("graph", "id", "parley", "edgedefault", "undirected");
    }

    private void key(String id, String domain, String name, String type) {
        xml.empty("key", "id", id, "for", domain, "attr.name", name, "attr.type", type);
    }

    @Override
    public void node(ActorNode node) {
        xml.open("node", "id", node.iri());
        data("label", node.label());
        data("type", node.type());
        data("country", node.country());
        data("wikidata", node.wikidata());
        xml.close();
    }

    @Override
    public void startEdges() {
        // GraphML takes nodes and edges in any order.
    }

    @Override
    public void edge(ContactEdge edge) {
        xml.open("edge", "id", edge.id(), "source", edge.source().iri(), "target", edge.target().iri());
        data("contactType", edge.type());
        data("date", edge.date());
        data("weight", Integer.toString(edge.weight()));
        data("event", edge.event());
        xml.close();
    }

    @Override
    public void finish() {
        xml.close();
        xml.close();
        xml.finish();
    }

    private void data(String key, String value) {
        if (!value.isEmpty()) {
            xml.textElement("data", value, "key", key);
        }
    }
}

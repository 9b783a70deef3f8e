package org.parley.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Checks a parsed GEXF document against what the GEXF 1.3 schema (gexf.rnc and dynamics.rnc of gexf.net/1.3)
 * requires: the elements, their order and attributes, the allowed values of the enumerated attributes, attvalues
 * that refer to declared attributes, edges between declared nodes, and times in the graph's time format.
 */
public final class GexfStructure {
    public static final String NS = "http://gexf.net/1.3";

    private static final Set<String> GRAPH_ATTRIBUTES = Set.of("defaultedgetype", "idtype", "mode", "timeformat",
            "timerepresentation", "start", "end", "timestamp", "timezone");
    private static final Set<String> NODE_ATTRIBUTES =
            Set.of("id", "label", "pid", "start", "end", "intervals", "timestamp", "timestamps");
    private static final Set<String> EDGE_ATTRIBUTES = Set.of("id", "type", "label", "source", "target", "weight",
            "kind", "start", "end", "intervals", "timestamp", "timestamps");
    private static final Set<String> ATTRIBUTE_TYPES = Set.of("integer", "long", "double", "float", "boolean",
            "bigdecimal", "biginteger", "byte", "char", "short", "liststring", "listboolean", "listinteger", "listlong",
            "listfloat", "listdouble", "listbyte", "listshort", "listbigdecimal", "listbiginteger", "listchar",
            "string", "anyURI");
    private static final Set<String> EDGE_TYPES = Set.of("directed", "undirected", "mutual");

    private GexfStructure() {
    }

    /** Parses XML with namespaces. */
    public static Document xml(byte[] bytes) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    public static void check(Document doc) {
        Element root = doc.getDocumentElement();
        assertEquals(NS, root.getNamespaceURI(), "GEXF 1.3 namespace");
        assertEquals("gexf", root.getLocalName());
        assertEquals("1.3", root.getAttribute("version"));
        org.w3c.dom.NodeList all = doc.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            assertEquals(NS, all.item(i).getNamespaceURI(), "every element is GEXF 1.3: " + all.item(i).getNodeName());
        }
        List<Element> top = children(root, null);
        int next = 0;
        if (!top.isEmpty() && top.get(0).getLocalName().equals("meta")) {
            checkMeta(top.get(next++));
        }
        assertEquals(next + 1, top.size(), "meta? then exactly one graph");
        Element graph = top.get(next);
        assertEquals("graph", graph.getLocalName());
        checkGraph(graph);
    }

    private static void checkMeta(Element meta) {
        if (meta.hasAttribute("lastmodifieddate")) {
            LocalDate.parse(meta.getAttribute("lastmodifieddate"));
        }
        for (Element child : children(meta, null)) {
            assertTrue(Set.of("creator", "keywords", "description").contains(child.getLocalName()),
                    "meta child " + child.getLocalName());
        }
    }

    private static void checkGraph(Element graph) {
        attributesAmong(graph, GRAPH_ATTRIBUTES);
        assertEquals("dynamic", graph.getAttribute("mode"));
        assertEquals("date", graph.getAttribute("timeformat"));
        oneOf(graph, "defaultedgetype", EDGE_TYPES);
        oneOf(graph, "timerepresentation", Set.of("interval", "timestamp"));
        List<Element> parts = children(graph, null);
        Map<String, Map<String, String>> declared = new HashMap<>();
        declared.put("node", new HashMap<>());
        declared.put("edge", new HashMap<>());
        int i = 0;
        for (; i < parts.size() && parts.get(i).getLocalName().equals("attributes"); i++) {
            Element attributes = parts.get(i);
            String type = attributes.getAttribute("class");
            assertTrue(declared.containsKey(type), "attributes class " + type);
            oneOf(attributes, "mode", Set.of("static", "dynamic"));
            for (Element attribute : children(attributes, null)) {
                assertEquals("attribute", attribute.getLocalName());
                assertTrue(attribute.hasAttribute("id") && attribute.hasAttribute("title"));
                assertTrue(ATTRIBUTE_TYPES.contains(attribute.getAttribute("type")), attribute.getAttribute("type"));
                assertTrue(declared.get(type).put(attribute.getAttribute("id"), attribute.getAttribute("type")) == null,
                        "attribute ids are unique: " + attribute.getAttribute("id"));
            }
        }
        assertEquals(i + 2, parts.size(), "attributes*, then nodes, then edges");
        assertEquals("nodes", parts.get(i).getLocalName());
        assertEquals("edges", parts.get(i + 1).getLocalName());
        Set<String> nodeIds = new HashSet<>();
        for (Element node : children(parts.get(i), null)) {
            assertEquals("node", node.getLocalName());
            attributesAmong(node, NODE_ATTRIBUTES);
            assertFalse(node.getAttribute("id").isEmpty(), "a node has an id");
            assertTrue(nodeIds.add(node.getAttribute("id")), "node ids are unique");
            checkTimes(node);
            checkAttvalues(node, declared.get("node"));
        }
        Set<String> edgeIds = new HashSet<>();
        for (Element edge : children(parts.get(i + 1), null)) {
            assertEquals("edge", edge.getLocalName());
            attributesAmong(edge, EDGE_ATTRIBUTES);
            assertTrue(nodeIds.contains(edge.getAttribute("source")), "edge source is a node");
            assertTrue(nodeIds.contains(edge.getAttribute("target")), "edge target is a node");
            if (edge.hasAttribute("id")) {
                assertTrue(edgeIds.add(edge.getAttribute("id")), "edge ids are unique");
            }
            oneOf(edge, "type", EDGE_TYPES);
            if (edge.hasAttribute("weight")) {
                Double.parseDouble(edge.getAttribute("weight"));
            }
            checkTimes(edge);
            checkAttvalues(edge, declared.get("edge"));
        }
    }

    /** Times are xsd:date in a timeformat="date" graph; an interval does not end before it starts. */
    private static void checkTimes(Element element) {
        LocalDate start = element.hasAttribute("start") ? LocalDate.parse(element.getAttribute("start")) : null;
        LocalDate end = element.hasAttribute("end") ? LocalDate.parse(element.getAttribute("end")) : null;
        if (start != null && end != null) {
            assertFalse(end.isBefore(start), "end before start in " + element.getAttribute("id"));
        }
    }

    private static void checkAttvalues(Element owner, Map<String, String> declared) {
        for (Element child : children(owner, null)) {
            assertTrue(Set.of("attvalues", "spells").contains(child.getLocalName()), child.getLocalName());
            if (!child.getLocalName().equals("attvalues")) {
                continue;
            }
            for (Element attvalue : children(child, null)) {
                assertEquals("attvalue", attvalue.getLocalName());
                String type = declared.get(attvalue.getAttribute("for"));
                assertNotNull(type, "attvalue for an undeclared attribute " + attvalue.getAttribute("for"));
                assertTrue(attvalue.hasAttribute("value"));
                String value = attvalue.getAttribute("value");
                switch (type) {
                    case "integer", "long" -> Long.parseLong(value);
                    case "double", "float" -> Double.parseDouble(value);
                    case "anyURI" -> URI.create(value);
                    default -> {
                    }
                }
            }
        }
    }

    private static void oneOf(Element element, String attribute, Set<String> allowed) {
        if (element.hasAttribute(attribute)) {
            assertTrue(allowed.contains(element.getAttribute(attribute)),
                    attribute + "=\"" + element.getAttribute(attribute) + "\"");
        }
    }

    /** Every attribute in no namespace is one the schema allows. */
    private static void attributesAmong(Element element, Set<String> allowed) {
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            if (attribute.getNamespaceURI() == null) {
                assertTrue(allowed.contains(attribute.getName()),
                        element.getLocalName() + " has no attribute " + attribute.getName());
            }
        }
    }

    /** The element children with the local name (any name if null). */
    public static List<Element> children(Element parent, String name) {
        List<Element> children = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && (name == null || name.equals(e.getLocalName()))) {
                children.add(e);
            }
        }
        return children;
    }

    public static Element only(Element parent, String name) {
        List<Element> found = children(parent, name);
        assertEquals(1, found.size(), "one " + name);
        return found.get(0);
    }

    /** A node's or edge's attvalues by attribute id. */
    public static Map<String, String> attvalues(Element owner) {
        Map<String, String> values = new HashMap<>();
        for (Element attvalues : children(owner, "attvalues")) {
            children(attvalues, "attvalue").forEach(a -> values.put(a.getAttribute("for"), a.getAttribute("value")));
        }
        return values;
    }
}

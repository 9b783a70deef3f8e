package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Var;
import org.junit.jupiter.api.Test;
import org.parley.rdf.Parley;

class QueryParametersTest {
    private static final PrefixMapping QUERY_PREFIXES = QueryFactory.create(
            "PREFIX wd: <http://www.wikidata.org/entity/> SELECT * { ?s ?p ?o }").getPrefixMapping();

    private static Node term(String value) {
        return QueryParameters.term(value, QUERY_PREFIXES);
    }

    @Test
    void readsTurtleTerms() {
        assertEquals(NodeFactory.createURI("http://example.org/x"), term("<http://example.org/x>"));
        assertEquals(NodeFactory.createLiteralLang("Moscow", "en"), term("\"Moscow\"@en"));
        assertEquals(NodeFactory.createLiteralDT("2023", XSDDatatype.XSDgYear), term("\"2023\"^^xsd:gYear"));
        assertEquals(NodeFactory.createURI("http://www.wikidata.org/entity/Q7747"), term("wd:Q7747"));
        assertEquals(Parley.Meeting.asNode(), term("parley:Meeting"));
        assertEquals(NodeFactory.createLiteralDT("42", XSDDatatype.XSDinteger), term("42"));
        assertEquals(NodeFactory.createLiteralDT("0.5", XSDDatatype.XSDdecimal), term("0.5"));
        assertEquals(NodeFactory.createLiteralString("it's"), term("'it\\'s'"));
    }

    @Test
    void anythingElseIsAPlainString() {
        for (String text : new String[]{"Vladimir Putin", "Putin", "x\" } ; DROP ALL ; #",
                "> } DROP ALL { <", "?s", "_:b0", "unknown:prefix", "\"unterminated", ""}) {
            assertEquals(NodeFactory.createLiteralString(text), term(text), text);
        }
    }

    @Test
    void bindsByVariableName() {
        Map<Var, Node> bindings = QueryParameters.bind(
                List.of("?who=<urn:x>", "year=2023", "text=a=b", "quoted=\"x\" } ;"), QUERY_PREFIXES);
        assertEquals(NodeFactory.createURI("urn:x"), bindings.get(Var.alloc("who")));
        assertEquals(NodeFactory.createLiteralDT("2023", XSDDatatype.XSDinteger), bindings.get(Var.alloc("year")));
        assertEquals(NodeFactory.createLiteralString("a=b"), bindings.get(Var.alloc("text")));
        assertEquals(NodeFactory.createLiteralString("\"x\" } ;"), bindings.get(Var.alloc("quoted")));
        assertThrows(UserError.class, () -> QueryParameters.bind(List.of("no such=x"), QUERY_PREFIXES));
        assertThrows(UserError.class, () -> QueryParameters.bind(List.of("novalue"), QUERY_PREFIXES));
    }
}

package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.rdf.Parley;

class StoreValidationTest {
    @TempDir
    Path dir;

    /** Targets the superclass, so that it only sees meetings through the ontology's subClassOf. */
    private static final String SHAPES = """
            @prefix sh: <http://www.w3.org/ns/shacl#> .
            @prefix parley: <https://w3id.org/parley/ns#> .
            parley:EventShape a sh:NodeShape ;
                sh:targetClass parley:Event ;
                sh:property [ sh:path parley:participant ; sh:minCount 2 ] .
            """;

    private static Shapes shapes() {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(SHAPES, Lang.TURTLE).parse(graph);
        return Shapes.parse(graph);
    }

    @Test
    void findsViolationsThroughSubclassesAndReportsThemReadably() {
        Node lonely = NodeFactory.createURI(Parley.ID + "event/lonely");
        Node fine = NodeFactory.createURI(Parley.ID + "event/fine");
        Graph article = GraphFactory.createDefaultGraph();
        article.add(Triple.create(lonely, RDF.type.asNode(), Parley.Meeting.asNode()));
        article.add(Triple.create(lonely, Parley.participant.asNode(), TestStores.actor("Wang Yi")));
        article.add(Triple.create(fine, RDF.type.asNode(), Parley.PhoneCall.asNode()));
        article.add(Triple.create(fine, Parley.participant.asNode(), TestStores.actor("Wang Yi")));
        article.add(Triple.create(fine, Parley.participant.asNode(), TestStores.actor("Sergey Lavrov")));
        try (ParleyStore store = ParleyStore.open(dir)) {
            store.replaceArticle("a.txt", article);
            Shapes shapes = shapes();
            ValidationReport report = StoreValidation.validate(store, shapes);

            assertEquals(1, StoreValidation.violations(report));
            assertEquals(lonely, report.getEntries().iterator().next().focusNode());
            String text = StoreValidation.format(report, shapes);
            assertTrue(text.startsWith("1 violation in 1 group"), text);
            assertTrue(text.contains("Violation: shape parley:EventShape path parley:participant "
                    + "[sh:MinCountConstraintComponent] (1)"), text);
            assertTrue(text.contains("    <" + lonely.getURI() + ">: "), text);
        }
    }

    @Test
    void aConformingStoreSaysSo() {
        try (ParleyStore store = ParleyStore.open(dir)) {
            store.replaceArticle("a.txt", TestStores.article("a.txt", "Wang Yi", "Sergey Lavrov", "q"));
            ValidationReport report = StoreValidation.validate(store, shapes());
            assertEquals(0, StoreValidation.violations(report));
            assertEquals("The store conforms to the shapes.\n", StoreValidation.format(report, shapes()));
        }
    }
}

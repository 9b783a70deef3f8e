package org.parley.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How a named query's header is read. */
class NamedQueryTest {
    private static final String BODY = "SELECT ?event WHERE { ?event <urn:p> ?person ; <urn:q> ?from }\n";

    @Test
    void theHeaderDeclaresParametersWithKindRequirementAndExample() {
        NamedQuery query = NamedQuery.parse("t", """
                # t.rq — the events of a person. More about it
                # on the next line.
                # Parameters:
                #   person  person  required  e.g. "Li Shangfu"   whose events
                #   from    date    optional  e.g. 2023
                PREFIX x: <urn:x>
                """ + BODY);
        assertTrue(query.declared());
        assertEquals("the events of a person.", query.summary());
        assertEquals(List.of(new QueryParameter("person", ParameterKind.PERSON, true, "Li Shangfu", "whose events"),
                new QueryParameter("from", ParameterKind.DATE, false, "2023", "")), query.parameters());
        assertEquals(Map.of("person", "Li Shangfu"), query.exampleValues());
    }

    @Test
    void noneAndUndeclaredAreDifferent() {
        NamedQuery none = NamedQuery.parse("n", "# n.rq — nothing to give.\n# Parameters: none.\n" + BODY);
        assertTrue(none.declared());
        assertTrue(none.parameters().isEmpty());
        assertFalse(NamedQuery.parse("u", "# a query of my own\n" + BODY).declared(), "a user's own file");
    }

    @Test
    void aRuleNeedsAtLeastOneOfItsParameters() {
        NamedQuery query = NamedQuery.parse("r", """
                # Parameters:
                #   person  person  optional  e.g. Putin
                #   from    date    optional  e.g. 2023
                # At least one of: person, from
                """ + BODY);
        assertEquals(List.of("person", "from"), query.atLeastOne());
        assertEquals(Map.of("person", "Putin"), query.exampleValues(), "the first of the rule's parameters");
    }

    @Test
    void aMalformedHeaderOrQueryIsAnError() {
        InvalidQueryException notAVariable = assertThrows(InvalidQueryException.class, () -> NamedQuery.parse("m",
                "# Parameters:\n#   speaker  person  optional  e.g. Xi\n" + BODY));
        assertTrue(notAVariable.getMessage().contains("speaker"), notAVariable.getMessage());
        assertThrows(InvalidQueryException.class, () -> NamedQuery.parse("m",
                "# Parameters:\n#   person  person  optional  e.g. Xi\n# At least one of: nobody\n" + BODY));
        InvalidQueryException kind = assertThrows(InvalidQueryException.class, () -> NamedQuery.parse("k",
                "# Parameters:\n#   person  human  required  e.g. Xi\n" + BODY));
        assertTrue(kind.getMessage().contains("KIND one of country person date iri text"), kind.getMessage());
        InvalidQueryException syntax = assertThrows(InvalidQueryException.class,
                () -> NamedQuery.parse("s", "SELECT WHERE {"));
        assertTrue(syntax.getMessage().startsWith("s: "), syntax.getMessage());
    }

    @Test
    void everyBuiltInQueryDeclaresItsParametersWithAnExample() {
        List<String> names = NamedQueries.builtInNames();
        assertTrue(names.containsAll(List.of("contacts", "person-timeline", "explore-contacts", "actors")), names.toString());
        for (String name : names) {
            NamedQuery query = NamedQueries.builtIn(name).orElseThrow();
            assertTrue(query.declared(), name + " declares its parameters");
            assertFalse(query.summary().isEmpty(), name + " says what it gives");
            query.parameters().forEach(p -> assertFalse(p.example().isEmpty(), name + " " + p.name()));
        }
    }
}

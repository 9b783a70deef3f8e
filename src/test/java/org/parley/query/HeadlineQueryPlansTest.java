package org.parley.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.OpWalker;
import org.apache.jena.sparql.algebra.op.OpExtend;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.algebra.op.OpGraph;
import org.apache.jena.sparql.algebra.op.OpLeftJoin;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.algebra.op.OpQuadPattern;
import org.apache.jena.sparql.algebra.op.OpSequence;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.sparql.util.ExprUtils;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.parley.rdf.Parley;

/**
 * How the headline and contract queries are planned, as TDB2 plans them (ARQ's optimizer, then quads): what a query
 * costs must grow with what it returns, not with the number of articles in the store.
 */
class HeadlineQueryPlansTest {
    /** The queries that read actors' and places' names for each row they return. */
    private static final List<String> NAMING = List.of("contacts", "statements", "person-timeline", "who-quoted-whom");

    /**
     * An actor or place is described in every article graph that names it, so a label looked up in the union of the
     * graphs reads one index entry per such article; the queries read it in one graph.
     */
    @Test
    void namesAreReadInOneNamedGraphNeverInTheUnionOfAll() {
        for (String name : NAMING) {
            List<Quad> union = new ArrayList<>();
            List<OpPath> paths = new ArrayList<>();
            OpWalker.walk(plan(NamedQueries.builtIn(name).orElseThrow().query()), new OpVisitorBase() {
                @Override
                public void visit(OpQuadPattern pattern) {
                    pattern.getPattern().getList().stream()
                            .filter(q -> union(q.getGraph()))
                            .filter(q -> names(q.getPredicate()))
                            .forEach(union::add);
                }

                @Override
                public void visit(OpGraph graph) {
                    if (union(graph.getNode()) && graph.getSubOp() instanceof OpPath path) {
                        paths.add(path);
                    }
                }
            });
            assertEquals(List.of(), union, name + " looks a name up in the union graph");
            assertEquals(List.of(), paths, name + " follows a property path in the union graph");
        }
    }

    /**
     * ARQ joins an OPTIONAL row by row (index lookups with the row's values) only when it can tell that doing so
     * gives the same answer; otherwise it evaluates the optional part on its own, over the whole store, and joins
     * the two afterwards (a left join in the plan). That is harmless for a lookup table in a reference graph, but an
     * optional part that reads article graphs would then read every article's, however few rows the query returns.
     */
    @Test
    void noOptionalPartReadsTheArticleGraphsOnItsOwn() {
        for (String name : NAMING) {
            List<Quad> wholeStore = new ArrayList<>();
            OpWalker.walk(plan(NamedQueries.builtIn(name).orElseThrow().query()), new OpVisitorBase() {
                @Override
                public void visit(OpLeftJoin join) {
                    OpWalker.walk(join.getRight(), new OpVisitorBase() {
                        @Override
                        public void visit(OpQuadPattern pattern) {
                            pattern.getPattern().getList().stream().filter(q -> !q.getGraph().isURI() || union(q.getGraph()))
                                    .forEach(wholeStore::add);
                        }
                    });
                }
            });
            assertEquals(List.of(), wholeStore, name + " evaluates an OPTIONAL over the article graphs on its own");
        }
    }

    /** A date filter on the contract query's date column, in any of the forms a user writes one. */
    @Test
    void aFilterOnTheContactsDateColumnIsAppliedToTheFirstIndexRead() {
        for (String filter : List.of("STRSTARTS(?date, \"2015-03\")", "?date >= \"2015\" && ?date < \"2016\"",
                "REGEX(?date, \"^201[0-4]\")")) {
            Query query = NamedQueries.builtIn("contacts").orElseThrow().query().cloneQuery();
            ((ElementGroup) query.getQueryPattern()).addElementFilter(new ElementFilter(ExprUtils.parse(filter)));
            List<OpFilter> onDates = new ArrayList<>();
            OpWalker.walk(plan(query), new OpVisitorBase() {
                @Override
                public void visit(OpFilter op) {
                    if (op.getSubOp() instanceof OpQuadPattern pattern && pattern.getPattern().size() == 1
                            && pattern.getPattern().get(0).getPredicate().equals(Parley.dateLabel.asNode())
                            && op.getExprs().getVarsMentioned().contains(Var.alloc("date"))) {
                        onDates.add(op);
                    }
                }
            });
            assertEquals(1, onDates.size(), filter + ": the filter is not on the dates' index alone");
        }
    }

    /**
     * The events between two countries are read by their pair's key, one index scan over those events: the key is
     * bound, from the two countries as the store substitutes them, before the pattern that reads it, rather than
     * every event of one country being read and checked for the other.
     */
    @Test
    void theEventsBetweenTwoCountriesAreReadByTheirPairsKeyOnceItIsBound() {
        Query query = QueryTransformOps.transform(NamedQueries.builtIn("bilateral-contacts-per-month").orElseThrow().query(),
                Map.of(Var.alloc("countryA"), NodeFactory.createURI(Parley.ID + "country/AAA"),
                        Var.alloc("countryB"), NodeFactory.createURI(Parley.ID + "country/BBB")));
        Op plan = plan(query);
        List<Quad> byPair = quads(plan, Parley.countryPair.asNode());
        List<Quad> afterTheKey = new ArrayList<>();
        OpWalker.walk(plan, new OpVisitorBase() {
            @Override
            public void visit(OpSequence sequence) {
                if (sequence.get(0) instanceof OpExtend extend && extend.getVarExprList().contains(Var.alloc("pair"))) {
                    sequence.getElements().stream().skip(1).forEach(op -> afterTheKey.addAll(quads(op, Parley.countryPair.asNode())));
                }
            }
        });
        assertEquals(List.of(), quads(plan, Parley.participantCountry.asNode()), "events read by one country");
        assertFalse(byPair.isEmpty(), "the pair's key is not read");
        assertEquals(byPair, afterTheKey, "the pair's key is read before it is bound");
    }

    private static List<Quad> quads(Op op, Node predicate) {
        List<Quad> quads = new ArrayList<>();
        OpWalker.walk(op, new OpVisitorBase() {
            @Override
            public void visit(OpQuadPattern pattern) {
                pattern.getPattern().getList().stream().filter(q -> q.getPredicate().equals(predicate)).forEach(quads::add);
            }
        });
        return quads;
    }

    /** The default graph, which queries over a Parley store see as the union of all named graphs. */
    private static boolean union(Node graph) {
        return Quad.isDefaultGraph(graph) || Quad.isUnionGraph(graph);
    }

    private static boolean names(Node predicate) {
        return predicate.equals(SKOS.prefLabel.asNode()) || predicate.equals(SKOS.exactMatch.asNode());
    }

    /** The plan as TDB2 makes it, short of the order of the patterns within a block, which depends on the data. */
    private static Op plan(Query query) {
        return Algebra.toQuadForm(Algebra.optimize(Algebra.compile(query)));
    }
}

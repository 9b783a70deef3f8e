package org.parley.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.dboe.base.file.AlreadyLocked;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;
import org.parley.merge.EventMerger;
import org.parley.rdf.ArticleGraphs;
import org.parley.rdf.Parley;
import org.parley.store.ReferenceGraphs.ReferenceGraph;

/**
 * A Parley knowledge graph in a TDB2 directory: one named graph per article, the reference graphs, and the events
 * graph merged from the articles. Queries see the union of the named graphs as their default graph.
 * <p>
 * Every change is one transaction, so a failure leaves the store as it was. A change to an article marks the events
 * graph stale in the same transaction; {@link #rebuildEvents()} clears the mark in its own, so a process that dies
 * between the two leaves a mark that the next {@link #repairEvents()} acts on.
 * <p>
 * TDB2 shares one dataset per directory within a process: open a directory once at a time, and close it when done.
 */
public final class ParleyStore implements AutoCloseable, Ingestion.Target {
    private static final Node EVENTS = NodeFactory.createURI(Parley.EVENTS_GRAPH);
    private static final Node TRUE = NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean);

    private final Path directory;
    private final DatasetGraph dataset;

    private ParleyStore(Path directory, DatasetGraph dataset) {
        this.directory = directory;
        this.dataset = dataset;
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    /** Opens the store in the directory, creating the directory and an empty store if there is none. */
    public static ParleyStore open(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new StoreException("cannot create store directory " + directory + ": " + e.getMessage(), e);
        }
        return connect(directory);
    }

    /** Opens an existing store; a missing one is an error, so that a mistyped path does not create an empty store. */
    public static ParleyStore openExisting(Path directory) {
        if (!isStore(directory)) {
            throw new StoreException("no Parley store at " + directory + " (create one with: parley ingest --store "
                    + directory + " PATH...)");
        }
        return connect(directory);
    }

    /** True when the directory holds a TDB2 database. */
    public static boolean isStore(Path directory) {
        if (!Files.isDirectory(directory)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.anyMatch(p -> Files.isDirectory(p) && p.getFileName().toString().startsWith("Data-"));
        } catch (IOException e) {
            return false;
        }
    }

    private static ParleyStore connect(Path directory) {
        // A process killed while it wrote a commit leaves a half-written journal entry, which TDB2 cannot read.
        try {
            JournalRepair.dropIncompleteTails(directory);
        } catch (IOException e) {
            throw new StoreException("cannot read the journal of store " + directory + ": " + e.getMessage(), e);
        }
        try {
            return new ParleyStore(directory, DatabaseMgr.connectDatasetGraph(Location.create(directory)));
        } catch (RuntimeException e) {
            // Another process holds the lock: TDB2 says so with AlreadyLocked, or with "Failed to get a lock".
            if (e instanceof AlreadyLocked || String.valueOf(e.getMessage()).contains("Failed to get a lock")) {
                throw new StoreException("store " + directory + " is in use by another process; "
                        + ServerNote.read(directory).map(url -> "parley serve (or demo) has it open at " + url
                                + ": query that server (SPARQL " + url + "parley/sparql, the named queries at " + url
                                + "api/query/NAME), or stop it first")
                        .orElse("if parley serve or demo has it open, query that server instead, or stop it first"), e);
            }
            throw new StoreException("cannot open store " + directory + ": " + e.getMessage(), e);
        }
    }

    public Path directory() {
        return directory;
    }

    /** The underlying dataset, for serving. Use it in transactions. */
    public DatasetGraph datasetGraph() {
        return dataset;
    }

    /**
     * Loads each reference graph whose content differs from what the store holds (by content hash, kept in the
     * store's bookkeeping), replacing the old content in one transaction per graph.
     *
     * @return the names of the graphs (re)loaded
     */
    public List<Node> ensureReferenceGraphs(List<ReferenceGraph> references) {
        List<Node> loaded = new ArrayList<>();
        for (ReferenceGraph reference : references) {
            Graph content = reference.content().get();
            String hash = ReferenceGraphs.contentHash(content);
            Node graphName = reference.graphName();
            Node hashLiteral = NodeFactory.createLiteralString(hash);
            boolean current = Txn.calculateRead(dataset,
                    () -> dataset.contains(Quad.defaultGraphIRI, graphName, Parley.contentHash.asNode(), hashLiteral));
            if (!current) {
                Txn.executeWrite(dataset, () -> {
                    replaceGraph(graphName, content);
                    dataset.deleteAny(Quad.defaultGraphIRI, graphName, Parley.contentHash.asNode(), Node.ANY);
                    dataset.add(Quad.defaultGraphIRI, graphName, Parley.contentHash.asNode(), hashLiteral);
                    // What the merge derives from the reference graphs (offices, places) may change with them.
                    markEventsStale();
                });
                loaded.add(graphName);
            }
        }
        return loaded;
    }

    /**
     * Replaces the article's named graph with the given triples, in one transaction: re-ingesting an article leaves
     * the store as one ingest did, and a failure part-way leaves the previous graph as it was. The graph gets the
     * article's type and locator whether or not the mapping added them.
     */
    public void replaceArticle(String locator, Graph graph) {
        replaceArticles(Map.of(locator, graph));
    }

    /** Stores the articles in one write transaction: all of them, or, on any failure, none. */
    @Override
    public void replaceArticles(Map<String, Graph> graphs) {
        Txn.executeWrite(dataset, () -> {
            putArticles(graphs);
            markEventsStale();
        });
    }

    /** Stores the articles and rebuilds the events graph in one write transaction: all of it, or none. */
    @Override
    public void replaceArticlesAndRebuildEvents(Map<String, Graph> graphs) {
        Txn.executeWrite(dataset, () -> {
            putArticles(graphs);
            rebuildEventsInTransaction();
        });
    }

    private void putArticles(Map<String, Graph> graphs) {
        graphs.forEach((locator, graph) -> {
            Node graphName = ArticleGraphs.graphName(locator);
            replaceGraph(graphName, graph);
            dataset.add(graphName, graphName, RDF.type.asNode(), Parley.Article.asNode());
            dataset.add(graphName, graphName, Parley.locator.asNode(), NodeFactory.createLiteralString(locator));
        });
    }

    /** Removes the article's graph; false when the store has no article with that locator. */
    public boolean removeArticle(String locator) {
        Node graphName = ArticleGraphs.graphName(locator);
        return Txn.calculateWrite(dataset, () -> {
            if (!dataset.contains(graphName, Node.ANY, Node.ANY, Node.ANY)) {
                return false;
            }
            dataset.deleteAny(graphName, Node.ANY, Node.ANY, Node.ANY);
            markEventsStale();
            return true;
        });
    }

    /** The locators of the stored articles, sorted. */
    public List<String> locators() {
        return Txn.calculateRead(dataset, () -> Iter.iter(
                        dataset.findNG(Node.ANY, Node.ANY, Parley.locator.asNode(), Node.ANY))
                .filter(q -> q.getGraph().equals(q.getSubject()))
                .map(q -> q.getObject().getLiteralLexicalForm())
                .toList())
                .stream().sorted().toList();
    }

    /** True when an article changed since the events graph was last rebuilt. */
    public boolean eventsStale() {
        return Txn.calculateRead(dataset, () -> dataset.contains(Quad.defaultGraphIRI, EVENTS, StoreVocab.stale, TRUE));
    }

    /** Rebuilds the events graph from all articles' contact reports and clears the stale mark, in one transaction. */
    public void rebuildEvents() {
        Txn.executeWrite(dataset, this::rebuildEventsInTransaction);
    }

    private void rebuildEventsInTransaction() {
        new EventMerger().rebuild(dataset);
        dataset.deleteAny(Quad.defaultGraphIRI, EVENTS, StoreVocab.stale, Node.ANY);
    }

    /** Rebuilds the events graph if it is stale, such as after a crash between storing and rebuilding. */
    public boolean repairEvents() {
        if (!eventsStale()) {
            return false;
        }
        rebuildEvents();
        return true;
    }

    /** The number of quads in the named graphs (the store's bookkeeping is not counted). */
    public long quadCount() {
        return Txn.calculateRead(dataset, () -> Iter.count(dataset.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY)));
    }

    /** Runs a function over the dataset inside a read transaction. */
    public <T> T read(Function<DatasetGraph, T> action) {
        return Txn.calculateRead(dataset, () -> action.apply(dataset));
    }

    /**
     * Runs a SELECT query with variables bound to RDF terms (never pasted into the query text), and returns the
     * results, read in full inside one read transaction.
     */
    public ResultSetRewindable select(Query query, Map<Var, Node> bindings) {
        return read(dsg -> {
            try (QueryExec exec = execution(query, bindings).build()) {
                return ResultSetFactory.makeRewindable(ResultSet.adapt(exec.select()));
            }
        });
    }

    /** Runs an ASK query with variables bound to RDF terms. */
    public boolean ask(Query query, Map<Var, Node> bindings) {
        return read(dsg -> {
            try (QueryExec exec = execution(query, bindings).build()) {
                return exec.ask();
            }
        });
    }

    /** Runs a CONSTRUCT or DESCRIBE query with variables bound to RDF terms; returns a copy of the result. */
    public Graph graphQuery(Query query, Map<Var, Node> bindings) {
        return read(dsg -> {
            try (QueryExec exec = execution(query, bindings).build()) {
                Graph result = GraphFactory.createDefaultGraph();
                (query.isDescribeType() ? exec.describe() : exec.construct()).find().forEach(result::add);
                return result;
            }
        });
    }

    private QueryExecBuilder execution(Query query, Map<Var, Node> bindings) {
        QueryExecBuilder builder = QueryExec.dataset(dataset).query(query);
        bindings.forEach(builder::substitution);
        return builder;
    }

    private void replaceGraph(Node graphName, Graph content) {
        dataset.deleteAny(graphName, Node.ANY, Node.ANY, Node.ANY);
        content.find().forEach(t -> dataset.add(graphName, t.getSubject(), t.getPredicate(), t.getObject()));
    }

    private void markEventsStale() {
        dataset.add(Quad.defaultGraphIRI, EVENTS, StoreVocab.stale, TRUE);
    }

    /** Releases the directory; TDB2 has already made every committed transaction durable. */
    @Override
    public void close() {
        TDBInternal.expel(dataset);
    }
}

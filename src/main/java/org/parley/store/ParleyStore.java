package org.parley.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
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
import org.apache.jena.query.QueryCancelledException;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.parley.rdf.Parley;
import org.parley.read.Messages;
import org.parley.store.ReferenceGraphs.ReferenceGraph;

/**
 * A Parley knowledge graph in a TDB2 directory: one named graph per article, the reference graphs, and the events
 * graph merged from the articles. Queries see the union of the named graphs as their default graph.
 * <p>
 * Every change is one transaction, so a failure leaves the store as it was. A change to an article merges its reports
 * into the events in the same transaction (incrementally, see {@link EventMerger}). What bypasses the merge (a bulk
 * load) marks the events stale first; {@link #rebuildEvents()} clears the mark, so a process that dies between the
 * two leaves a mark that the next {@link #repairEvents()} acts on.
 * <p>
 * TDB2 shares one dataset per directory within a process: open a directory once at a time, and close it when done.
 */
public final class ParleyStore implements AutoCloseable, Ingestion.Target {
    private static final Logger LOG = LoggerFactory.getLogger(ParleyStore.class);
    private static final Node EVENTS = NodeFactory.createURI(Parley.EVENTS_GRAPH);
    private static final Node TRUE = NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean);
    /**
     * The version of the merge rules, blocking keys and event facets the events and the index were built with: a
     * store built with another is re-merged (3: parley:dateText on every event; 4: exact participant sets first;
     * 5: the country pairs, report count, place's and participants' names on every event; 6: each participation
     * with its counterparts' names, each event with its date node).
     */
    private static final Node MERGE_SCHEME = NodeFactory.createLiteralString("6");

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
                    // The events' places and countries come from the reference data: merge again with the new.
                    if (dataset.find(Node.ANY, Node.ANY, RDF.type.asNode(), Parley.ContactReport.asNode()).hasNext()) {
                        markEventsStaleInTransaction();
                    }
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

    /**
     * Stores the articles and brings the merged events up to date in one write transaction: all of it, or, on any
     * failure, none. Only the events the articles' reports can join are re-merged.
     */
    @Override
    public void replaceArticles(Map<String, Graph> graphs) {
        Txn.executeWrite(dataset, () -> putArticles(graphs));
    }

    /** The same as {@link #replaceArticles}: the events change with the articles, in the same transaction. */
    @Override
    public void replaceArticlesAndRebuildEvents(Map<String, Graph> graphs) {
        replaceArticles(graphs);
    }

    private void putArticles(Map<String, Graph> graphs) {
        Set<Node> removed = new LinkedHashSet<>();
        Set<Node> added = new LinkedHashSet<>();
        graphs.forEach((locator, graph) -> {
            StoredArticle article = StoredArticle.of(locator, graph);
            // The article's identity names its graph; the locator only finds it. An article read through another
            // path replaces itself, and whatever the locator held before (an edited file) goes.
            Set<Node> replaced = new LinkedHashSet<>(articlesAt(locator));
            replaced.add(article.graphName());
            for (Node old : replaced) {
                removed.addAll(EventMerger.reportsOf(dataset, old));
                dataset.deleteAny(old, Node.ANY, Node.ANY, Node.ANY);
            }
            article.quads(dataset::add);
            added.addAll(EventMerger.reportsOf(dataset, article.graphName()));
        });
        mergeChanges(removed, added);
    }

    /**
     * Merges changed reports incrementally, or everything when the events were stale already. Should the merge
     * fail, the articles are stored all the same and a merge is recorded as pending (a full one, which starts from
     * the article graphs alone), for the next write or read to complete.
     */
    private void mergeChanges(Set<Node> removed, Set<Node> added) {
        try {
            if (eventsStaleInTransaction()) {
                rebuildEventsInTransaction();
            } else {
                new EventMerger().update(dataset, removed, added);
            }
        } catch (RuntimeException e) {
            LOG.warn("merging events failed; the merge is left pending: {}", Messages.oneLine(e));
            markEventsStaleInTransaction();
        }
    }

    /** The graphs of the articles stored under a locator. */
    private List<Node> articlesAt(String locator) {
        return Iter.iter(dataset.find(Node.ANY, Node.ANY, Parley.locator.asNode(), NodeFactory.createLiteralString(locator)))
                .filter(q -> q.getGraph().equals(q.getSubject()))
                .map(Quad::getGraph).toList();
    }

    /** Removes the article stored under the locator, and merges its reports out of the events; false when none. */
    public boolean removeArticle(String locator) {
        return Txn.calculateWrite(dataset, () -> {
            List<Node> graphs = articlesAt(locator);
            Set<Node> removed = new LinkedHashSet<>();
            for (Node graphName : graphs) {
                removed.addAll(EventMerger.reportsOf(dataset, graphName));
                dataset.deleteAny(graphName, Node.ANY, Node.ANY, Node.ANY);
            }
            if (graphs.isEmpty()) {
                return false;
            }
            mergeChanges(removed, Set.of());
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

    /**
     * True when the events may not agree with the articles' reports: a merge is pending (a bulk load, a crash
     * before the merge), or the store predates the blocking index of incremental merging.
     */
    public boolean eventsStale() {
        return Txn.calculateRead(dataset, this::eventsStaleInTransaction);
    }

    private boolean eventsStaleInTransaction() {
        if (dataset.contains(Quad.defaultGraphIRI, EVENTS, StoreVocab.stale, TRUE)) {
            return true;
        }
        return !dataset.contains(Quad.defaultGraphIRI, EVENTS, StoreVocab.mergeScheme, MERGE_SCHEME)
                && dataset.find(Node.ANY, Node.ANY, RDF.type.asNode(), Parley.ContactReport.asNode()).hasNext();
    }

    /** Re-merges all reports into events (and rebuilds the blocking index) and clears the stale mark, in one transaction. */
    public void rebuildEvents() {
        Txn.executeWrite(dataset, this::rebuildEventsInTransaction);
    }

    /** Records that the events need a full merge, such as before a bulk load that bypasses the merge. */
    public void markEventsStale() {
        Txn.executeWrite(dataset, this::markEventsStaleInTransaction);
    }

    private void rebuildEventsInTransaction() {
        new EventMerger().rebuild(dataset);
        dataset.deleteAny(Quad.defaultGraphIRI, EVENTS, StoreVocab.stale, Node.ANY);
        dataset.deleteAny(Quad.defaultGraphIRI, EVENTS, StoreVocab.mergeScheme, Node.ANY);
        dataset.add(Quad.defaultGraphIRI, EVENTS, StoreVocab.mergeScheme, MERGE_SCHEME);
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
        return select(query, bindings, -1);
    }

    /** As {@link #select(Query, Map)}, stopped with a {@link QueryCancelledException} after the timeout (if 0 or more). */
    public ResultSetRewindable select(Query query, Map<Var, Node> bindings, long timeoutSeconds) {
        return read(dsg -> {
            QueryExecBuilder builder = execution(query, bindings);
            if (timeoutSeconds >= 0) {
                builder.timeout(timeoutSeconds, TimeUnit.SECONDS);
            }
            try (QueryExec exec = builder.build()) {
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

    private void markEventsStaleInTransaction() {
        dataset.add(Quad.defaultGraphIRI, EVENTS, StoreVocab.stale, TRUE);
    }

    /** Releases the directory; TDB2 has already made every committed transaction durable. */
    @Override
    public void close() {
        TDBInternal.expel(dataset);
    }
}

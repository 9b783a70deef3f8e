package org.parley.store;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.parley.rdf.Parley;

/**
 * Terms for the store's own bookkeeping. They live in the TDB2 dataset's real default graph, which queries never
 * see (the default graph they see is the union of the named graphs), so bookkeeping never mixes with data.
 */
final class StoreVocab {
    static final String NS = Parley.ID + "store#";

    /** {@code <events graph> stale true}: an article changed after the events graph was last rebuilt. */
    static final Node stale = NodeFactory.createURI(NS + "stale");

    /** {@code <events graph> mergeScheme "N"}: the merge rules the events and the blocking index were built with. */
    static final Node mergeScheme = NodeFactory.createURI(NS + "mergeScheme");

    private StoreVocab() {
    }
}

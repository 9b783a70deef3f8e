package org.parley.merge;

import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Merges the contact reports of all articles into events, one per real contact, and writes them to the
 * events graph. The result depends only on the set of reports, never on the order they arrived in.
 * Call inside a write transaction.
 */
public final class EventMerger {
    public void rebuild(DatasetGraph dataset) {
    }
}

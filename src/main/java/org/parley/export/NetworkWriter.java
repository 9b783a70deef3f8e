package org.parley.export;

/** Writes the actor network in one format: all the nodes first, then all the edges. */
interface NetworkWriter {
    void start();

    void node(ActorNode node);

    /** Called once, after the last node and before the first edge. */
    void startEdges();

    void edge(ContactEdge edge);

    /** Ends the document and flushes; the stream stays open. */
    void finish();
}

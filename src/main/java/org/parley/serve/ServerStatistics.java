package org.parley.serve;

import org.apache.jena.fuseki.ctl.ActionStats;
import org.apache.jena.fuseki.servlets.HttpAction;

/** Fuseki's request statistics ({@code /$/stats}), for the writer only: they show how the server is used. */
final class ServerStatistics extends ActionStats {
    private final Credentials writer;

    ServerStatistics(Credentials writer) {
        this.writer = writer;
    }

    @Override
    public void validate(HttpAction action) {
        WriterOnly.require(writer, action, "The server's statistics");
        super.validate(action);
    }
}

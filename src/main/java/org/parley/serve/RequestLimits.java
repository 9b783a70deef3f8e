package org.parley.serve;

import org.apache.jena.fuseki.servlets.ServletOps;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.ConditionalHandler;
import org.eclipse.jetty.server.handler.QoSHandler;
import org.eclipse.jetty.server.handler.SizeLimitHandler;

/**
 * The server's bounds on requests, put in front of everything it serves (Jetty's own handlers):
 * <ul>
 *   <li>request bodies: the ingest endpoint takes up to the settings' limit, every other endpoint
 *       {@value ServerSettings#QUERY_BODY_LIMIT} bytes; larger gets 413, whether the size is declared or
 *       streamed;</li>
 *   <li>queries (SPARQL, linked-data pages, exports) run at most so many at once; the others wait their turn,
 *       suspended without holding a thread, for up to the query timeout, so that a burst makes answers slower
 *       rather than failing them. Only a request that waits longer, or a queue of thousands, gets 503.</li>
 * </ul>
 */
final class RequestLimits {
    /** The paths whose requests run queries over the store. */
    static final String[] QUERY_PATHS = {ParleyServer.DATASET, ParleyServer.DATASET + "/sparql",
            ParleyServer.DATASET + "/query", ParleyServer.DATASET + "/get", ParleyServer.DATASET + "/data",
            IdPaths.PREFIX + "*", "/export", "/api/*"};
    /** Requests that may wait for their turn; past this a burst is turned away at once. */
    private static final int MAX_WAITING = 10_000;

    private RequestLimits() {
    }

    /**
     * True when a failure comes from a request body larger than its limit: Jetty finds that out only as a streamed
     * body is read, and the endpoint reading it sees an exception that should be the client's 413, not a 500.
     */
    static boolean bodyTooLarge(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof HttpException http && http.getCode() == HttpStatus.PAYLOAD_TOO_LARGE_413) {
                return true;
            }
        }
        return false;
    }

    /** Ends the request with 413, for a body found too large while it was read. */
    static void refuseLargeBody() {
        ServletOps.error(HttpStatus.PAYLOAD_TOO_LARGE_413, "The request body is larger than this endpoint takes");
    }

    /** Wraps the server's handler; call before the server starts. @return the handler queries wait in */
    static QoSHandler install(Server jetty, ServerSettings settings) {
        Handler served = jetty.getHandler();
        QoSHandler queries = new QoSHandler(served);
        queries.setMaxRequestCount(settings.maxConcurrentQueries());
        queries.setMaxSuspendedRequestCount(MAX_WAITING);
        queries.setMaxSuspend(settings.queryTimeout());
        queries.includePath(QUERY_PATHS);
        // The query limit for every body but the ingest endpoint's, which skips it for the larger one outside.
        SizeLimitHandler queryBodies = new SizeLimitHandler(ServerSettings.QUERY_BODY_LIMIT, -1);
        queryBodies.setHandler(queries);
        ConditionalHandler.SkipNext ingestSkips = new ConditionalHandler.SkipNext(queryBodies);
        ingestSkips.includePath(ParleyServer.DATASET + "/" + ParleyServer.INGEST);
        SizeLimitHandler bodies = new SizeLimitHandler(settings.maxBodyBytes(), -1);
        bodies.setHandler(ingestSkips);
        jetty.setHandler(bodies);
        return queries;
    }
}

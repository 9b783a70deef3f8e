package org.parley.serve;

import java.time.Duration;

/**
 * How the server runs.
 *
 * @param host         the interface to listen on
 * @param port         the port, 0 for any free one
 * @param queryTimeout how long a SPARQL query may run before it is cancelled
 * @param maxRows      the most results (rows, or solutions of a CONSTRUCT or DESCRIBE) a SPARQL query returns
 * @param cors         whether browsers on other origins (YASGUI, Sparklis) may call the server
 * @param writer       who may write through the ingest endpoint; null for a read-only server
 */
public record ServerSettings(String host, int port, Duration queryTimeout, long maxRows, boolean cors,
                             Credentials writer) {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final long DEFAULT_MAX_ROWS = 100_000;

    public ServerSettings {
        if (queryTimeout.isNegative() || queryTimeout.isZero()) {
            throw new IllegalArgumentException("the query timeout must be positive, not " + queryTimeout);
        }
        if (maxRows < 1) {
            throw new IllegalArgumentException("the result limit must be at least 1, not " + maxRows);
        }
    }

    /** A read-only server on the host and port with the default limits and no CORS. */
    public static ServerSettings of(String host, int port) {
        return new ServerSettings(host, port, DEFAULT_TIMEOUT, DEFAULT_MAX_ROWS, false, null);
    }

    public boolean writable() {
        return writer != null;
    }

    public ServerSettings withLimits(Duration timeout, long rows) {
        return new ServerSettings(host, port, timeout, rows, cors, writer);
    }

    public ServerSettings withCors(boolean enabled) {
        return new ServerSettings(host, port, queryTimeout, maxRows, enabled, writer);
    }

    public ServerSettings withWriter(Credentials credentials) {
        return new ServerSettings(host, port, queryTimeout, maxRows, cors, credentials);
    }
}

package org.parley.serve;

import java.net.URI;
import java.time.Duration;

/**
 * How the server runs.
 *
 * @param host                 the interface to listen on
 * @param port                 the port, 0 for any free one
 * @param queryTimeout         how long a SPARQL query may run before it is cancelled
 * @param maxRows              the most results (rows, or solutions of a CONSTRUCT or DESCRIBE) a SPARQL query returns
 * @param cors                 whether browsers on other origins (YASGUI, Sparklis) may call the server
 * @param writer               who may write through the ingest endpoint; null for a read-only server
 * @param baseUrl              the URL the server's pages link to (such as https://parley.example.org/ behind a
 *                             proxy); null for http://HOST:PORT/ as it listens. Never taken from a request's Host
 *                             header, which the client chooses.
 * @param maxConcurrentQueries how many queries (SPARQL, linked-data pages, exports) run at once; more wait their turn
 * @param maxBodyBytes         the largest request body the ingest endpoint takes (other endpoints take
 *                             {@value #QUERY_BODY_LIMIT} bytes)
 * @param cacheBytes           how many bytes of query answers to keep for queries asked again (0: none)
 */
public record ServerSettings(String host, int port, Duration queryTimeout, long maxRows, boolean cors,
                             Credentials writer, URI baseUrl, int maxConcurrentQueries, long maxBodyBytes,
                             long cacheBytes) {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final long DEFAULT_MAX_ROWS = 100_000;
    /** Queries are CPU-bound: more at once than twice the cores only makes each slower. */
    public static final int DEFAULT_MAX_CONCURRENT_QUERIES = 2 * Runtime.getRuntime().availableProcessors();
    public static final long DEFAULT_MAX_BODY = 32L << 20;
    /** The largest request body of any endpoint but ingest: no query needs more. */
    public static final long QUERY_BODY_LIMIT = 1L << 20;
    public static final long DEFAULT_CACHE = 64L << 20;

    public ServerSettings {
        if (queryTimeout.isNegative() || queryTimeout.isZero()) {
            throw new IllegalArgumentException("the query timeout must be positive, not " + queryTimeout);
        }
        if (maxRows < 1) {
            throw new IllegalArgumentException("the result limit must be at least 1, not " + maxRows);
        }
        if (maxConcurrentQueries < 1 || maxBodyBytes < 1 || cacheBytes < 0) {
            throw new IllegalArgumentException("the query and body limits must be at least 1");
        }
        if (baseUrl != null && !(("http".equals(baseUrl.getScheme()) || "https".equals(baseUrl.getScheme()))
                && baseUrl.getHost() != null)) {
            throw new IllegalArgumentException("the base URL must be an http:// or https:// URL, not " + baseUrl);
        }
    }

    /** A read-only server on the host and port with the default limits and no CORS. */
    public static ServerSettings of(String host, int port) {
        return new ServerSettings(host, port, DEFAULT_TIMEOUT, DEFAULT_MAX_ROWS, false, null, null,
                DEFAULT_MAX_CONCURRENT_QUERIES, DEFAULT_MAX_BODY, DEFAULT_CACHE);
    }

    /** Where the server listens, given its port: http://HOST:PORT/. */
    public String listeningUrl(int actualPort) {
        String shownHost = host.contains(":") ? "[" + host + "]" : host;
        return "http://" + shownHost + ":" + actualPort + "/";
    }

    /** The URL pages link to, ending in '/': the base URL if one is set, else where the server listens. */
    public String publicUrl(int actualPort) {
        if (baseUrl == null) {
            return listeningUrl(actualPort);
        }
        String url = baseUrl.toString();
        return url.endsWith("/") ? url : url + "/";
    }

    public boolean writable() {
        return writer != null;
    }

    public ServerSettings withLimits(Duration timeout, long rows) {
        return new ServerSettings(host, port, timeout, rows, cors, writer, baseUrl, maxConcurrentQueries, maxBodyBytes,
                cacheBytes);
    }

    public ServerSettings withCors(boolean enabled) {
        return new ServerSettings(host, port, queryTimeout, maxRows, enabled, writer, baseUrl, maxConcurrentQueries,
                maxBodyBytes, cacheBytes);
    }

    public ServerSettings withWriter(Credentials credentials) {
        return new ServerSettings(host, port, queryTimeout, maxRows, cors, credentials, baseUrl, maxConcurrentQueries,
                maxBodyBytes, cacheBytes);
    }

    /** @param url where the server is reached (its pages link there), or null for where it listens */
    public ServerSettings withBaseUrl(URI url) {
        return new ServerSettings(host, port, queryTimeout, maxRows, cors, writer, url, maxConcurrentQueries,
                maxBodyBytes, cacheBytes);
    }

    public ServerSettings withRequestLimits(int concurrentQueries, long bodyBytes) {
        return new ServerSettings(host, port, queryTimeout, maxRows, cors, writer, baseUrl, concurrentQueries,
                bodyBytes, cacheBytes);
    }

    /** @param bytes how many bytes of query answers to keep (0 for none) */
    public ServerSettings withCache(long bytes) {
        return new ServerSettings(host, port, queryTimeout, maxRows, cors, writer, baseUrl, maxConcurrentQueries,
                maxBodyBytes, bytes);
    }
}

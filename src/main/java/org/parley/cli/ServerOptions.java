package org.parley.cli;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.parley.serve.Credentials;
import org.parley.serve.ParleyServer;
import org.parley.serve.ServerSettings;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Where to listen and how: the options serve and demo share. */
class ServerOptions {
    @Option(names = "--host", paramLabel = "HOST", defaultValue = ParleyServer.DEFAULT_HOST,
            description = "The interface to listen on (default: ${DEFAULT-VALUE}, this machine only; "
                    + "0.0.0.0 for all).")
    String host;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "" + ParleyServer.DEFAULT_PORT,
            description = "The HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Cancel a SPARQL query that runs longer (default: ${DEFAULT-VALUE}).")
    double timeoutSeconds;

    @Option(names = "--max-rows", paramLabel = "N", defaultValue = "100000",
            description = "Return at most N results from a SPARQL query (default: ${DEFAULT-VALUE}).")
    long maxRows;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "The URL the server is reached at (behind a proxy, https://parley.example.org/); its "
                    + "pages link there. Default: http://HOST:PORT/. Never taken from a request's Host header.")
    URI baseUrl;

    @Option(names = "--max-concurrent-queries", paramLabel = "N",
            description = "Run at most N queries at once (SPARQL, linked-data pages, exports); more wait their turn, "
                    + "up to the timeout (default: ${DEFAULT-VALUE}, twice the cores).")
    int maxConcurrentQueries = ServerSettings.DEFAULT_MAX_CONCURRENT_QUERIES;

    @Option(names = "--max-body", paramLabel = "MB",
            description = "The largest request the ingest endpoint takes (default: ${DEFAULT-VALUE}); other "
                    + "endpoints take 1 MB.")
    double maxBodyMegabytes = ServerSettings.DEFAULT_MAX_BODY >> 20;

    @Option(names = "--cache", paramLabel = "MB",
            description = "Keep up to this many MB of query answers for queries asked again; every write clears "
                    + "them (default: ${DEFAULT-VALUE}; 0 for none).")
    double cacheMegabytes = ServerSettings.DEFAULT_CACHE >> 20;

    @Option(names = "--cors",
            description = "Let web pages on other sites query the server from the browser (YASGUI, Sparklis).")
    boolean cors;

    @Option(names = "--writable",
            description = {"Accept articles at /parley/ingest (from parley ingest --server), for the user and "
                    + "password below. Setting a password also makes the server writable.",
                    CredentialOptions.PASSWORD_SOURCES})
    boolean writable;

    @Mixin
    private CredentialOptions credentials;

    /** The settings, checked; a problem the user can fix is a UserError. */
    ServerSettings settings(Map<String, String> environment) {
        if (port < 0 || port > 65535) {
            throw new UserError("--port " + port + ": not a port number (0-65535)");
        }
        if (!(timeoutSeconds > 0) || timeoutSeconds > Duration.ofDays(1).toSeconds()) {
            throw new UserError("--timeout " + timeoutSeconds + ": give a number of seconds, more than 0");
        }
        if (maxRows < 1) {
            throw new UserError("--max-rows " + maxRows + ": give a number of rows, at least 1");
        }
        if (maxConcurrentQueries < 1 || !(maxBodyMegabytes > 0) || !(cacheMegabytes >= 0)) {
            throw new UserError("--max-concurrent-queries and --max-body must be more than 0, --cache 0 or more");
        }
        if (baseUrl != null && !(("http".equals(baseUrl.getScheme()) || "https".equals(baseUrl.getScheme()))
                && baseUrl.getHost() != null)) {
            throw new UserError("--base-url " + baseUrl + ": give an http:// or https:// URL");
        }
        Credentials writer = writable ? credentials.required(environment, "--writable needs a password")
                : credentials.configured(environment).orElse(null);
        return ServerSettings.of(host, port)
                .withLimits(Duration.ofMillis(Math.round(timeoutSeconds * 1000)), maxRows)
                .withCors(cors)
                .withWriter(writer)
                .withBaseUrl(baseUrl)
                .withRequestLimits(maxConcurrentQueries, Math.round(maxBodyMegabytes * (1 << 20)))
                .withCache(Math.round(cacheMegabytes * (1 << 20)));
    }
}

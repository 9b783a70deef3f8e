package org.parley.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.parley.rdf.ArticleGraphs;
import org.parley.rdf.ArticleIdentity;
import org.parley.store.MergedElsewhere;
import org.parley.store.StoreException;

/**
 * The client side of {@code parley ingest --server}: articles are read and converted here, with the same pipeline
 * as a local ingest, and each article graph is sent (N-Quads, in the article's named graph) to a running server's
 * {@code /parley/ingest}, which stores it and merges its events in one transaction. Failures are
 * {@link StoreException}s with one-line messages that say what to do; none holds the password.
 */
public final class IngestClient implements MergedElsewhere {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    private final URI endpoint;
    private final Credentials credentials;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).version(HttpClient.Version.HTTP_1_1).build();

    private IngestClient(URI endpoint, Credentials credentials) {
        this.endpoint = endpoint;
        this.credentials = credentials;
    }

    /**
     * A client for the server at the URL (its base, such as http://127.0.0.1:3030, or the ingest endpoint itself),
     * after checking that the server answers and accepts the credentials.
     *
     * @throws StoreException when the URL is not usable, the server cannot be reached or refuses the credentials
     */
    public static IngestClient connect(String serverUrl, Credentials credentials) {
        IngestClient client = new IngestClient(endpoint(serverUrl), credentials);
        client.counts();
        return client;
    }

    /** The ingest endpoint for a server URL. */
    static URI endpoint(String serverUrl) {
        String url = serverUrl.strip().replaceAll("/+$", "");
        String path = ParleyServer.DATASET + "/" + ParleyServer.INGEST;
        URI uri;
        try {
            uri = URI.create(url.endsWith(path) ? url : url + path);
        } catch (IllegalArgumentException e) {
            throw new StoreException("--server " + serverUrl + ": not a URL");
        }
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
            throw new StoreException("--server " + serverUrl + ": give the server's http:// or https:// URL, "
                    + "such as http://127.0.0.1:3030");
        }
        return uri;
    }

    public URI endpoint() {
        return endpoint;
    }

    @Override
    public void replaceArticle(String locator, Graph graph) {
        Node name = ArticleIdentity.graphNameIn(graph).orElseGet(() -> ArticleGraphs.graphName(locator));
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        StreamRDF quads = StreamRDFWriter.getWriterStream(body, RDFFormat.NQUADS);
        quads.start();
        graph.find().forEachRemaining(t -> quads.quad(Quad.create(name, t)));
        quads.finish();
        URI uri = URI.create(endpoint + "?" + IngestService.LOCATOR + "="
                + URLEncoder.encode(locator, StandardCharsets.UTF_8));
        send(HttpRequest.newBuilder(uri).header("Content-Type", "application/n-quads")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())), "article " + locator);
    }

    @Override
    public long quadCount() {
        return counts().get("quads").getAsNumber().value().longValue();
    }

    private JsonObject counts() {
        String body = send(HttpRequest.newBuilder(endpoint).GET(), "the server");
        try {
            return JSON.parse(body);
        } catch (RuntimeException e) {
            throw new StoreException(endpoint + " did not answer as a Parley ingest endpoint");
        }
    }

    /** Sends the request with the credentials; the response body on success, else a StoreException. */
    private String send(HttpRequest.Builder request, String what) {
        HttpResponse<String> response;
        try {
            response = http.send(request.header("Authorization", credentials.authorization()).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (ConnectException | HttpConnectTimeoutException e) {
            throw new StoreException("cannot reach the Parley server at " + endpoint + " (is parley serve running "
                    + "there, with --writable?)", e);
        } catch (HttpTimeoutException e) {
            throw new StoreException("no answer from the Parley server at " + endpoint, e);
        } catch (IOException e) {
            throw new StoreException("sending " + what + " to " + endpoint + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while sending " + what + " to " + endpoint, e);
        }
        int status = response.statusCode();
        if (status == 200) {
            return response.body();
        }
        String said = response.body() == null ? "" : response.body().strip().lines().findFirst().orElse("");
        throw new StoreException(switch (status) {
            case 401 -> endpoint + " refused the user name or password for user '" + credentials.user()
                    + "' (HTTP 401): check --user, and PARLEY_PASSWORD or the password file";
            case 404 -> endpoint + " is not there (HTTP 404): is the server writable (parley serve --writable, "
                    + "with a password set)?";
            default -> endpoint + " refused " + what + " (HTTP " + status + ")" + (said.isEmpty() ? "" : ": " + said);
        });
    }

    @Override
    public String toString() {
        return endpoint.toString();
    }
}

package org.parley.cli;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import org.parley.read.InputLimits;
import org.parley.serve.IngestClient;
import org.parley.store.Ingestion;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** ingest --server: the options, and the ingest that sends the converted articles to a running server. */
class RemoteIngestOptions {
    @Option(names = "--server", paramLabel = "URL",
            description = {"Send the converted articles to the Parley server at URL (such as "
                    + "http://127.0.0.1:3030, started with --writable) instead of writing a store.",
                    CredentialOptions.PASSWORD_SOURCES})
    String server;

    @Mixin
    private CredentialOptions credentials;

    /** Checks the server and the password before loading the models, which takes a while; then ingests. */
    int ingest(List<String> inputs, InputLimits limits, CommandContext context) throws InterruptedException {
        if (context.given("--store")) {
            throw new UserError("--store and --server: give one (the server writes to its own store)");
        }
        IngestClient client = IngestClient.connect(server,
                credentials.required(System.getenv(), "--server needs the server's password"));
        URI endpoint = client.endpoint();
        if ("http".equals(endpoint.getScheme()) && !isLoopback(endpoint.getHost())) {
            context.err().println("parley ingest: warning: the password goes unencrypted over plain "
                    + "HTTP to " + endpoint.getHost() + "; use https:// (a TLS proxy) beyond this machine");
        }
        context.quietCoreNlp();
        Ingestion.Summary summary = IngestRun.run(client, client.toString(), () -> {
        }, inputs, limits, context);
        return summary.failures().isEmpty() ? 0 : 1;
    }

    private static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}

package org.parley.cli;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.List;
import org.parley.serve.Credentials;
import org.parley.serve.IngestClient;
import org.parley.store.Ingestion;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** ingest --server: the options, and the ingest that sends the converted articles to a running server. */
class RemoteIngestOptions {
    @Option(names = "--server", paramLabel = "URL",
            description = {"Send the converted articles to the Parley server at URL (such as "
                    + "http://127.0.0.1:3030, started with --writable) instead of writing a store.",
                    "The password comes from $PARLEY_PASSWORD, or a file named by --password-file or "
                            + "$PARLEY_PASSWORD_FILE; never from the command line."})
    String server;

    @Option(names = "--user", paramLabel = "NAME", defaultValue = Credentials.DEFAULT_USER,
            description = "With --server: the user name to give (default: ${DEFAULT-VALUE}).")
    String user;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "With --server: a file holding the password.")
    Path passwordFile;

    /** Checks the server and the password before loading the models, which takes a while; then ingests. */
    int ingest(List<String> inputs, CommandSpec spec, boolean verbose) throws InterruptedException {
        if (spec.commandLine().getParseResult().hasMatchedOption("--store")) {
            throw new UserError("--store and --server: give one (the server writes to its own store)");
        }
        Credentials credentials;
        try {
            credentials = Credentials.configured(user, passwordFile, System.getenv()).orElseThrow(() ->
                    new UserError("--server needs the server's password: set " + Credentials.PASSWORD_VARIABLE
                            + ", or " + Credentials.PASSWORD_FILE_VARIABLE + " or --password-file to a file that "
                            + "holds it"));
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage(), e);
        }
        IngestClient client = IngestClient.connect(server, credentials);
        URI endpoint = client.endpoint();
        if ("http".equals(endpoint.getScheme()) && !isLoopback(endpoint.getHost())) {
            spec.commandLine().getErr().println("parley ingest: warning: the password goes unencrypted over plain "
                    + "HTTP to " + endpoint.getHost() + "; use https:// (a TLS proxy) beyond this machine");
        }
        Logging.quietCoreNlp(verbose);
        Ingestion.Summary summary = IngestRun.run(client, client.toString(), () -> {
        }, inputs, spec.commandLine().getOut(), spec.commandLine().getErr());
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

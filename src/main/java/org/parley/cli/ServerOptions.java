package org.parley.cli;

import org.parley.serve.ParleyServer;
import picocli.CommandLine.Option;

/** Where to listen: the options serve and demo share. */
class ServerOptions {
    @Option(names = "--host", paramLabel = "HOST", defaultValue = ParleyServer.DEFAULT_HOST,
            description = "The interface to listen on (default: ${DEFAULT-VALUE}, this machine only; "
                    + "0.0.0.0 for all).")
    String host;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "" + ParleyServer.DEFAULT_PORT,
            description = "The HTTP port (default: ${DEFAULT-VALUE}).")
    int port;
}

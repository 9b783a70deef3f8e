package org.parley.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.parley.serve.Credentials;
import picocli.CommandLine.Option;

/** --user and --password-file: the writer's credentials, accepted by serve and demo, given by ingest --server. */
class CredentialOptions {
    /** Where the password comes from, for the description of the option that needs it. */
    static final String PASSWORD_SOURCES = "The password comes from $PARLEY_PASSWORD, or a file named by "
            + "--password-file or $PARLEY_PASSWORD_FILE; never from the command line.";

    @Option(names = "--user", paramLabel = "NAME", defaultValue = Credentials.DEFAULT_USER,
            description = "The user name writers give (default: ${DEFAULT-VALUE}).")
    String user;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "A file holding the writers' password.")
    Path passwordFile;

    /** The credentials, if a password is configured; an unreadable password file is a UserError. */
    Optional<Credentials> configured(Map<String, String> environment) {
        try {
            return Credentials.configured(user, passwordFile, environment);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage(), e);
        }
    }

    /** The credentials; without a password, a UserError that starts with {@code needing}. */
    Credentials required(Map<String, String> environment, String needing) {
        return configured(environment).orElseThrow(() -> new UserError(needing + ": set "
                + Credentials.PASSWORD_VARIABLE + ", or " + Credentials.PASSWORD_FILE_VARIABLE
                + " or --password-file to a file that holds it"));
    }
}

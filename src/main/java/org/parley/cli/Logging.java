package org.parley.cli;

import edu.stanford.nlp.util.logging.RedwoodConfiguration;

/**
 * Log levels. slf4j-simple reads its level once, when the first logger is made, so {@link #verbose()} must run
 * before anything logs: picocli sets options before any command runs. The default (warn) comes from
 * simplelogger.properties.
 */
final class Logging {
    private static final String LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";

    private Logging() {
    }

    static void verbose() {
        System.setProperty(LEVEL, "info");
    }

    /** CoreNLP logs through its own Redwood system to stderr; without --verbose it says nothing. */
    static void quietCoreNlp(boolean verbose) {
        if (!verbose) {
            RedwoodConfiguration.current().clear().apply();
        }
    }
}

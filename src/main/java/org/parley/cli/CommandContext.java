package org.parley.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What a subcommand uses of the command line around it: its output, its error stream and --verbose. A mixin that
 * declares no option must be a {@code @Command} for picocli to take it.
 */
@Command
class CommandContext {
    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    /** Whether the command line gave {@code option}, rather than its default applying. */
    boolean given(String option) {
        return spec.commandLine().getParseResult().hasMatchedOption(option);
    }

    /** The command's name as the user typed it, for messages: "parley query". */
    String name() {
        return spec.qualifiedName();
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** --verbose, an option of the parley command that every subcommand inherits. */
    boolean verbose() {
        return ((ParleyCli) spec.root().userObject()).verbose();
    }

    /** Silences CoreNLP unless --verbose was given: for commands that load the models. */
    void quietCoreNlp() {
        Logging.quietCoreNlp(verbose());
    }
}

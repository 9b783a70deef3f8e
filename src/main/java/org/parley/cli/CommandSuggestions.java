package org.parley.cli;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.commons.text.similarity.LevenshteinDistance;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * An unknown command gets one line naming the nearest command (by edit distance) instead of the whole usage; other
 * argument errors go to picocli's own handler.
 */
final class CommandSuggestions implements IParameterExceptionHandler {
    private final IParameterExceptionHandler otherwise;

    CommandSuggestions(IParameterExceptionHandler otherwise) {
        this.otherwise = otherwise;
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) throws Exception {
        CommandLine command = e.getCommandLine();
        boolean unknownCommand = e instanceof UnmatchedArgumentException unmatched && command.getParent() == null
                && !command.getSubcommands().isEmpty() && !unmatched.getUnmatched().isEmpty()
                && args.length > 0 && args[firstNonOption(args)].equals(unmatched.getUnmatched().get(0));
        if (!unknownCommand) {
            return otherwise.handleParseException(e, args);
        }
        String given = ((UnmatchedArgumentException) e).getUnmatched().get(0);
        List<String> names = command.getSubcommands().keySet().stream().toList();
        String nearest = names.stream().min(Comparator.comparingInt((String name) -> distance(given, name))
                .thenComparing(name -> name)).orElseThrow();
        PrintWriter err = command.getErr();
        err.println(command.getCommandName() + ": unknown command '" + given + "'; did you mean '" + nearest
                + "'? (commands: " + String.join(", ", names) + ")");
        err.flush();
        return ParleyCli.USER_ERROR;
    }

    private static int firstNonOption(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("-")) {
                return i;
            }
        }
        return 0;
    }

    /** Levenshtein distance, case-insensitive. */
    static int distance(String a, String b) {
        return LevenshteinDistance.getDefaultInstance().apply(a.toLowerCase(Locale.ROOT), b.toLowerCase(Locale.ROOT));
    }
}

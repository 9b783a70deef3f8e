package org.parley.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.jena.Jena;
import org.parley.extract.Extractor;
import org.parley.read.Messages;
import org.parley.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The {@code parley} command. */
@Command(name = "parley", scope = ScopeType.INHERIT, mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
        versionProvider = ParleyCli.Version.class,
        description = "Turns news articles about international relations into an RDF knowledge graph of contacts "
                + "(meetings, calls, visits) and statements, with provenance, served over SPARQL.",
        subcommands = {
                IngestCommand.class, QueryCommand.class, ServeCommand.class, DemoCommand.class,
                ValidateCommand.class, StatsCommand.class, RemoveCommand.class, InspectCommand.class, BenchCommand.class,
                ExportCommand.class, MergeCommand.class, LoadCommand.class, CompactCommand.class,
                CommandLine.HelpCommand.class})
public class ParleyCli implements Runnable {
    /** Exit code for bad input or configuration the user can fix: bad arguments, a missing store, a bad query. */
    public static final int USER_ERROR = CommandLine.ExitCode.USAGE;

    @Spec
    private CommandSpec spec;

    private boolean verbose;

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
            description = "Log progress at info level (Jena, Fuseki, CoreNLP) and print stack traces with errors.")
    void setVerbose(boolean verbose) {
        this.verbose = verbose;
        if (verbose) {
            Logging.verbose();
        }
    }

    public boolean verbose() {
        return verbose;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command");
    }

    /** The command line with Parley's error handling, for main and for tests. */
    public static CommandLine commandLine() {
        ParleyCli parley = new ParleyCli();
        CommandLine commandLine = new CommandLine(parley);
        commandLine.setExecutionExceptionHandler(parley::handle);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setParameterExceptionHandler(new CommandSuggestions(commandLine.getParameterExceptionHandler()));
        return commandLine;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** One line naming the command and the problem; the stack trace only with --verbose. */
    private int handle(Exception e, CommandLine command, ParseResult parseResult) {
        boolean userError = e instanceof UserError || e instanceof StoreException;
        String message = Messages.oneLine(e);
        String hint = verbose || userError || message.contains("--verbose") ? "" : " (run with --verbose for details)";
        command.getErr().println(command.getCommandSpec().qualifiedName() + ": " + message + hint);
        if (verbose) {
            e.printStackTrace(command.getErr());
        }
        command.getErr().flush();
        return userError ? USER_ERROR : CommandLine.ExitCode.SOFTWARE;
    }

    /** Where samples/ and queries/ are: the parley.home system property (set by the launcher), else here. */
    static Path home() {
        String home = System.getProperty("parley.home");
        return home == null || home.isBlank() ? Path.of("") : Path.of(home);
    }

    static final class Version implements IVersionProvider {
        private static final String POM_PROPERTIES = "/META-INF/maven/org.parley/parley/pom.properties";

        @Override
        public String[] getVersion() {
            return new String[]{
                    "parley " + projectVersion(),
                    "extractor " + Extractor.VERSION + ", Apache Jena " + Jena.VERSION + ", Java "
                            + System.getProperty("java.version")};
        }

        /** Maven puts the version into every jar it builds; a run from classes is a development build. */
        private static String projectVersion() {
            try (InputStream in = ParleyCli.class.getResourceAsStream(POM_PROPERTIES)) {
                if (in == null) {
                    return "(development build)";
                }
                Properties properties = new Properties();
                properties.load(in);
                return properties.getProperty("version", "(unknown version)");
            } catch (IOException e) {
                return "(unknown version)";
            }
        }
    }
}

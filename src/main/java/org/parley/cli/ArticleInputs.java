package org.parley.cli;

import java.util.List;
import picocli.CommandLine.Parameters;

/** The articles a benchmark runs over: the paths given, else Parley's own samples. */
class ArticleInputs {
    @Parameters(arity = "0..*", paramLabel = "PATH",
            description = "Article files or directories (default: the samples/ directory of Parley).")
    private List<String> paths;

    /** The paths given, else the samples/ directory of Parley, as an absolute path (other processes may read it). */
    List<String> orSamples() {
        return paths == null || paths.isEmpty()
                ? List.of(ParleyCli.home().resolve("samples").toAbsolutePath().toString()) : paths;
    }
}

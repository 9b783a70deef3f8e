package org.parley.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Where named queries come from: a query file, a directory of them ({@code queries/NAME.rq}), or the ones built into
 * the jar (the repository's {@code queries/}, on the classpath).
 */
public final class NamedQueries {
    private static final String RESOURCE_DIR = "queries";

    private NamedQueries() {
    }

    /**
     * A query file when the argument names one (or looks like a path: it ends in .rq or has a slash), else the named
     * query NAME from the first of the directories that has NAME.rq, else the built-in one.
     *
     * @throws InvalidQueryException when there is no such file or name, or the query does not parse
     */
    public static NamedQuery load(String argument, List<Path> directories) {
        Path path = Path.of(argument);
        if (argument.endsWith(".rq") || argument.contains("/") || Files.isRegularFile(path)) {
            if (!Files.isRegularFile(path)) {
                throw new InvalidQueryException("no query file " + argument);
            }
            return NamedQuery.parse(argument, read(path));
        }
        if (!argument.matches("[A-Za-z0-9_.-]+")) {
            throw new InvalidQueryException("'" + argument + "' is neither a query file nor a query name");
        }
        for (Path dir : directories) {
            Path file = dir.resolve(argument + ".rq");
            if (Files.isRegularFile(file)) {
                return NamedQuery.parse(argument, read(file));
            }
        }
        return builtIn(argument).orElseThrow(() -> new InvalidQueryException("unknown query '" + argument
                + "': no queries/" + argument + ".rq in " + String.join(", ", directories.stream()
                .map(d -> d.toAbsolutePath().toString()).toList()) + ", or built in (known: "
                + String.join(", ", names(directories)) + ")"));
    }

    /** The named query built into the jar, if there is one by that name; read once (the jar does not change). */
    public static Optional<NamedQuery> builtIn(String name) {
        if (!name.matches("[A-Za-z0-9_-]+")) {
            return Optional.empty();
        }
        return BuiltIn.QUERIES.computeIfAbsent(name, NamedQueries::readBuiltIn);
    }

    private static Optional<NamedQuery> readBuiltIn(String name) {
        String resource = "/" + RESOURCE_DIR + "/" + name + ".rq";
        try (InputStream in = NamedQueries.class.getResourceAsStream(resource)) {
            return in == null ? Optional.empty()
                    : Optional.of(NamedQuery.parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read built-in query " + resource, e);
        }
    }

    /** The names of the built-in queries and of those in the directories, sorted. */
    public static List<String> names(List<Path> directories) {
        TreeSet<String> names = new TreeSet<>(builtInNames());
        directories.forEach(dir -> names.addAll(namesIn(dir)));
        return List.copyOf(names);
    }

    /** The names of the queries built into the jar (or the classes directory, in development), sorted. */
    public static List<String> builtInNames() {
        return BuiltIn.NAMES;
    }

    /** Listed and read once: the jar does not change while the process runs. */
    private static final class BuiltIn {
        static final List<String> NAMES = list();
        static final Map<String, Optional<NamedQuery>> QUERIES = new ConcurrentHashMap<>();
    }

    private static List<String> list() {
        URL dir = NamedQueries.class.getResource("/" + RESOURCE_DIR + "/");
        if (dir == null) {
            return List.of();
        }
        try {
            URI uri = dir.toURI();
            if (!uri.getScheme().equals("jar")) {
                return namesIn(Path.of(uri));
            }
            try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                return namesIn(jar.getPath("/" + RESOURCE_DIR));
            }
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot list the built-in queries at " + dir, e);
        }
    }

    private static List<String> namesIn(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".rq"))
                    .map(f -> f.substring(0, f.length() - 3)).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidQueryException("cannot read query file " + file + ": " + e.getMessage());
        }
    }
}

package org.parley.read;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a folder holds for an ingest, found by walking it (symbolic links followed): the article files to read, in
 * sorted order, and a reason for everything else, so that nothing is left out without a word.
 * <ul>
 *   <li>files: a known extension ({@code .txt .text .md .html .htm .xhtml .jsonl .ndjson .warc}), optionally
 *       gzip-compressed ({@code .gz});</li>
 *   <li>problems (the ingest's errors): what cannot be read, such as a symbolic link loop, a broken link, a folder
 *       that cannot be listed, an article file compressed in a way Parley does not read;</li>
 *   <li>skipped (noted, not errors): hidden files and folders (counted once per folder given), files of other
 *       kinds, and anything that is not a regular file (a pipe, a device), which reading could block on.</li>
 * </ul>
 * All paths are relative to the folder; the empty path is the folder itself.
 */
record FolderWalk(List<Path> files, Map<Path, String> problems, Map<Path, String> skipped) {
    static final String KINDS = ".txt, .md, .html, .jsonl or .warc, optionally .gz";
    private static final List<String> OTHER_COMPRESSION = List.of(".bz2", ".xz", ".zst", ".zip", ".7z", ".br",
            ".lz4", ".lzma", ".z");

    static FolderWalk of(Path dir) {
        List<Path> files = new ArrayList<>();
        Map<Path, String> problems = new TreeMap<>();
        Map<Path, String> skipped = new TreeMap<>();
        int[] hidden = {0};
        try {
            Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                            if (!d.equals(dir) && isHidden(d)) {
                                hidden[0]++;
                                return FileVisitResult.SKIP_SUBTREE;
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            Path relative = dir.relativize(file);
                            if (isHidden(file)) {
                                hidden[0]++;
                            } else if (attrs.isSymbolicLink()) {
                                problems.put(relative, "a broken symbolic link (what it points to does not exist)");
                            } else if (!attrs.isRegularFile()) {
                                skipped.put(relative, "not a regular file (a pipe, socket or device); not read");
                            } else {
                                classify(relative, files, problems, skipped);
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            problems.put(dir.relativize(file), "cannot read: " + Messages.oneLine(e));
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult postVisitDirectory(Path d, IOException e) {
                            if (e != null) {
                                problems.put(dir.relativize(d), "the folder could not be read to the end: "
                                        + Messages.oneLine(e));
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            problems.put(Path.of(""), "cannot list the folder: " + Messages.oneLine(e));
        }
        if (hidden[0] > 0) {
            skipped.put(Path.of(""), hidden[0] + " hidden " + (hidden[0] == 1 ? "entry" : "entries")
                    + " (names starting with '.') not read");
        }
        files.sort(null);
        return new FolderWalk(List.copyOf(files), problems, skipped);
    }

    private static void classify(Path relative, List<Path> files, Map<Path, String> problems,
                                 Map<Path, String> skipped) {
        String name = relative.getFileName().toString().toLowerCase(Locale.ROOT);
        String compression = OTHER_COMPRESSION.stream().filter(name::endsWith).findFirst().orElse(null);
        if (InputFormat.byName(name.replaceFirst("\\.gz$", "")) != null) {
            files.add(relative);
        } else if (compression != null && InputFormat.byName(name.substring(0, name.length() - compression.length()))
                != null) {
            problems.put(relative, "compressed as " + compression + ", which Parley does not read (only gzip); "
                    + "decompress it first");
        } else {
            skipped.put(relative, "not an article file (" + KINDS + ")");
        }
    }

    private static boolean isHidden(Path p) {
        return p.getFileName() != null && p.getFileName().toString().startsWith(".");
    }
}

package org.parley.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import org.parley.clean.ArticleCleaner;
import org.parley.clean.Page;
import org.parley.model.Article;

/**
 * Reads inputs into articles: files, directories (searched recursively), or "-" for standard input.
 * <p>
 * A file named explicitly is always tried; a directory walk takes, in sorted order, the files with a known
 * extension (.txt .text .md .html .htm .xhtml .jsonl .ndjson .warc .warc.gz) and skips hidden files and
 * directories. The format is told by content and extension (see {@link InputFormat#detect}); gzip-compressed
 * input is read through. An input that cannot be read is reported through {@link ArticleSink#failed} with a
 * specific reason, and reading goes on with the rest.
 * <p>
 * Locators: the path as given (relative stays relative); for a file found in a directory, the directory as
 * given joined with the file's relative path; "{@code path#N}" for the Nth record of a JSONL file (its line
 * number) or of a WARC file (its record number).
 */
public final class ArticleSources {
    /** The locator of standard input. */
    public static final String STDIN = "-";
    private static final int SNIFF = 8192;

    private ArticleSources() {
    }

    public static void read(List<String> inputs, ArticleSink sink) {
        for (String input : inputs) {
            read(input, sink);
        }
    }

    /** Reads one input: a file, a directory, or "-" for standard input. */
    public static void read(String input, ArticleSink sink) {
        if (STDIN.equals(input)) {
            read(STDIN, System.in, sink);
            return;
        }
        Path path = Path.of(input);
        if (Files.isDirectory(path)) {
            readDirectory(input, path, sink);
        } else {
            readSource(input, input, ByteSource.of(path), new Reading(sink));
        }
    }

    /**
     * Reads an input from a stream (standard input, a test's bytes). The locator names it in articles and
     * errors; its extension, if any, helps tell the format.
     */
    public static void read(String locator, InputStream in, ArticleSink sink) {
        byte[] bytes;
        try {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            sink.failed(locator, "cannot read: " + e.getMessage());
            return;
        }
        readSource(locator, STDIN.equals(locator) ? null : locator, ByteSource.of(bytes), new Reading(sink));
    }

    private static void readDirectory(String input, Path dir, ArticleSink sink) {
        List<Path> files;
        try {
            files = filesIn(dir);
        } catch (IOException e) {
            sink.failed(input, "cannot list the directory: " + describe(e));
            return;
        }
        if (files.isEmpty()) {
            sink.failed(input, "no .txt, .md, .html, .jsonl or .warc files in the directory");
        }
        Reading reading = new Reading(sink);
        for (Path relative : files) {
            String locator = dir.resolve(relative).toString();
            readSource(locator, locator, ByteSource.of(dir.resolve(relative)), reading);
        }
    }

    /** The files of known formats under a directory, relative to it, sorted; hidden files and directories left out. */
    private static List<Path> filesIn(Path dir) throws IOException {
        List<Path> found = new ArrayList<>();
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                return !d.equals(dir) && hidden(d) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                boolean known = InputFormat.byName(file.getFileName().toString()) != null;
                if (attrs.isRegularFile() && !hidden(file) && known) {
                    found.add(dir.relativize(file));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        found.sort(null);
        return found;
    }

    private static boolean hidden(Path p) {
        return p.getFileName() != null && p.getFileName().toString().startsWith(".");
    }

    /** @param name the file name that hints at the format, or null */
    private static void readSource(String locator, String name, ByteSource source, Reading reading) {
        try {
            byte[] head = source.head(SNIFF);
            if (head.length == 0) {
                throw new UnreadableInputException("empty input");
            }
            if (TextDecoding.startsWith(head, 0x1f, 0x8b)) {
                readGzip(locator, name, source, reading);
                return;
            }
            InputFormat format = InputFormat.detect(name, head);
            switch (format) {
                case WARC -> WarcFileReader.read(locator, source, reading);
                case JSONL -> JsonlFeedReader.read(locator, source, reading);
                case HTML, TXT -> {
                    String text = TextDecoding.decode(source.readAll(), null);
                    Page.Markup markup = format == InputFormat.HTML ? Page.Markup.HTML : Page.Markup.TEXT;
                    reading.clean(new Page(locator, format.label(), markup, text, Page.Supplied.NONE));
                }
            }
        } catch (UnreadableInputException e) {
            reading.failed(locator, e.getMessage());
        } catch (IOException e) {
            reading.failed(locator, "cannot read: " + describe(e));
        }
    }

    /** A gzip-compressed WARC is read by jwarc as it is; anything else gzipped is read as what it holds. */
    private static void readGzip(String locator, String name, ByteSource source, Reading reading) throws IOException {
        ByteSource inner = source.gunzipped();
        byte[] head;
        try {
            head = inner.head(SNIFF);
        } catch (IOException e) {
            throw new IOException("broken gzip data: " + e.getMessage(), e);
        }
        if (TextDecoding.startsWith(head, 'W', 'A', 'R', 'C', '/')) {
            WarcFileReader.read(locator, source, reading);
        } else {
            String innerName = name == null ? null : name.replaceFirst("(?i)\\.gz$", "");
            readSource(locator, innerName, inner, reading);
        }
    }

    private static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** One run of reading into a sink: cleans pages, reports failures, and counts both. */
    static final class Reading {
        private final ArticleSink sink;
        private int accepted;
        private int failed;

        Reading(ArticleSink sink) {
            this.sink = sink;
        }

        void clean(Page page) {
            Article article;
            try {
                article = ArticleCleaner.clean(page);
            } catch (RuntimeException e) {
                failed(page.locator(), "could not clean the page: " + e);
                return;
            }
            accepted++;
            sink.accept(article);
        }

        void failed(String locator, String message) {
            failed++;
            sink.failed(locator, message);
        }

        int accepted() {
            return accepted;
        }

        int failed() {
            return failed;
        }
    }
}

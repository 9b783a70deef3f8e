package org.parley.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.parley.clean.ArticleCleaner;
import org.parley.clean.Page;
import org.parley.model.Article;

/**
 * Reads inputs into articles: files, directories (searched recursively), or "-" for standard input.
 * <p>
 * A file named explicitly is always tried; a directory walk takes the files a {@link FolderWalk} finds, in sorted
 * order, and reports what it leaves out. The format is told by content and extension (see
 * {@link InputFormat#detect}); gzip-compressed input is read through. An input that cannot be read is reported
 * through {@link ArticleSink#failed} with a specific reason, and reading goes on with the rest; a container (a JSONL
 * feed, a WARC file, gzip) that breaks off keeps the records before the damage, and the damage is reported.
 * <p>
 * Every input is bounded by the {@link InputLimits}: an article larger than the limit is refused unread.
 * <p>
 * Locators: the path as given (relative stays relative); for a file found in a directory, the directory as
 * given joined with the file's relative path; "{@code path#N}" for the Nth record of a JSONL file (its line
 * number) or of a WARC file (its record number).
 */
public final class ArticleSources {
    /** The locator of standard input. */
    public static final String STDIN = "-";
    private static final int SNIFF = 8192;
    /**
     * A DOCTYPE that declares entities: no HTML page does, and an XML parser would expand them (reading the files
     * or URLs an external entity names). Parley's HTML parser never does; such a page is refused outright.
     */
    private static final Pattern ENTITY_DECLARATION = Pattern.compile("<!DOCTYPE[^>\\[]*\\[[^\\]]*<!ENTITY",
            Pattern.CASE_INSENSITIVE);

    private ArticleSources() {
    }

    public static void read(List<String> inputs, ArticleSink sink) {
        read(inputs, sink, InputLimits.DEFAULT);
    }

    public static void read(List<String> inputs, ArticleSink sink, InputLimits limits) {
        for (String input : inputs) {
            read(input, sink, limits);
        }
    }

    /** Reads one input: a file, a directory, or "-" for standard input. */
    public static void read(String input, ArticleSink sink) {
        read(input, sink, InputLimits.DEFAULT);
    }

    private static void read(String input, ArticleSink sink, InputLimits limits) {
        if (STDIN.equals(input)) {
            read(STDIN, System.in, sink, limits);
            return;
        }
        Path path = Path.of(input);
        Reading reading = new Reading(sink, limits);
        if (Files.isDirectory(path)) {
            readDirectory(input, path, reading);
        } else {
            readSource(input, input, ByteSource.of(path), reading);
        }
    }

    /**
     * Reads an input from a stream (standard input, a test's bytes, a request body). The locator names it in
     * articles and errors; its extension, if any, helps tell the format.
     */
    public static void read(String locator, InputStream in, ArticleSink sink) {
        read(locator, in, sink, InputLimits.DEFAULT);
    }

    public static void read(String locator, InputStream in, ArticleSink sink, InputLimits limits) {
        Reading reading = new Reading(sink, limits);
        byte[] bytes;
        try {
            // A stream can hold a whole feed: it may be larger than one article, within reason.
            bytes = in.readAllBytes();
        } catch (IOException | OutOfMemoryError e) {
            reading.failed(locator, "cannot read: " + Messages.oneLine(e), e);
            return;
        }
        readSource(locator, STDIN.equals(locator) ? null : locator, ByteSource.of(bytes), reading);
    }

    private static void readDirectory(String input, Path dir, Reading reading) {
        FolderWalk walk = FolderWalk.of(dir);
        walk.problems().forEach((file, problem) -> reading.failed(located(dir, input, file), problem, null));
        walk.skipped().forEach((file, reason) -> reading.skipped(located(dir, input, file), reason));
        if (walk.files().isEmpty() && walk.problems().isEmpty()) {
            reading.failed(input, "no article files in the folder (" + FolderWalk.KINDS + ")", null);
        }
        for (Path relative : walk.files()) {
            String locator = located(dir, input, relative);
            readSource(locator, locator, ByteSource.of(dir.resolve(relative)), reading);
        }
    }

    private static String located(Path dir, String input, Path relative) {
        return relative.toString().isEmpty() ? input : dir.resolve(relative).toString();
    }

    /**
     * Reads one input whatever goes wrong: any failure (a parser's bug, a stack overflow) is that input's alone.
     *
     * @param name the file name that hints at the format, or null
     */
    private static void readSource(String locator, String name, ByteSource source, Reading reading) {
        try {
            readFormat(locator, name, source, reading);
        } catch (UnreadableInputException e) {
            reading.failed(locator, e.getMessage(), e);
        } catch (IOException e) {
            reading.failed(locator, "cannot read: " + Messages.oneLine(e), e);
        } catch (RuntimeException | Error e) {
            reading.failed(locator, "reading failed: " + Messages.oneLine(e), e);
        }
    }

    private static void readFormat(String locator, String name, ByteSource source, Reading reading)
            throws IOException, UnreadableInputException {
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
                String text = TextDecoding.decode(source.readAll(reading.limits(), "the file"), null);
                Page.Markup markup = format == InputFormat.HTML ? Page.Markup.HTML : Page.Markup.TEXT;
                reading.page(new Page(locator, format.label(), markup, text, Page.Supplied.NONE));
            }
        }
    }

    /** A gzip-compressed WARC is read by jwarc as it is; anything else gzipped is read as what it holds. */
    private static void readGzip(String locator, String name, ByteSource source, Reading reading)
            throws IOException, UnreadableInputException {
        ByteSource inner = source.gunzipped();
        byte[] head;
        try {
            head = inner.head(SNIFF);
        } catch (IOException e) {
            throw new UnreadableInputException("broken gzip data: " + Messages.oneLine(e));
        }
        if (TextDecoding.startsWith(head, 'W', 'A', 'R', 'C', '/')) {
            WarcFileReader.read(locator, source, reading);
        } else {
            String innerName = name == null ? null : name.replaceFirst("(?i)\\.gz$", "");
            try {
                readFormat(locator, innerName, inner, reading);
            } catch (IOException e) {
                throw new UnreadableInputException("the gzip data breaks off (" + Messages.oneLine(e)
                        + "); the file is truncated or damaged");
            }
        }
    }

    /**
     * Cleans a page into an article; whatever goes wrong (a page nested too deeply, a bug) is the page's failure,
     * with a one-line reason.
     */
    public static Article clean(Page page) throws UnreadableInputException {
        try {
            return ArticleCleaner.clean(page);
        } catch (RuntimeException | StackOverflowError e) {
            throw new UnreadableInputException("could not clean the page: " + Messages.oneLine(e), e);
        }
    }

    /** One run of reading into a sink: hands pages on, reports failures and what was skipped, and counts them. */
    static final class Reading {
        private final ArticleSink sink;
        private final InputLimits limits;
        private int accepted;
        private int failed;

        Reading(ArticleSink sink, InputLimits limits) {
            this.sink = sink;
            this.limits = limits;
        }

        InputLimits limits() {
            return limits;
        }

        /** A page read, for the sink to clean; a page that declares XML entities is refused. */
        void page(Page page) {
            if (page.markup() == Page.Markup.HTML && declaresEntities(page.sourceText())) {
                failed(page.locator(), "the page's DOCTYPE declares entities (<!ENTITY ...>), which no HTML page "
                        + "does; refused, and nothing it names is read", null);
                return;
            }
            accepted++;
            sink.accept(page);
        }

        void failed(String locator, String message, Throwable cause) {
            failed++;
            sink.failed(locator, message, cause);
        }

        void skipped(String locator, String reason) {
            sink.skipped(locator, reason);
        }

        int accepted() {
            return accepted;
        }

        int failed() {
            return failed;
        }

        private static boolean declaresEntities(String text) {
            return ENTITY_DECLARATION.matcher(text.length() <= SNIFF ? text : text.substring(0, SNIFF)).find();
        }
    }
}

package org.parley.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.parley.extract.Extractor;
import org.parley.model.Actor;
import org.parley.model.Article;
import org.parley.model.Contact;
import org.parley.model.DateCandidate;
import org.parley.model.DateEvidence;
import org.parley.model.Extraction;
import org.parley.model.TextBlock;
import org.parley.read.ArticleSink;
import org.parley.read.ArticleSources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = "Show how an input is read: title, date and its evidence, outlet, agency, and the kept"
                + " and dropped blocks.")
public class InspectCommand implements Callable<Integer> {
    private static final int PREVIEW = 110;
    private static final String GREEN = "\u001b[32m";
    private static final String RED = "\u001b[31m";
    private static final String DIM = "\u001b[2m";
    private static final String RESET = "\u001b[0m";

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE",
            description = "A file (text, HTML, JSONL or WARC), or - for standard input.")
    String file;

    @Option(names = "--color", negatable = true,
            description = "Colour the KEEP and DROP marks (default: when writing to a terminal).")
    Boolean color;

    @Option(names = "--full", description = "Print every block's whole text, not its first line.")
    boolean full;

    @Option(names = "--contacts", description = "Also extract the contacts (loads the NLP models) and show each one's"
            + " date and place with the words they were read from.")
    boolean contacts;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean colored = color != null ? color : System.console() != null;
        List<String> errors = new ArrayList<>();
        ArticleSources.read(file, new ArticleSink() {
            @Override
            public void accept(Article article) {
                print(article, out, colored);
            }

            @Override
            public void failed(String locator, String message) {
                errors.add(locator + ": " + message);
            }
        });
        out.flush();
        errors.forEach(e -> err.println("parley inspect: " + e));
        err.flush();
        return errors.isEmpty() ? 0 : 1;
    }

    private void print(Article a, PrintWriter out, boolean colored) {
        out.println(a.locator() + "  (" + a.format() + ")");
        field(out, "url", a.url());
        field(out, "title", a.title());
        field(out, "published", published(a.published()));
        for (DateCandidate c : a.dateCandidates()) {
            String where = c.source() == null ? "" : " at [" + c.source().start() + ", " + c.source().end() + ")";
            out.printf("    %-4s %-10s %-44s %s%n", String.format(Locale.ROOT, "%.2f", c.score()),
                    c.date() == null ? "-" : c.date(), preview(c.method() + (c.label() == null ? "" : " (" + c.label()
                    + ")") + ": \"" + c.evidence() + "\"" + where, 44), c.verdict());
        }
        field(out, "dateline", dateline(a.dateline()));
        field(out, "outlet", a.outlet());
        field(out, "agency", a.agency());
        a.metadata().forEach((k, v) -> field(out, k.toLowerCase(Locale.ROOT), preview(v)));
        long kept = a.blocks().stream().filter(TextBlock::kept).count();
        out.println("  blocks     " + a.blocks().size() + ", " + kept + " kept");
        int n = 0;
        for (TextBlock b : a.blocks()) {
            n++;
            String mark = (b.kept() ? "KEEP " : "DROP ") + b.reason();
            String shown = colored ? (b.kept() ? GREEN : RED) + "[" + mark + "]" + RESET : "[" + mark + "]";
            String text = preview(b.text());
            out.printf("  %3d %s %s%n", n, shown, colored && !b.kept() ? DIM + text + RESET : text);
        }
        if (contacts) {
            printContacts(Extractor.shared().extract(a), out);
        }
        out.println();
    }

    private void printContacts(Extraction extraction, PrintWriter out) {
        out.println("  contacts   " + extraction.contacts().size());
        for (Contact c : extraction.contacts()) {
            out.printf("    %s%s %s%n", c.type(), c.background() ? " (background)" : "",
                    c.participants().stream().map(Actor::label).toList());
            out.printf("        date   %s%s%n", c.date() == null ? "-" : c.date(),
                    c.dateEvidence() == null ? "" : "  from \"" + c.dateEvidence() + "\"");
            out.printf("        place  %s%n", c.place() == null ? "-" : c.place().label() + "  from "
                    + (c.placeEvidence() == null ? "its own words" : c.placeEvidence()));
            out.printf("        words  %s%n", preview("\"" + c.evidence().exact() + "\" in: " + c.evidence().sentenceText()));
        }
    }

    private String preview(String text) {
        return preview(text, PREVIEW);
    }

    private String preview(String text, int width) {
        String line = text.replaceAll("\\s+", " ").strip();
        return full || line.length() <= width ? line : line.substring(0, width - 1) + "…";
    }

    private static void field(PrintWriter out, String name, String value) {
        out.printf("  %-10s %s%n", name, value == null ? "-" : value);
    }

    private static String published(DateEvidence d) {
        if (d == null) {
            return null;
        }
        String where = d.source() == null ? "" : " at [" + d.source().start() + ", " + d.source().end() + ")";
        return d.date() + " (" + d.date().precision().name().toLowerCase(Locale.ROOT) + ", confidence "
                + String.format(Locale.ROOT, "%.2f", d.confidence()) + ")  from " + d.method() + ": \"" + d.evidence()
                + "\"" + where;
    }

    private static String dateline(Article.Dateline d) {
        if (d == null) {
            return null;
        }
        String date = d.monthDay() == null ? "no date"
                : d.monthDay().getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH)
                + " " + d.monthDay().getDayOfMonth() + ", " + (d.year() == null ? "year unknown" : d.year());
        return d.place() + ", " + date + "  at [" + d.source().start() + ", " + d.source().end() + ")";
    }
}

package org.parley.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;
import org.parley.clean.Page;

/**
 * Reads a WARC file (plain or gzip-compressed, as CC-NEWS crawls are) with jwarc: every successful HTTP
 * response (and every resource record) with an HTML or plain-text payload is a page, its URL the record's
 * WARC-Target-URI. Other records (warcinfo, requests, metadata, images, redirects) are skipped. Record N
 * (counting every record from 1) is located as {@code file.warc.gz#N}.
 * <p>
 * A file that breaks off (truncated, or damaged from some point on) keeps every whole record before the damage; the
 * damage is reported once, at the record it starts in. A payload larger than the article limit is refused alone.
 */
final class WarcFileReader {
    private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");
    private static final Set<String> TEXT_TYPES = Set.of("text/plain");

    private WarcFileReader() {
    }

    static void read(String locator, ByteSource source, ArticleSources.Reading reading) throws IOException {
        int acceptedBefore = reading.accepted();
        int failedBefore = reading.failed();
        int records = 0;
        // A record whose payload could not be read: reported once the next record shows whether the file goes on.
        IOException unreadPayload = null;
        try (InputStream in = source.open(); WarcReader warc = new WarcReader(in)) {
            while (true) {
                Optional<WarcRecord> next;
                try {
                    next = warc.next();
                } catch (IOException | RuntimeException e) {
                    int broken = unreadPayload != null ? records : records + 1;
                    reading.failed(locator + "#" + broken, "the WARC file breaks off inside record " + broken
                            + " (truncated or damaged: " + Messages.oneLine(e) + "); the " + (broken - 1)
                            + " records before it were read", e);
                    return;
                }
                if (unreadPayload != null) {
                    reading.failed(locator + "#" + records, "unreadable payload: " + Messages.oneLine(unreadPayload),
                            unreadPayload);
                    unreadPayload = null;
                }
                if (next.isEmpty()) {
                    break;
                }
                records++;
                String recordLocator = locator + "#" + records;
                try {
                    Page page = page(recordLocator, next.get(), reading.limits());
                    if (page != null) {
                        reading.page(page);
                    }
                } catch (UnreadableInputException e) {
                    reading.failed(recordLocator, e.getMessage(), e);
                } catch (IOException e) {
                    unreadPayload = e;
                }
            }
        }
        if (reading.accepted() == acceptedBefore && reading.failed() == failedBefore) {
            reading.failed(locator, "no HTML or text responses among its " + records + " WARC records", null);
        }
    }

    /** The record's page, or null when the record holds none. */
    private static Page page(String locator, WarcRecord record, InputLimits limits)
            throws IOException, UnreadableInputException {
        MediaType type;
        byte[] body;
        if (record instanceof WarcResponse response && response.contentType().base().equals(MediaType.HTTP)) {
            HttpResponse http = response.http();
            if (http.status() < 200 || http.status() > 299 || !isPage(http.contentType())) {
                return null;
            }
            type = http.contentType();
            body = bounded(http.bodyDecoded(), limits);
        } else if (record instanceof WarcResource && isPage(record.contentType())) {
            type = record.contentType();
            body = bounded(record.body(), limits);
        } else {
            return null;
        }
        Page.Markup markup = HTML_TYPES.contains(base(type)) ? Page.Markup.HTML : Page.Markup.TEXT;
        String text = TextDecoding.decode(body, type.parameters().get("charset"));
        WarcTargetRecord target = (WarcTargetRecord) record;
        Page.Supplied supplied = new Page.Supplied(target.target(), null, null, null, null,
                Map.of("warc-date", record.date().toString()));
        return new Page(locator, InputFormat.WARC.label(), markup, text, supplied);
    }

    private static boolean isPage(MediaType type) {
        return HTML_TYPES.contains(base(type)) || TEXT_TYPES.contains(base(type));
    }

    private static String base(MediaType type) {
        return type.base().toString().toLowerCase(Locale.ROOT);
    }

    /** The payload, unless it is larger than an article may be (decompressed, for a compressed HTTP body). */
    private static byte[] bounded(MessageBody body, InputLimits limits) throws IOException, UnreadableInputException {
        try (InputStream in = body.stream()) {
            return limits.read(in, "the record's payload");
        }
    }
}

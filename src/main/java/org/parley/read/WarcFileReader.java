package org.parley.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
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
        try (InputStream in = source.open(); WarcReader warc = new WarcReader(in)) {
            while (true) {
                Optional<WarcRecord> next;
                try {
                    next = warc.next();
                } catch (IOException e) {
                    reading.failed(locator + "#" + (records + 1), "unreadable WARC record: " + e.getMessage());
                    return;
                }
                if (next.isEmpty()) {
                    break;
                }
                records++;
                String recordLocator = locator + "#" + records;
                try {
                    Page page = page(recordLocator, next.get());
                    if (page != null) {
                        reading.clean(page);
                    }
                } catch (IOException e) {
                    reading.failed(recordLocator, "unreadable payload: " + e.getMessage());
                }
            }
        }
        if (reading.accepted() == acceptedBefore && reading.failed() == failedBefore) {
            reading.failed(locator, "no HTML or text responses among its " + records + " WARC records");
        }
    }

    /** The record's page, or null when the record holds none. */
    private static Page page(String locator, WarcRecord record) throws IOException {
        MediaType type;
        byte[] body;
        if (record instanceof WarcResponse response && response.contentType().base().equals(MediaType.HTTP)) {
            HttpResponse http = response.http();
            if (http.status() < 200 || http.status() > 299) {
                return null;
            }
            type = http.contentType();
            body = http.bodyDecoded().stream().readAllBytes();
        } else if (record instanceof WarcResource) {
            type = record.contentType();
            body = record.body().stream().readAllBytes();
        } else {
            return null;
        }
        String base = type.base().toString().toLowerCase(Locale.ROOT);
        Page.Markup markup = HTML_TYPES.contains(base) ? Page.Markup.HTML
                : TEXT_TYPES.contains(base) ? Page.Markup.TEXT : null;
        if (markup == null) {
            return null;
        }
        String text = TextDecoding.decode(body, type.parameters().get("charset"));
        WarcTargetRecord target = (WarcTargetRecord) record;
        Page.Supplied supplied = new Page.Supplied(target.target(), null, null, null, null,
                Map.of("warc-date", record.date().toString()));
        return new Page(locator, InputFormat.WARC.label(), markup, text, supplied);
    }
}

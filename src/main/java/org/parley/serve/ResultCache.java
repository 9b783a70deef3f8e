package org.parley.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The answers of the query endpoints, kept in memory until the store changes: a query asked again, with the same
 * parameters and Accept header, is answered from here. Each answer is kept with the store's data version (TDB2 moves
 * it on every committed write) and given only while the version is the same, so an answer is never older than the
 * store; an answer during which a write committed is not kept. Only whole 200 answers up to a size are kept, the
 * least recently used going first when the cache is full.
 */
final class ResultCache implements Filter {
    private static final long MAX_ENTRY = 1L << 20;

    private record Answer(long version, String contentType, String resultLimit, byte[] body) {
    }

    private final DatasetGraph dataset;
    private final long capacity;
    private final Map<String, Answer> answers = new LinkedHashMap<>(64, 0.75f, true);
    private long size;

    /** @param capacity the most bytes of answers kept */
    ResultCache(DatasetGraph dataset, long capacity) {
        this.dataset = dataset;
        this.capacity = capacity;
    }

    /** The store's data version now; -1 for a dataset that has none (not TDB2), whose answers are not kept. */
    private long version() {
        return TDBInternal.isTDB2(dataset) ? Txn.calculateRead(dataset, () -> TDBInternal.getDatasetGraphTDB(dataset)
                .getTxnSystem().getThreadTransaction().getDataVersion()) : -1;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String key = key(request);
        long before = key == null ? -1 : version();
        if (before < 0) {
            chain.doFilter(req, res);
            return;
        }
        Answer cached;
        synchronized (answers) {
            cached = answers.get(key);
        }
        if (cached != null && cached.version() == before) {
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType(cached.contentType());
            if (cached.resultLimit() != null) {
                response.setHeader(LimitedQuery.LIMIT_HEADER, cached.resultLimit());
            }
            response.setHeader(ParleyServer.CACHE_HEADER, "hit");
            response.setContentLength(cached.body().length);
            response.getOutputStream().write(cached.body());
            return;
        }
        response.setHeader(ParleyServer.CACHE_HEADER, "miss");
        Recording recording = new Recording(response);
        chain.doFilter(req, recording);
        recording.flushBuffer();
        byte[] body = recording.copy.overflowed ? null : recording.copy.toByteArray();
        if (recording.status == HttpServletResponse.SC_OK && body != null && version() == before) {
            keep(key, new Answer(before, recording.getContentType(), recording.getHeader(LimitedQuery.LIMIT_HEADER),
                    body));
        }
    }

    private void keep(String key, Answer answer) {
        synchronized (answers) {
            Answer old = answers.put(key, answer);
            size += answer.body().length - (old == null ? 0 : old.body().length);
            for (Iterator<Answer> oldest = answers.values().iterator(); size > capacity && oldest.hasNext(); ) {
                size -= oldest.next().body().length;
                oldest.remove();
            }
        }
    }

    /** What makes an answer: the endpoint, the parameters and the formats asked for; null for what is not kept. */
    private static String key(HttpServletRequest request) {
        String method = request.getMethod();
        String type = request.getContentType();
        boolean form = type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
        if (!(method.equals("GET") || method.equals("POST") && form) || request.getParameter("query") == null) {
            return null;
        }
        Map<String, String> parameters = new TreeMap<>();
        request.getParameterMap().forEach((name, values) -> parameters.put(name, Arrays.toString(values)));
        return request.getRequestURI() + "\n" + parameters + "\n" + request.getHeader("Accept");
    }

    /** The response, sent on as it is written, and a copy of it up to the size of an answer kept. */
    private static final class Recording extends HttpServletResponseWrapper {
        final Copy copy = new Copy();
        int status = HttpServletResponse.SC_OK;
        private ServletOutputStream stream;
        private PrintWriter writer;

        Recording(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setStatus(int sc) {
            status = sc;
            super.setStatus(sc);
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            status = sc;
            super.sendError(sc, msg);
        }

        @Override
        public void sendError(int sc) throws IOException {
            status = sc;
            super.sendError(sc);
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (stream == null) {
                ServletOutputStream out = super.getOutputStream();
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) throws IOException {
                        out.write(b);
                        copy.add(new byte[] {(byte) b}, 0, 1);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        out.write(b, off, len);
                        copy.add(b, off, len);
                    }

                    @Override
                    public void flush() throws IOException {
                        out.flush();
                    }

                    @Override
                    public boolean isReady() {
                        return out.isReady();
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        out.setWriteListener(listener);
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), StandardCharsets.UTF_8));
            }
            return writer;
        }

        @Override
        public void flushBuffer() throws IOException {
            if (writer != null) {
                writer.flush();
            }
            super.flushBuffer();
        }
    }

    /** A copy that gives up past the size of an answer kept. */
    private static final class Copy extends ByteArrayOutputStream {
        boolean overflowed;

        void add(byte[] b, int off, int len) {
            if (!overflowed && count + len > MAX_ENTRY) {
                overflowed = true;
                reset();
            }
            if (!overflowed) {
                write(b, off, len);
            }
        }
    }
}

package org.parley.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.apache.jena.atlas.RuntimeIOException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.parley.export.EventFilter;
import org.parley.export.ExportFormat;
import org.parley.export.Exporter;

/**
 * {@code GET /export?format=F&from=D&to=D&countries=C,C}: what {@code parley export} writes, streamed over HTTP,
 * so that tools can fetch it by URL (Neo4j's n10s, Gephi, Cytoscape).
 */
final class ExportServlet extends HttpServlet {
    private final transient DatasetGraph dataset;

    ExportServlet(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ExportFormat format;
        EventFilter filter;
        try {
            String name = request.getParameter("format");
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("say which format: /export?format=F with F one of "
                        + ExportFormat.labels() + " (and optionally &from=DATE&to=DATE&countries=CHN,RUS)");
            }
            format = ExportFormat.parse(name);
            filter = EventFilter.parse(request.getParameter("from"), request.getParameter("to"),
                    request.getParameter("countries"));
        } catch (IllegalArgumentException e) {
            LinkedDataServlet.plain(response, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(format.contentType());
        response.setHeader("Content-Disposition", "inline; filename=\"parley." + format.extension() + "\"");
        OutputStream out = response.getOutputStream();
        try {
            Exporter.write(dataset, format, filter, out);
        } catch (IllegalArgumentException e) {
            // Thrown before anything is written: the response can still say what was wrong.
            response.reset();
            LinkedDataServlet.plain(response, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        } catch (UncheckedIOException | RuntimeIOException e) {
            // The client went away mid-export; nothing more to send.
            return;
        }
        out.flush();
    }
}

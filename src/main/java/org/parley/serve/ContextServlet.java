package org.parley.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.parley.export.JsonLdContext;

/** {@code GET /context.jsonld}: the JSON-LD context that Parley's JSON-LD embeds, at a stable URL. */
final class ContextServlet extends HttpServlet {
    static final String PATH = "/context.jsonld";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("application/ld+json; charset=utf-8");
        response.getOutputStream().write(JsonLdContext.document().getBytes(StandardCharsets.UTF_8));
    }
}

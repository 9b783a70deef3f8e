package org.parley.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.parley.export.JsonLdWriter;
import org.parley.serve.EntityDescriptions.Description;

/**
 * Dereferenceable IRIs: {@code GET /id/X} describes {@code https://w3id.org/parley/id/X} (see {@link IdPaths}) as
 * HTML, Turtle, JSON-LD or N-Triples, chosen by {@code ?format=html|ttl|jsonld|nt} or else by the Accept header.
 * An IRI no graph has a triple about gets 404; {@code /id/} is an index of the store.
 */
final class LinkedDataServlet extends HttpServlet {
    private final transient EntityDescriptions descriptions;
    private final transient IndexPage index;
    private final transient ServerSettings settings;

    LinkedDataServlet(EntityDescriptions descriptions, IndexPage index, ServerSettings settings) {
        this.descriptions = descriptions;
        this.index = index;
        this.settings = settings;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith(IdPaths.PREFIX)) {
            response.sendRedirect(IdPaths.PREFIX);
            return;
        }
        response.setHeader("Vary", "Accept");
        Optional<Negotiation> chosen;
        try {
            chosen = Negotiation.choose(request.getParameter("format"), request.getHeader("Accept"));
        } catch (IllegalArgumentException e) {
            plain(response, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        }
        if (chosen.isEmpty()) {
            plain(response, HttpServletResponse.SC_NOT_ACCEPTABLE, "Available as " + Arrays.stream(Negotiation.values())
                    .map(Negotiation::mediaType).collect(Collectors.joining(", ")));
            return;
        }
        Negotiation representation = chosen.get();
        if (path.equals(IdPaths.PREFIX)) {
            // The configured base URL, else where the server listens: never the request's Host header, which the
            // client chooses (and a cache could serve to others).
            String server = settings.publicUrl(request.getLocalPort()).replaceFirst("/$", "");
            send(response, HttpServletResponse.SC_OK, Negotiation.HTML, index.render(server));
            return;
        }
        String iri = IdPaths.iri(path);
        Optional<Description> description = descriptions.describe(NodeFactory.createURI(iri));
        if (description.isEmpty()) {
            String message = "Not found: this store has nothing about " + iri;
            if (representation == Negotiation.HTML) {
                send(response, HttpServletResponse.SC_NOT_FOUND, Negotiation.HTML, Html.page("Not found", "",
                        "<h1>Not found</h1>\n<p>This store has nothing about <code>" + Html.text(iri) + "</code>.</p>"
                                + "\n<p><a href=\"" + IdPaths.PREFIX + "\">Browse what it has</a>.</p>"));
            } else {
                plain(response, HttpServletResponse.SC_NOT_FOUND, message);
            }
            return;
        }
        response.setHeader("Link", "<" + iri + ">; rel=\"canonical\"");
        write(response, representation, description.get());
    }

    private static void write(HttpServletResponse response, Negotiation representation, Description description)
            throws IOException {
        if (representation == Negotiation.HTML) {
            send(response, HttpServletResponse.SC_OK, representation, EntityPage.render(description));
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(representation.contentType());
        OutputStream out = response.getOutputStream();
        if (representation == Negotiation.JSONLD) {
            JsonLdWriter.write(description.model().getGraph(), out);
        } else {
            RDFDataMgr.write(out, description.model(), representation.rdfFormat());
        }
        out.flush();
    }

    private static void send(HttpServletResponse response, int status, Negotiation representation, String body)
            throws IOException {
        response.setStatus(status);
        response.setContentType(representation.contentType());
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    static void plain(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain; charset=utf-8");
        response.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
    }
}

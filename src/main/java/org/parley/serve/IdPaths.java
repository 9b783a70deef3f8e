package org.parley.serve;

import java.util.Optional;
import org.parley.rdf.Parley;

/**
 * The mapping between Parley's IRIs and the server's pages: {@code https://w3id.org/parley/id/X} is served at
 * {@code /id/X}, so a w3id.org redirect of {@code /parley/id/*} to {@code http://HOST:PORT/id/*} makes the IRIs
 * dereferenceable.
 */
public final class IdPaths {
    /** Where the server answers for Parley's IRIs. */
    public static final String PREFIX = "/id/";

    private IdPaths() {
    }

    /** The server path of a Parley IRI; empty for an IRI Parley did not mint (Wikidata, ontology terms). */
    public static Optional<String> path(String iri) {
        return iri.startsWith(Parley.ID) && iri.length() > Parley.ID.length()
                ? Optional.of(PREFIX + iri.substring(Parley.ID.length()))
                : Optional.empty();
    }

    /** The IRI a server path under /id/ stands for. */
    public static String iri(String path) {
        if (!path.startsWith(PREFIX)) {
            throw new IllegalArgumentException(path + " is not under " + PREFIX);
        }
        return Parley.ID + path.substring(PREFIX.length());
    }
}

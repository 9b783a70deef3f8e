package org.parley.rdf;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.parley.model.Article;

/**
 * What an article is, apart from where it was read: its canonical URL where it has one (front matter, JSON Lines,
 * WARC, {@code <link rel=canonical>}, {@code og:url}), else its content. The locator (the path as given to ingest)
 * only finds it, so the same article read through another path, or in another run, has the same IRI, and so have
 * its reports and statements.
 */
public final class ArticleIdentity {
    private ArticleIdentity() {
    }

    public static String iri(Article article) {
        String url = canonicalUrl(article.url());
        return Parley.ID + "article/" + Ids.hash(url != null ? "url " + url : "sha256 " + Ids.sha256(article.sourceText()));
    }

    /** The graph's own article IRI (the subject of its {@code a parley:Article} triple), if it names one. */
    public static Optional<Node> graphNameIn(Graph graph) {
        return graph.find(Node.ANY, RDF.type.asNode(), Parley.Article.asNode())
                .mapWith(Triple::getSubject).filterKeep(Node::isURI).nextOptional();
    }

    /** An absolute http(s) URL without its fragment, with scheme and host in lower case; null for anything else. */
    static String canonicalUrl(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                return null;
            }
            return new URI(scheme, uri.getUserInfo(), uri.getHost().toLowerCase(Locale.ROOT), uri.getPort(),
                    uri.getPath(), uri.getQuery(), null).toString();
        } catch (URISyntaxException e) {
            return null;
        }
    }
}

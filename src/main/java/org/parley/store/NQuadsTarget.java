package org.parley.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;

/**
 * An ingest target that writes the converted articles as N-Quads, for the bulk loader: the conversion is the
 * ingest's, the storing is left to TDB2's loader, and the merge to the loader's one pass after it. Not thread-safe:
 * the ingest has one writer.
 */
public final class NQuadsTarget implements MergedElsewhere, AutoCloseable {
    private final OutputStream file;
    private final StreamRDF quads;
    private final List<String> locators = new ArrayList<>();
    private final List<Node> graphNames = new ArrayList<>();
    private long count;

    public NQuadsTarget(Path path) {
        try {
            file = new BufferedOutputStream(Files.newOutputStream(path), 1 << 16);
        } catch (IOException e) {
            throw new StoreException("cannot write " + path + ": " + e.getMessage(), e);
        }
        quads = StreamRDFWriter.getWriterStream(file, RDFFormat.NQUADS);
        quads.start();
    }

    @Override
    public void replaceArticle(String locator, Graph graph) {
        StoredArticle article = StoredArticle.of(locator, graph);
        article.quads(q -> {
            quads.quad(q);
            count++;
        });
        locators.add(locator);
        graphNames.add(article.graphName());
    }

    /** The locators written, so that the load can replace what they stored before. */
    public List<String> locators() {
        return locators;
    }

    /** The article graphs written. */
    public List<Node> graphNames() {
        return graphNames;
    }

    @Override
    public long quadCount() {
        return count;
    }

    @Override
    public void close() {
        quads.finish();
        try {
            file.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.parley.export;

import java.io.OutputStream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * Writes a store, or the events a filter selects, in one of the export formats, streaming from the store's indexes
 * inside one read transaction: writers that commit meanwhile do not change what one export sees.
 * <p>
 * Memory does not grow with the number of events or quads. What is held for a whole export: for a filtered RDF
 * export, the names of the articles that report the selected events; for the network formats, the participants'
 * IRIs and, per actor, its label, kind, country and terms of office.
 */
public final class Exporter {
    private Exporter() {
    }

    /**
     * @throws IllegalArgumentException when the filter names a country the store does not know; thrown before
     *                                  anything is written
     */
    public static void write(DatasetGraph dsg, ExportFormat format, EventFilter filter, OutputStream out) {
        Txn.executeRead(dsg, () -> {
            Actors actors = new Actors(dsg);
            EventSelection selection = new EventSelection(dsg, filter, actors);
            if (format.isRdf()) {
                RdfExport.write(dsg, filter.isEmpty() ? null : selection, RdfExport.writer(format, out));
            } else {
                ActorNetwork.write(selection, actors, networkWriter(format, filter, out));
            }
        });
    }

    private static NetworkWriter networkWriter(ExportFormat format, EventFilter filter, OutputStream out) {
        return switch (format) {
            case GRAPHML -> new GraphmlWriter(out);
            case GEXF -> new GexfWriter(out, "Contacts between actors, from Parley (" + filter.describe() + ")");
            case CSV -> CsvNetworkWriter.edges(out);
            case CSV_NODES -> CsvNetworkWriter.nodes(out);
            case TRIG, NQUADS, TURTLE, JSONLD ->
                    throw new IllegalArgumentException(format.label() + " is not a network format");
        };
    }
}

package org.parley.cli;

import java.io.PrintWriter;
import org.apache.jena.rdf.model.Resource;
import org.parley.store.StoreStats;
import picocli.CommandLine.Command;

@Command(name = "stats", description = "Count what the store holds: articles, actors, events by type, "
        + "contact reports, statements and quads.")
class StatsCommand extends StoreCommand {
    @Override
    public Integer call() {
        StoreStats stats = store.read(StoreStats::of, context);
        PrintWriter out = context.out();
        out.printf("articles         %d%n", stats.articles());
        out.printf("actors           %d%n", stats.actors());
        out.printf("events           %d%n", stats.events());
        for (Resource type : StoreStats.EVENT_TYPES) {
            out.printf("  %-14s %d%n", type.getLocalName(), stats.eventsByType().get(type));
        }
        out.printf("contact reports  %d%n", stats.contactReports());
        out.printf("statements       %d%n", stats.statements());
        out.printf("quads            %d%n", stats.quads());
        out.flush();
        return 0;
    }
}

package org.parley.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.parley.store.ParleyStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "remove", description = {"Remove articles (their named graphs) from the store, and their reports from the events.",
        "The exit code is 1 if a locator was not in the store; the others are still removed."})
class RemoveCommand extends StoreCommand {
    @Parameters(arity = "1..*", paramLabel = "LOCATOR",
            description = "An article's locator: the path as given to ingest (with #N for a record of a JSONL or "
                    + "WARC file), or its URL.")
    private List<String> locators;

    @Override
    public Integer call() {
        PrintWriter out = context.out();
        PrintWriter err = context.err();
        int removed = 0;
        int missing = 0;
        try (ParleyStore opened = ParleyStore.openExisting(store.store)) {
            for (String locator : locators) {
                if (opened.removeArticle(locator)) {
                    removed++;
                } else {
                    missing++;
                    err.println("parley remove: no article with locator " + locator + " in " + store.store
                            + suggestion(locator, opened.locators()));
                }
            }
            opened.repairEvents();
        }
        out.println("Removed " + removed + (removed == 1 ? " article" : " articles") + "; events merged again.");
        out.flush();
        err.flush();
        return missing == 0 ? 0 : 1;
    }

    /** Locators are the paths exactly as given to ingest; point at a stored one the user probably meant. */
    private static String suggestion(String locator, List<String> stored) {
        String name = Path.of(locator).getFileName() == null ? locator : Path.of(locator).getFileName().toString();
        List<String> similar = stored.stream().filter(s -> s.endsWith(name) || locator.endsWith(s)).limit(3).toList();
        return similar.isEmpty() ? " (locators are the paths exactly as given to ingest)"
                : " (did you mean " + String.join(" or ", similar) + "?)";
    }
}

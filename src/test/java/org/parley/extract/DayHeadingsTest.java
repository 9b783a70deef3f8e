package org.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.model.Article;
import org.parley.model.Span;
import org.parley.model.TextBlock;

/** Which blocks head a live report's section with a day, in the forms pages write them. */
class DayHeadingsTest {
    private static final LocalDate PAGE_DAY = LocalDate.of(2024, 3, 11);

    @Test
    void aBlockThatIsOnlyADayHeadsASection() {
        for (String heading : List.of("Tue 12 Mar 2024", "Tuesday 12 March 2024", "Tuesday, March 12, 2024", "12 March",
                "March 12", "Tues 12th March 2024", "tue 12 mar", "Mar. 12, 2024")) {
            assertEquals(LocalDate.of(2024, 3, 12), DayHeadings.day(heading, PAGE_DAY), heading);
        }
    }

    @Test
    void wordsBesideADayOrADayFarFromThePagesAreNoHeading() {
        for (String block : List.of("Talks on 12 March 2024", "12 March 2024: talks begin", "12.45 GMT", "March 2024",
                "Tuesday", "12 March 2019", "31 February 2024", "Tuesday 12 Marching")) {
            assertNull(DayHeadings.day(block, PAGE_DAY), block);
        }
        assertNull(DayHeadings.day("12 March", null), "without the page's day, a heading must give its year");
        assertEquals(LocalDate.of(2024, 3, 12), DayHeadings.day("12 March 2024", null));
    }

    /** A page of kept blocks. */
    private static Article page(String... blocks) {
        List<TextBlock> kept = new ArrayList<>();
        int at = 0;
        for (String b : blocks) {
            kept.add(new TextBlock(b, new Span(at, at + b.length()), true, "body"));
            at += b.length() + 2;
        }
        return new Article("live.txt", null, null, String.join("\n\n", blocks), kept, null, null, null, null, "txt", Map.of());
    }

    @Test
    void onlyDaysThatHeadTextMakeALiveReport() {
        List<LocalDate> live = DayHeadings.underHeadings(page("11 March 2024", "The envoys gathered.", "12 March 2024", "Talks resumed."), PAGE_DAY);
        assertEquals(LocalDate.of(2024, 3, 12), live.get(3));
        // Stamps of publication and update kept together at the top head only each other.
        List<LocalDate> stamps = DayHeadings.underHeadings(page("11 March 2024", "12 March 2024", "The envoys gathered.", "Talks resumed."), PAGE_DAY);
        assertTrue(stamps.stream().allMatch(d -> d == null), stamps.toString());
    }
}

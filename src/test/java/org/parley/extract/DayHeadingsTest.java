package org.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

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
}

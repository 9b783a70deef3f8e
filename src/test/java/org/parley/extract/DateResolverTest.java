package org.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.parley.model.PartialDate;

class DateResolverTest {
    private static final LocalDate SUNDAY = LocalDate.of(2024, 2, 11);

    @Test
    void aResolvedDayIsKept() {
        assertEquals(PartialDate.parse("2024-02-08"), DateResolver.resolve("2024-02-08", "Thursday", SUNDAY).orElseThrow());
    }

    @Test
    void aWeekdayResolvedIntoTheFutureMovesBackAWeek() {
        assertEquals(PartialDate.parse("2024-02-06"), DateResolver.resolve("2024-02-13", "on Tuesday", SUNDAY).orElseThrow());
    }

    @Test
    void aDayWithoutYearResolvedIntoTheFutureMovesBackAYear() {
        assertEquals(PartialDate.parse("2023-04-13"), DateResolver.resolve("2024-04-13", "the 13th of April", SUNDAY).orElseThrow());
    }

    @Test
    void anExplicitYearIsNeverMoved() {
        assertEquals(PartialDate.parse("2025-03-01"), DateResolver.resolve("2025-03-01", "March 1, 2025", SUNDAY).orElseThrow());
        assertEquals(PartialDate.parse("2021-06"), DateResolver.resolve("2021-06", "June 2021", null).orElseThrow());
    }

    @Test
    void withoutAnAnchorRelativeExpressionsGiveNoDate() {
        assertTrue(DateResolver.resolve("XXXX-WXX-4", "Thursday", null).isEmpty());
        assertTrue(DateResolver.resolve("XXXX-04-13", "April 13", null).isEmpty());
        assertTrue(DateResolver.resolve("2026-04-13", "April 13", null).isEmpty(), "a year SUTime took from the clock is no evidence");
        assertTrue(DateResolver.resolve("PAST_REF", "recently", SUNDAY).isEmpty());
    }

    @Test
    void aWeekWithinOneMonthGivesThatMonth() {
        assertEquals(PartialDate.parse("2022-10"), DateResolver.resolve("2022-W41", "last week", LocalDate.of(2022, 10, 23)).orElseThrow());
        assertTrue(DateResolver.resolve("2022-W39", "last week", LocalDate.of(2022, 10, 5)).isEmpty(), "Sep 26 - Oct 2 spans two months");
    }
}

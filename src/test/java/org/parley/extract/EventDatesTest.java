package org.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.clean.ArticleCleaner;
import org.parley.clean.Page;
import org.parley.model.Actor;
import org.parley.model.Contact;
import org.parley.model.ContactType;
import org.parley.model.Extraction;
import org.parley.model.PartialDate;

/** Each rule that dates a contact, on short articles of its own; 14 March 2024 is a Thursday. */
class EventDatesTest {
    private static Extraction read(String header, String... paragraphs) {
        String page = "Leaders hold talks\n\n" + (header.isEmpty() ? "" : header + "\n\n") + String.join("\n\n", paragraphs)
                + "\n";
        return Extractor.shared().extract(ArticleCleaner.clean(new Page("t.txt", "txt", Page.Markup.TEXT, page,
                Page.Supplied.NONE)));
    }

    private static Optional<Contact> contact(Extraction e, ContactType type, String... people) {
        return e.contacts().stream().filter(c -> c.type() == type && c.participants().stream().map(Actor::label).toList()
                .containsAll(List.of(people))).findFirst();
    }

    private static PartialDate dateOf(Extraction e, ContactType type, String... people) {
        Contact c = contact(e, type, people).orElseThrow(() -> new AssertionError("no " + type + " " + List.of(people)
                + " in " + e.contacts()));
        return c.date();
    }

    @Test
    void theDatelinesDayAnchorsRelativeDaysRatherThanThePublicationDay() {
        Extraction e = read("March 15, 2024 07:30 GMT", "PARIS, March 14 (Continental Wire) - French President Emmanuel "
                + "Macron met German Chancellor Olaf Scholz yesterday, officials said.");
        assertEquals(new PartialDate(2024, 3, 15), e.article().published().date());
        assertEquals(new PartialDate(2024, 3, 13), dateOf(e, ContactType.MEETING, "Emmanuel Macron", "Olaf Scholz"));
    }

    @Test
    void weekdaysInAPastReportAreTheNearestPastDay() {
        Extraction monday = read("March 14, 2024", "Hungarian Prime Minister Viktor Orbán met Chinese President Xi "
                + "Jinping on Monday in Beijing, the government said.");
        assertEquals(new PartialDate(2024, 3, 11), dateOf(monday, ContactType.MEETING, "Viktor Orbán", "Xi Jinping"));
        Extraction friday = read("March 14, 2024", "Hungarian Prime Minister Viktor Orbán held talks with Chinese "
                + "President Xi Jinping on Friday in Beijing, the government said.");
        assertEquals(new PartialDate(2024, 3, 8), dateOf(friday, ContactType.MEETING, "Viktor Orbán", "Xi Jinping"));
    }

    @Test
    void lastNightAndLateOnADay() {
        Extraction night = read("March 14, 2024", "German Chancellor Olaf Scholz spoke by telephone with French "
                + "President Emmanuel Macron last night, his spokesman said.");
        assertEquals(new PartialDate(2024, 3, 13), dateOf(night, ContactType.PHONE_CALL, "Olaf Scholz", "Emmanuel Macron"));
        Extraction late = read("March 14, 2024", "Chinese President Xi Jinping arrived in Budapest late on Monday "
                + "for a state visit.");
        assertEquals(new PartialDate(2024, 3, 11), dateOf(late, ContactType.VISIT, "Xi Jinping"));
    }

    @Test
    void theWeekendAndEarlierThisMonthGiveTheMonth() {
        Extraction weekend = read("March 14, 2024", "Hungarian Prime Minister Viktor Orbán met Chinese President Xi "
                + "Jinping at the weekend in Beijing, officials said.");
        assertEquals(new PartialDate(2024, 3, null), dateOf(weekend, ContactType.MEETING, "Viktor Orbán", "Xi Jinping"));
        Extraction earlier = read("March 14, 2024", "Earlier this month, French President Emmanuel Macron held talks "
                + "with German Chancellor Olaf Scholz in Berlin.");
        assertEquals(new PartialDate(2024, 3, null), dateOf(earlier, ContactType.MEETING, "Emmanuel Macron", "Olaf Scholz"));
    }

    @Test
    void lastWeekGivesTheMonthOnlyWhenTheWeekLiesInOne() {
        String story = "French President Emmanuel Macron met German Chancellor Olaf Scholz last week in Berlin, "
                + "officials said.";
        assertEquals(new PartialDate(2024, 3, null),
                dateOf(read("March 14, 2024", story), ContactType.MEETING, "Emmanuel Macron", "Olaf Scholz"));
        assertNull(dateOf(read("March 6, 2024", story), ContactType.MEETING, "Emmanuel Macron", "Olaf Scholz"),
                "26 February to 3 March lies in two months");
    }

    @Test
    void theDayBeforeCountsFromTheDayLastReported() {
        Extraction e = read("March 14, 2024", "Chinese President Xi Jinping held talks with Hungarian Prime Minister "
                + "Viktor Orbán on Tuesday in Budapest.", "The day before, in Paris, Xi had met French President "
                + "Emmanuel Macron.");
        assertEquals(new PartialDate(2024, 3, 12), dateOf(e, ContactType.MEETING, "Xi Jinping", "Viktor Orbán"));
        assertEquals(new PartialDate(2024, 3, 11), dateOf(e, ContactType.MEETING, "Xi Jinping", "Emmanuel Macron"));
    }

    @Test
    void aDayOfTheMonthAlone() {
        Extraction e = read("March 14, 2024", "Chinese President Xi Jinping met French President Emmanuel Macron in "
                + "Paris on the 7th.");
        assertEquals(new PartialDate(2024, 3, 7), dateOf(e, ContactType.MEETING, "Xi Jinping", "Emmanuel Macron"));
    }

    @Test
    void eachPredicateOfAClauseHasItsOwnDay() {
        Extraction e = read("March 16, 2024", "Chinese President Xi Jinping arrived in Paris on Thursday and held "
                + "talks with French President Emmanuel Macron on Friday.");
        assertEquals(new PartialDate(2024, 3, 14), dateOf(e, ContactType.VISIT, "Xi Jinping"));
        assertEquals(new PartialDate(2024, 3, 15), dateOf(e, ContactType.MEETING, "Xi Jinping", "Emmanuel Macron"));
    }

    @Test
    void aWhenClauseIsDatedByWhatItFollows() {
        Extraction e = read("March 14, 2024", "It was the first such visit since June 2019, when Chinese President "
                + "Xi Jinping met French President Emmanuel Macron in Paris.");
        assertEquals(new PartialDate(2019, 6, null), dateOf(e, ContactType.MEETING, "Xi Jinping", "Emmanuel Macron"));
    }

    @Test
    void thePastPerfectIsNotTheDaysNewsButReportedSpeechIs() {
        Extraction perfect = read("March 14, 2024", "Hungarian Prime Minister Viktor Orbán had held talks with "
                + "Chinese President Xi Jinping in Beijing, where the two discussed trade.");
        assertNull(dateOf(perfect, ContactType.MEETING, "Viktor Orbán", "Xi Jinping"));
        Extraction reported = read("March 14, 2024", "German Chancellor Olaf Scholz said he had spoken by telephone "
                + "with French President Emmanuel Macron.");
        assertEquals(new PartialDate(2024, 3, 14),
                dateOf(reported, ContactType.PHONE_CALL, "Olaf Scholz", "Emmanuel Macron"));
    }

    @Test
    void withoutAnAnchorRelativeDaysStayUnknown() {
        Extraction e = read("", "French President Emmanuel Macron met German Chancellor Olaf Scholz on Wednesday in "
                + "Berlin, officials said.");
        assertNull(e.article().published());
        assertTrue(e.contacts().stream().allMatch(c -> c.date() == null), e.contacts().toString());
    }

    @Test
    void aCountOfDaysLaterIsCountedFromTheDayJustGiven() {
        // "N days later" / "a week earlier" count from the contact the text last dated, not from the publication day.
        String[] counts = {"a", "two", "three", "4"};
        int[] days = {1, 2, 3, 4};
        for (int i = 0; i < counts.length; i++) {
            for (String unit : new String[] {"day", "week"}) {
                for (String direction : new String[] {"later", "earlier"}) {
                    String words = counts[i] + " " + unit + (days[i] > 1 ? "s" : "") + " " + direction;
                    Extraction e = read("March 14, 2024", "Hungarian Prime Minister Viktor Orbán met Ukrainian President "
                            + "Volodymyr Zelenskyy in Kyiv on 2 March.", Character.toUpperCase(words.charAt(0)) + words.substring(1)
                            + ", Orbán held talks with Russian President Vladimir Putin in Moscow.");
                    int shift = days[i] * (unit.equals("week") ? 7 : 1) * (direction.equals("later") ? 1 : -1);
                    assertEquals(PartialDate.of(java.time.LocalDate.of(2024, 3, 2).plusDays(shift)),
                            dateOf(e, ContactType.MEETING, "Viktor Orbán", "Vladimir Putin"), words);
                }
            }
        }
    }

    @Test
    void aTimeOfDayOnAWeekdayIsThatWeekday() {
        for (String time : new String[] {"in the early hours of Tuesday", "around 3am local time on Tuesday",
                "late on Tuesday", "on Tuesday evening"}) {
            Extraction e = read("March 14, 2024", "Indian Prime Minister Narendra Modi landed in Tokyo " + time
                    + ", and was greeted by officials.");
            assertEquals(new PartialDate(2024, 3, 12), dateOf(e, ContactType.VISIT, "Narendra Modi"), time);
        }
    }

    @Test
    void aDateAfterSinceBelongsToTheEarlierContact() {
        // On a page without a date, "on Wednesday" leaves the summit undated; the date of the contact it is the first
        // since is not its date.
        for (String earlier : List.of("Macron's meeting with Lula in Brasília in March 2021",
                "Scholz's talks with Joe Biden in Washington in March 2022", "Macron's state visit to Japan in October 2022")) {
            Extraction e = read("", "French President Emmanuel Macron and German Chancellor Olaf Scholz met in Berlin on Wednesday.",
                    "Officials described the meeting as the first German-French summit without other partners since " + earlier + ".");
            assertTrue(e.contacts().stream().filter(c -> c.participants().stream().map(Actor::label).toList()
                            .containsAll(List.of("Emmanuel Macron", "Olaf Scholz")))
                    .allMatch(c -> c.date() == null), earlier + ": " + e.contacts());
        }
    }

    @Test
    void aLiveReportsEntriesAreOfTheDayTheirSectionIsHeadedBy() {
        // Monday 11 March 2024 is the page's day; the talks are told under Tuesday's heading, the arrival under
        // Monday's but at a local hour of Tuesday.
        for (String tuesday : List.of("Tue 12 Mar 2024", "Tuesday 12 March 2024", "Tuesday, March 12, 2024", "12 March")) {
            for (String monday : List.of("Mon 11 Mar 2024", "Monday, March 11, 2024")) {
                Extraction e = read("Posted Mon 11 Mar 2024 10.00 GMT", monday, "10.00 GMT",
                        "Updates here throughout the French president's trip to Italy.", "21.40 GMT",
                        "French President Emmanuel Macron arrived in Rome shortly after 1am on Tuesday, local time.",
                        tuesday, "08.15 GMT",
                        "Macron held talks with Italian Prime Minister Giorgia Meloni at Palazzo Chigi, officials said.");
                assertEquals(new PartialDate(2024, 3, 12), dateOf(e, ContactType.MEETING, "Emmanuel Macron", "Giorgia Meloni"),
                        tuesday + " / " + monday);
                assertEquals(new PartialDate(2024, 3, 12), dateOf(e, ContactType.VISIT, "Emmanuel Macron"), tuesday + " / " + monday);
            }
        }
        // A page with one date block is no live report: its talks are of the page's day.
        Extraction single = read("Posted Mon 11 Mar 2024 10.00 GMT", "Tue 12 Mar 2024",
                "Macron held talks with Italian Prime Minister Giorgia Meloni at Palazzo Chigi, officials said.");
        assertEquals(new PartialDate(2024, 3, 11), dateOf(single, ContactType.MEETING, "Emmanuel Macron", "Giorgia Meloni"));
        // Stamps of publication and update standing together above the text head none of it.
        Extraction stamps = read("Posted Mon 11 Mar 2024 10.00 GMT", "Mon 11 Mar 2024", "Tue 12 Mar 2024",
                "Macron held talks with Italian Prime Minister Giorgia Meloni at Palazzo Chigi, officials said.");
        assertEquals(new PartialDate(2024, 3, 11), dateOf(stamps, ContactType.MEETING, "Emmanuel Macron", "Giorgia Meloni"));
    }

    @Test
    void oneCountOfDaysDatesEveryContactOfItsSentenceOnce() {
        // The visit to Rome is on Tuesday 12 March; each count is taken from it once, for the visit and the talks alike.
        String[] counts = {"Two days later", "The next day", "Four days later", "A day later"};
        int[] days = {14, 13, 16, 13};
        for (int i = 0; i < counts.length; i++) {
            Extraction e = read("March 16, 2024", "German Chancellor Olaf Scholz travelled to Rome on 12 March.",
                    counts[i] + " Scholz arrived in Madrid for talks with Spanish Prime Minister Pedro Sánchez.");
            PartialDate day = new PartialDate(2024, 3, days[i]);
            assertEquals(day, dateOf(e, ContactType.MEETING, "Olaf Scholz", "Pedro Sánchez"), counts[i]);
            List<Contact> madrid = e.contacts().stream().filter(c -> c.type() == ContactType.VISIT && c.place() != null
                    && c.place().label().equals("Madrid")).toList();
            assertTrue(!madrid.isEmpty() && madrid.stream().allMatch(c -> day.equals(c.date())), counts[i] + ": " + e.contacts());
        }
    }

    @Test
    void talksDuringAStayOfSeveralDaysAreNotDatedByTheArrival() {
        // 14 March 2024 is a Thursday: the arrival is Monday the 11th.
        for (String stay : List.of("a two-day visit", "a three-day state visit", "a 4-day trip", "a visit of several days")) {
            Extraction e = read("March 14, 2024", "Indian Prime Minister Narendra Modi arrived in Madrid on Monday for " + stay + ".",
                    "During the visit, Modi held talks with Spanish Prime Minister Pedro Sánchez.");
            // Which of its days is not told, and the day of the report is no better a guess: the talks stay undated.
            assertNull(dateOf(e, ContactType.MEETING, "Narendra Modi", "Pedro Sánchez"), stay);
        }
        Extraction oneDay = read("March 14, 2024", "Indian Prime Minister Narendra Modi arrived in Madrid on Monday.",
                "During the visit, Modi held talks with Spanish Prime Minister Pedro Sánchez.");
        assertEquals(new PartialDate(2024, 3, 11), dateOf(oneDay, ContactType.MEETING, "Narendra Modi", "Pedro Sánchez"),
                "a visit of no told length: its talks are of its day");
    }

    @Test
    void aContactCountedBackFromTheOneJustReportedIsDatedByTheCount() {
        // The talks are on 20 March 2024; "N days after X" dates X N days before; "less than a week after" gives March.
        String[] counts = {"two days", "three days", "a week"};
        int[] back = {2, 3, 7};
        for (int i = 0; i < counts.length; i++) {
            Extraction e = read("March 21, 2024", "Hungarian Prime Minister Viktor Orbán held talks with Chinese President Xi Jinping "
                    + "in Beijing on 20 March.", "The talks came " + counts[i] + " after Orbán and Russian President Vladimir Putin "
                    + "spoke by telephone.");
            assertEquals(PartialDate.of(java.time.LocalDate.of(2024, 3, 20).minusDays(back[i])),
                    dateOf(e, ContactType.PHONE_CALL, "Viktor Orbán", "Vladimir Putin"), counts[i]);
        }
        Extraction within = read("March 21, 2024", "Hungarian Prime Minister Viktor Orbán held talks with Chinese President Xi Jinping "
                + "in Beijing on 20 March.", "The talks came less than a week after Orbán and Russian President Vladimir Putin "
                + "spoke by telephone.");
        assertEquals(new PartialDate(2024, 3, null), dateOf(within, ContactType.PHONE_CALL, "Viktor Orbán", "Vladimir Putin"));
        Extraction straddling = read("March 4, 2024", "Hungarian Prime Minister Viktor Orbán held talks with Chinese President Xi Jinping "
                + "in Beijing on 3 March.", "The talks came less than a week after Orbán and Russian President Vladimir Putin "
                + "spoke by telephone.");
        assertNull(dateOf(straddling, ContactType.PHONE_CALL, "Viktor Orbán", "Vladimir Putin"), "late February or early March");
    }

    @Test
    void aYearThatClosesANameDatesNothing() {
        for (String name : List.of("Horizon 2047", "\"Vision 2035\"", "Agenda 2063", "\u201cCompass 2040\u201d")) {
            Extraction e = read("March 14, 2024", "French President Emmanuel Macron held talks with German Chancellor Olaf "
                    + "Scholz in Berlin, where they adopted a plan titled " + name + " for their partnership.");
            assertEquals(new PartialDate(2024, 3, 14), dateOf(e, ContactType.MEETING, "Emmanuel Macron", "Olaf Scholz"), name);
        }
        Extraction year = read("March 14, 2024", "French President Emmanuel Macron held talks with German Chancellor Olaf "
                + "Scholz in Berlin in 2022, where they adopted a plan for their partnership.");
        assertEquals(new PartialDate(2022, null, null), dateOf(year, ContactType.MEETING, "Emmanuel Macron", "Olaf Scholz"));
    }

    @Test
    void aWeekdayInLocalTimeMayBeTheDayAfterTheReport() {
        for (String when : List.of("at around 2am local time on Friday", "shortly after midnight local time on Friday", "on Friday (local time)")) {
            Extraction e = read("March 14, 2024", "French President Emmanuel Macron landed in Tokyo " + when + " for talks.");
            assertEquals(new PartialDate(2024, 3, 15), dateOf(e, ContactType.VISIT, "Emmanuel Macron"), when);
        }
        Extraction told = read("March 14, 2024", "French President Emmanuel Macron touched down in Tokyo at around 2am local time "
                + "on Friday, officials said.");
        assertEquals(new PartialDate(2024, 3, 15), dateOf(told, ContactType.VISIT, "Emmanuel Macron"));
        Extraction earlier = read("March 14, 2024", "French President Emmanuel Macron landed in Tokyo at around 2am local time "
                + "on Tuesday for talks.");
        assertEquals(new PartialDate(2024, 3, 12), dateOf(earlier, ContactType.VISIT, "Emmanuel Macron"));
    }
}

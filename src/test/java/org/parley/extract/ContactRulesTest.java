package org.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.model.Actor;
import org.parley.model.Article;
import org.parley.model.Contact;
import org.parley.model.ContactType;
import org.parley.model.DateEvidence;
import org.parley.model.Extraction;
import org.parley.model.PartialDate;
import org.parley.model.Span;
import org.parley.model.TextBlock;

/**
 * The contact rules of places, visits, multi-party and background contacts and collective references, each on
 * texts written for it; where a form varies, many renderings of one fact.
 */
class ContactRulesTest {
    private static final String PUBLISHED = "2024-05-16"; // a Thursday

    /** An article published on {@link #PUBLISHED}, with an optional dateline place, one paragraph per string. */
    private static Extraction read(String datelinePlace, String... paragraphs) {
        String text = String.join("\n\n", paragraphs);
        List<TextBlock> blocks = new ArrayList<>();
        int at = 0;
        for (String p : paragraphs) {
            blocks.add(new TextBlock(p, new Span(at, at + p.length()), true, "body"));
            at += p.length() + 2;
        }
        DateEvidence published = new DateEvidence(PartialDate.parse(PUBLISHED), "test", PUBLISHED, null);
        Article.Dateline dateline = datelinePlace == null ? null : new Article.Dateline(datelinePlace, 2024, MonthDay.of(5, 16), null);
        return Extractor.shared().extract(new Article("rules.txt", null, null, text, blocks, published, dateline, null, null, "txt", Map.of()));
    }

    static List<String> labels(Contact c) {
        return c.participants().stream().map(Actor::label).sorted().toList();
    }

    static Optional<Contact> find(Extraction e, ContactType type, String... people) {
        List<String> wanted = List.of(people).stream().sorted().toList();
        return e.contacts().stream().filter(c -> c.type() == type && labels(c).equals(wanted)).findFirst();
    }

    static Contact the(Extraction e, ContactType type, String... people) {
        return find(e, type, people).orElseThrow(() -> new AssertionError("no " + type + " " + List.of(people) + " in " + e.contacts()));
    }

    private static String placeKey(Contact c) {
        return c.place() == null ? null : c.place().key();
    }

    // ------------------------------------------------------------------------------------------ places

    @Test
    void thePlaceIsTheMostSpecificTheTextGivesWhateverTheWording() {
        record Phrasing(String where, String place) {
        }
        List<Phrasing> phrasings = List.of(
                new Phrasing("in Beijing", "place/CHN/beijing"),
                new Phrasing("in the Chinese capital", "place/CHN/beijing"),
                new Phrasing("at the Great Hall of the People", "place/CHN/beijing"),
                new Phrasing("at the Diaoyutai State Guesthouse in Beijing", "place/CHN/beijing"),
                new Phrasing("in Zhongnanhai", "place/CHN/beijing"),
                new Phrasing("in Shanghai, China", "place/CHN/shanghai"),
                new Phrasing("in China's commercial hub of Shanghai", "place/CHN/shanghai"),
                new Phrasing("in the eastern city of Shanghai", "place/CHN/shanghai"),
                new Phrasing("in China", "country/CHN"));
        for (Phrasing p : phrasings) {
            Extraction e = read(null, "Chinese President Xi Jinping met German Chancellor Olaf Scholz " + p.where() + " on Tuesday.");
            assertEquals(p.place(), placeKey(the(e, ContactType.MEETING, "Olaf Scholz", "Xi Jinping")), p.where());
        }
    }

    @Test
    void aGatheringNamedAfterItsCityPlacesTheTalksHeldAtIt() {
        record City(String name, String key) {
        }
        for (City c : List.of(new City("Munich", "place/DEU/munich"), new City("Davos", "place/CHE/davos"),
                new City("Halifax", "place/CAN/halifax"))) {
            for (String gathering : List.of("on the sidelines of the " + c.name() + " Security Conference",
                    "at the " + c.name() + " Economic Forum", "on the margins of the " + c.name() + " Peace Summit")) {
                Extraction e = read(null, "Chinese President Xi Jinping met German Chancellor Olaf Scholz " + gathering + " on Tuesday.");
                assertEquals(c.key(), placeKey(the(e, ContactType.MEETING, "Olaf Scholz", "Xi Jinping")), gathering);
            }
        }
        for (String gathering : List.of("Group of 20 Summit", "Shanghai Cooperation Organisation Summit")) {
            Extraction unnamed = read(null, "Chinese President Xi Jinping met German Chancellor Olaf Scholz on the sidelines of the "
                    + gathering + " on Tuesday.");
            assertNull(the(unnamed, ContactType.MEETING, "Olaf Scholz", "Xi Jinping").place(), gathering + " is not held where it is named after");
        }
    }

    @Test
    void venuesStandForTheirCitiesInMeetingsAndVisits() {
        record Venue(String words, String city) {
        }
        for (Venue v : List.of(new Venue("the Kremlin", "place/RUS/moscow"), new Venue("the White House", "place/USA/washington"),
                new Venue("the Oval Office", "place/USA/washington"), new Venue("the Elysee Palace", "place/FRA/paris"),
                new Venue("10 Downing Street", "place/GBR/london"), new Venue("Mar-a-Lago", "place/USA/palm-beach"))) {
            Extraction e = read(null, "Indian Prime Minister Narendra Modi held talks with Russian President Vladimir Putin at "
                    + v.words() + " on Tuesday.");
            assertEquals(v.city(), placeKey(the(e, ContactType.MEETING, "Narendra Modi", "Vladimir Putin")), v.words());
        }
        Extraction site = read(null, "North Korean leader Kim Jong Un met Russian President Vladimir Putin at the Vostochny Cosmodrome on Wednesday.");
        assertEquals("place/RUS/vostochny-cosmodrome", placeKey(the(site, ContactType.MEETING, "Kim Jong-un", "Vladimir Putin")),
                "a site far from any city is its own place");
    }

    @Test
    void theDatelineIsNotThePlaceOfAContactTheTextDoesNotPlace() {
        Extraction e = read("Moscow", "Russian President Vladimir Putin met Indian Prime Minister Narendra Modi on Tuesday.");
        assertNull(the(e, ContactType.MEETING, "Narendra Modi", "Vladimir Putin").place());
        Extraction here = read("Moscow", "Russian President Vladimir Putin met Indian Prime Minister Narendra Modi here on Tuesday.");
        assertEquals("place/RUS/moscow", placeKey(the(here, ContactType.MEETING, "Narendra Modi", "Vladimir Putin")),
                "\"here\" is where the dateline files from");
    }

    @Test
    void eachStopOfATourInOneSentenceKeepsItsOwnCityAndDay() {
        // "opened his trip in A on Sunday, ..., and was in B on Monday for talks with X": the talks and the second visit
        // are B's, the first visit A's, whatever the cities and verbs.
        record Stop(String first, String firstKey, String second, String secondKey) {
        }
        List<Stop> tours = List.of(new Stop("Shanghai", "place/CHN/shanghai", "Beijing", "place/CHN/beijing"),
                new Stop("Chongqing", "place/CHN/chongqing", "Beijing", "place/CHN/beijing"),
                new Stop("Guangzhou", "place/CHN/guangzhou", "Shanghai", "place/CHN/shanghai"));
        for (Stop t : tours) {
            for (String opening : List.of("opened his trip in " + t.first() + " on Sunday", "began his visit on Sunday in " + t.first())) {
                Extraction e = read(null, "German Chancellor Olaf Scholz " + opening + ", touring a factory there, and was in "
                        + t.second() + " on Monday for talks with Chinese President Xi Jinping.");
                String words = opening + " / " + t.second();
                assertEquals(t.secondKey(), placeKey(the(e, ContactType.MEETING, "Olaf Scholz", "Xi Jinping")), words);
                List<String> visits = e.contacts().stream().filter(c -> c.type() == ContactType.VISIT).map(ContactRulesTest::placeKey).toList();
                assertTrue(visits.contains(t.firstKey()), words + ": " + visits);
            }
        }
    }

    @Test
    void aStayToldByItsArrivalAndByALaterDayIsOneVisitDatedByTheArrival() {
        // Published Thursday 16 May: the arrival one to three days before the day of the talks.
        String[] days = {"Monday", "Tuesday", "Wednesday"};
        for (int i = 0; i < days.length; i++) {
            for (String arrival : List.of("had arrived in Madrid late on " + days[i], "arrived in Madrid on " + days[i] + " evening",
                    "landed in Madrid on " + days[i])) {
                Extraction e = read(null, "Indian Prime Minister Narendra Modi held talks with Spanish Prime Minister Pedro Sánchez "
                                + "in Madrid on Thursday, as Modi began a three-day " + (i == 1 ? "trip." : "visit to Spain."),
                        "Modi " + arrival + ", officials said.");
                List<Contact> visits = e.contacts().stream().filter(c -> c.type() == ContactType.VISIT).toList();
                assertEquals(1, visits.size(), arrival + ": " + visits);
                assertEquals(PartialDate.parse("2024-05-" + (13 + i)), visits.get(0).date(), arrival);
            }
        }
    }

    @Test
    void aPassingMentionOfTheDaysVisitIsThatVisit() {
        // Told once as the news and once in a clause opened by "after": one visit of that day, not two.
        Extraction e = read(null, "Hungarian Prime Minister Viktor Orbán held talks with Russian President Vladimir Putin in Moscow on Thursday.",
                "The talks came two days after Orbán went to Kyiv on Tuesday, his first trip to Ukraine in years, where he met "
                        + "Ukrainian President Volodymyr Zelenskyy.");
        assertEquals(1, e.contacts().stream().filter(c -> c.type() == ContactType.VISIT && "place/UKR/kyiv".equals(placeKey(c))).count(),
                e.contacts().toString());
    }

    @Test
    void talksDuringAVisitTakeTheVisitsCityAndAVisitToACountryTheCityOfItsTalks() {
        Extraction e = read(null,
                "Indian Prime Minister Narendra Modi arrived in Russia on Monday for a two-day state visit.",
                "On Tuesday, Modi held talks with Russian President Vladimir Putin in Moscow.",
                "The leaders discussed oil trade.");
        assertEquals("place/RUS/moscow", placeKey(the(e, ContactType.VISIT, "Narendra Modi")));
        assertEquals("place/RUS/moscow", placeKey(the(e, ContactType.MEETING, "Narendra Modi", "Vladimir Putin")));
        Extraction during = read(null,
                "German Chancellor Olaf Scholz flew to Beijing on Sunday.",
                "During the visit, Scholz held talks with Chinese President Xi Jinping.");
        assertEquals("place/CHN/beijing", placeKey(the(during, ContactType.MEETING, "Olaf Scholz", "Xi Jinping")));
    }

    @Test
    void talksAfterAStepOfAVisitsProgrammeTakeTheVisitsDayAndCityNotTheNewsOfTheDay() {
        for (String opener : List.of("After a welcome ceremony at the airport", "Following the arrival", "After the state banquet",
                "After a brief wreath-laying at the war memorial", "Following their lunch")) {
            Extraction e = read(null,
                    "German Chancellor Olaf Scholz held talks with Japanese Prime Minister Fumio Kishida in Tokyo on Thursday.",
                    "Earlier in the week Scholz was in China. He landed in Beijing on Tuesday morning.",
                    opener + ", Scholz held talks with Chinese President Xi Jinping.");
            Contact talks = the(e, ContactType.MEETING, "Olaf Scholz", "Xi Jinping");
            assertEquals(new PartialDate(2024, 5, 14), talks.date(), opener);
            assertEquals("place/CHN/beijing", placeKey(talks), opener);
        }
    }

    // ------------------------------------------------------------------------------------------ visits

    @Test
    void aVisitCarriesTheVisitorAloneWithTheHostCountryWhateverTheTravelVerb() {
        for (String travelled : List.of("flew to Tokyo", "travelled to Tokyo", "landed in Tokyo", "lands in Tokyo", "arrived in Tokyo",
                "made a three-day visit to Tokyo", "paid an official visit to Tokyo", "went to Tokyo")) {
            Extraction e = read(null, "French President Emmanuel Macron " + travelled + " on Monday and met Japanese Prime Minister Fumio Kishida.");
            Contact visit = the(e, ContactType.VISIT, "Emmanuel Macron");
            assertEquals("place/JPN/tokyo", placeKey(visit), travelled);
            assertEquals("Japan", visit.host().label(), travelled);
            assertFalse(find(e, ContactType.VISIT, "Emmanuel Macron", "Fumio Kishida").isPresent(), travelled + ": the host is no visitor");
        }
    }

    @Test
    void theVisitsPossessorIsItsVisitorAndANounVisitIsNotItsReportersVisit() {
        Extraction e = read(null, "Italian Prime Minister Giorgia Meloni, on her first visit to the White House, met US President Joe Biden on Thursday.");
        assertEquals("place/USA/washington", placeKey(the(e, ContactType.VISIT, "Giorgia Meloni")));
        Extraction reported = read(null,
                "Ukrainian President Volodymyr Zelenskyy met US Secretary of State Antony Blinken, who arrived in Ukraine on Monday.",
                "Zelenskyy stressed the importance of the visit of the American officials to Kyiv.");
        assertFalse(find(reported, ContactType.VISIT, "Volodymyr Zelenskyy").isPresent(), "the host is not a visitor");
        assertEquals("place/UKR/kyiv", placeKey(the(reported, ContactType.VISIT, "Antony Blinken")), "the visit named again, to its city");
    }

    @Test
    void aStateVisitByAnOfficeHolderIsTheirsAndAnAnniversaryMarkedIsNoRecall() {
        Extraction e = read(null,
                "French President Emmanuel Macron and US President Joe Biden agreed on a plan at a summit at the White House on Wednesday, marking the 70th anniversary of the alliance.",
                "The ceremony on Wednesday opened the first state visit by a French president to the United States in years.");
        Contact summit = the(e, ContactType.MEETING, "Emmanuel Macron", "Joe Biden");
        assertFalse(summit.background(), "marking an anniversary does not make the summit an earlier contact");
        assertEquals(PartialDate.parse("2024-05-15"), summit.date());
        assertEquals("place/USA/washington", placeKey(the(e, ContactType.VISIT, "Emmanuel Macron")));
    }

    @Test
    void aNameRightAfterACountrysTitleIsAPersonOfThatCountry() {
        for (String name : List.of("To Lam", "Luong Cuong", "Pham Minh Chinh")) {
            Extraction e = read(null, "Russian President Vladimir Putin held talks with Vietnamese President " + name + " in Hanoi on Thursday.");
            Contact talks = the(e, ContactType.MEETING, name, "Vladimir Putin");
            Actor guest = talks.participants().stream().filter(a -> a.label().equals(name)).findFirst().orElseThrow();
            assertEquals("VNM", guest.country(), name);
        }
        Extraction weekday = read(null, "Russian President Vladimir Putin met the Vietnamese President On Thursday in Hanoi.");
        assertTrue(weekday.actors().stream().noneMatch(a -> a.label().startsWith("On ")), "a weekday is no name");
    }

    @Test
    void beingSomewhereIsAVisitOnlyForPeopleFromElsewhere() {
        Extraction abroad = read(null, "Japanese Prime Minister Fumio Kishida was in New Delhi on Monday, where he held talks with Indian Prime Minister Narendra Modi.");
        assertEquals("place/IND/new-delhi", placeKey(the(abroad, ContactType.VISIT, "Fumio Kishida")));
        assertEquals("place/IND/new-delhi", placeKey(the(abroad, ContactType.MEETING, "Fumio Kishida", "Narendra Modi")),
                "a \"where\" clause is placed by its antecedent");
        Extraction home = read(null, "Indian Prime Minister Narendra Modi was in Mumbai on Monday for a rally.");
        assertFalse(find(home, ContactType.VISIT, "Narendra Modi").isPresent());
    }

    @Test
    void beingSomewhereIsSaidOfThePersonNotOfAnOccasion() {
        // What "was in" is said of decides: the person (named before it, or the subject of the predicate it is
        // coordinated with), not "the last time they spoke" nor "their first summit".
        for (String occasion : List.of("The previous occasion the pair sat down together was in", "Their first summit was in",
                "The most recent round between Kishida and Modi was in", "Where Kishida and Modi last talked was in")) {
            Extraction e = read(null, "Japanese Prime Minister Fumio Kishida and Indian Prime Minister Narendra Modi spoke by phone on Monday. "
                    + occasion + " Hiroshima last year.");
            assertFalse(find(e, ContactType.VISIT, "Fumio Kishida").isPresent(), occasion);
            assertFalse(find(e, ContactType.VISIT, "Narendra Modi").isPresent(), occasion);
        }
        for (String person : List.of("Kishida was in", "Kishida, for his part, was in", "Kishida also was in",
                "Kishida opened the week in Mumbai, and was in")) {
            Extraction e = read(null, "Japanese Prime Minister Fumio Kishida met Indian Prime Minister Narendra Modi on Monday. "
                    + person + " New Delhi on Tuesday.");
            assertTrue(find(e, ContactType.VISIT, "Fumio Kishida").isPresent(), person);
        }
    }

    // ------------------------------------------------------------------------------------------ multi-party

    @Test
    void aThreeWayMeetingIsOneContactAndTheOneOnOneBesideItAnother() {
        Extraction e = read(null,
                "Turkish President Recep Tayyip Erdogan and UN Secretary-General Antonio Guterres met Ukrainian President Volodymyr Zelenskyy in Lviv on Tuesday.",
                "Erdogan first held a one-on-one meeting with Zelenskyy.");
        assertEquals("place/UKR/lviv", placeKey(the(e, ContactType.MEETING, "António Guterres", "Recep Tayyip Erdoğan", "Volodymyr Zelenskyy")));
        the(e, ContactType.MEETING, "Recep Tayyip Erdoğan", "Volodymyr Zelenskyy");
    }

    @Test
    void companionsJoinTheMeetingJustReported() {
        for (String joined : List.of("was accompanied by", "was joined by", "were joined by")) {
            String subject = joined.startsWith("were") ? "They" : "Blinken";
            Extraction e = read(null,
                    "US Secretary of State Antony Blinken met Russian Foreign Minister Sergey Lavrov in Geneva on Tuesday.",
                    subject + " " + joined + " national security adviser Jake Sullivan, who had arrived earlier.");
            assertTrue(labels(the(e, ContactType.MEETING, "Antony Blinken", "Jake Sullivan", "Sergey Lavrov")).contains("Jake Sullivan"), joined);
        }
    }

    @Test
    void attendeesOfTheMeetingJustToldTakePartInIt() {
        for (String noun : List.of("The meeting was", "The talks were", "The meeting was also")) {
            Extraction e = read(null,
                    "US Secretary of State Antony Blinken received Russian Foreign Minister Sergey Lavrov in Geneva on Tuesday.",
                    "In the talks, they discussed arms control.",
                    noun + " attended by national security adviser Jake Sullivan and, from the Russian side, presidential aide Yuri Ushakov.");
            the(e, ContactType.MEETING, "Antony Blinken", "Jake Sullivan", "Sergey Lavrov", "Yury Ushakov");
            assertEquals(1, e.contacts().stream().filter(c -> c.type() == ContactType.MEETING).count(), noun + ": " + e.contacts());
        }
        // With no meeting told before it, the one attended is a contact of its own.
        Extraction alone = read(null, "On Tuesday a meeting in Geneva was attended by Antony Blinken and Sergey Lavrov.");
        the(alone, ContactType.MEETING, "Antony Blinken", "Sergey Lavrov");
    }

    @Test
    void aContactWhosePredicateMakesItAPlanIsNone() {
        for (String predicate : List.of("is under discussion", "was possible later in the year", "remains under consideration",
                "is being prepared", "was likely to take place in the autumn", "is on the cards")) {
            String sentence = "Officials said a visit by Indian Prime Minister Narendra Modi to Moscow " + predicate + ".";
            assertTrue(read(null, sentence).contacts().isEmpty(), sentence + " " + read(null, sentence).contacts());
        }
        // The same nouns with a reporting predicate stay contacts.
        the(read(null, "A visit by Indian Prime Minister Narendra Modi to Moscow was under way on Tuesday."), ContactType.VISIT, "Narendra Modi");
    }

    @Test
    void aCueInThePredicatePastAnAsideCancelsTheSubjectsContact() {
        for (String aside : List.of("after a stop in Hanoi", "like the one planned for the spring", "which was to last three days")) {
            String sentence = "German Chancellor Olaf Scholz's visit to Jakarta, " + aside + ", was postponed.";
            assertTrue(find(read(null, sentence), ContactType.VISIT, "Olaf Scholz").isEmpty(), sentence);
        }
        the(read(null, "German Chancellor Olaf Scholz's visit to Jakarta, after a stop in Hanoi, went ahead on Tuesday."),
                ContactType.VISIT, "Olaf Scholz");
    }

    @Test
    void aPossessiveInAFrontedTripPointsToTheTitledSubjectAfterIt() {
        for (String subject : List.of("the Australian prime minister, Anthony Albanese,", "Australian Prime Minister Anthony Albanese",
                "Anthony Albanese")) {
            Extraction e = read(null, "German Chancellor Olaf Scholz met Indonesian President Joko Widodo in Jakarta on Monday.",
                    "On his tour of Southeast Asia, " + subject + " stopped in Manila on Tuesday, where he met President Ferdinand Marcos Jr.");
            assertTrue(e.contacts().stream().noneMatch(c -> labels(c).contains("Olaf Scholz") && labels(c).contains("Anthony Albanese")),
                    subject + ": " + e.contacts());
            the(e, ContactType.MEETING, "Anthony Albanese", "Ferdinand Marcos Jr");
        }
    }

    @Test
    void aPairNamedByTheirOfficesPluralIsThePairJustTold() {
        Map<String, String[]> groups = Map.of(
                "The two prime ministers", new String[]{"Narendra Modi", "Anthony Albanese", "Indian Prime Minister Narendra Modi", "Australian Prime Minister Anthony Albanese"},
                "Both prime ministers", new String[]{"Narendra Modi", "Anthony Albanese", "Indian Prime Minister Narendra Modi", "Australian Prime Minister Anthony Albanese"},
                "The two foreign ministers", new String[]{"Sergey Lavrov", "Wang Yi", "Russian Foreign Minister Sergey Lavrov", "Chinese Foreign Minister Wang Yi"},
                "The two chancellors", new String[]{"Olaf Scholz", "Karl Nehammer", "German Chancellor Olaf Scholz", "Austrian Chancellor Karl Nehammer"});
        groups.forEach((group, people) -> {
            Extraction e = read(null, people[2] + " received " + people[3] + " in Vienna on Tuesday.",
                    group + " last met in Geneva in March 2023.");
            Contact earlier = e.contacts().stream().filter(Contact::background).findFirst()
                    .orElseThrow(() -> new AssertionError(group + ": no earlier meeting in " + e.contacts()));
            assertEquals(List.of(people[0], people[1]).stream().sorted().toList(), labels(earlier), group);
            assertEquals("2023-03", earlier.date().toString(), group);
        });
    }

    @Test
    void aDayNamedByTheContactJustToldIsThatContactsDay() {
        for (String relative : List.of("Earlier in the day,", "Later in the day,", "Later that day,", "The same evening,", "On the same afternoon,")) {
            Extraction e = read(null, "Indian Prime Minister Narendra Modi spoke by phone with Brazilian President Luiz Inácio Lula da Silva on Tuesday.",
                    relative + " Modi received Australian Prime Minister Anthony Albanese in New Delhi.");
            assertEquals("2024-05-14", the(e, ContactType.MEETING, "Anthony Albanese", "Narendra Modi").date().toString(), relative);
        }
        // "The day before" still counts back a day.
        Extraction before = read(null, "Indian Prime Minister Narendra Modi spoke by phone with Brazilian President Luiz Inácio Lula da Silva on Tuesday.",
                "The day before, Modi received Australian Prime Minister Anthony Albanese in New Delhi.");
        assertEquals("2024-05-13", the(before, ContactType.MEETING, "Anthony Albanese", "Narendra Modi").date().toString());
    }

    @Test
    void aContactHoursBeforeTheOneReportedIsOfItsDay() {
        for (String hours : List.of("hours after", "just hours after", "a few hours after", "several hours after", "two hours after")) {
            for (String call : List.of("speaking by phone with", "he spoke by phone with", "a phone call with")) {
                String sentence = "Japanese Prime Minister Shigeru Ishiba met Chinese Premier Li Qiang in Beijing on Tuesday, " + hours + " "
                        + call + " Indian Prime Minister Narendra Modi.";
                Contact earlier = the(read(null, sentence), ContactType.PHONE_CALL, "Narendra Modi", "Shigeru Ishiba");
                assertEquals("2024-05-14", earlier.date().toString(), sentence);
            }
        }
    }

    @Test
    void aWishGovernsItsClauseToTheEnd() {
        for (String wish : List.of("looked forward to seeing", "said he looked forward to meeting again", "hoped to see")) {
            String sentence = "Blinken " + wish + " Russian Foreign Minister Sergey Lavrov at the ministerial meeting of the OSCE in Vienna next month.";
            assertTrue(find(read(null, sentence), ContactType.MEETING, "Antony Blinken", "Sergey Lavrov").isEmpty(), sentence);
        }
        // A wish in a clause of its own leaves the contact told beside it.
        the(read(null, "US Secretary of State Antony Blinken had hoped to travel to Kyiv, but he met Russian Foreign Minister Sergey Lavrov in Vienna on Tuesday."),
                ContactType.MEETING, "Antony Blinken", "Sergey Lavrov");
    }

    @Test
    void aSummitHostingSeveralGuestsSeparatelyGivesOneContactWithEach() {
        Extraction e = read(null,
                "Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan and Chinese President Xi Jinping in separate meetings in Astana on Wednesday.");
        the(e, ContactType.MEETING, "Recep Tayyip Erdoğan", "Vladimir Putin");
        the(e, ContactType.MEETING, "Vladimir Putin", "Xi Jinping");
    }

    @Test
    void aPossessiveInAFrontedPhrasePointsToTheSubjectAfterIt() {
        Extraction e = read(null,
                "Russian President Vladimir Putin met Chinese President Xi Jinping in Astana on Wednesday.",
                "Kremlin spokesman Dmitry Peskov told reporters that no dates had been set.",
                "In his meeting with Xi, Putin said relations were good.");
        assertFalse(e.contacts().stream().anyMatch(c -> labels(c).contains("Dmitry Peskov")), e.contacts().toString());
    }

    @Test
    void aPersonRaisedAsAMatterOfTheTalksIsNotOneOfTheirPeople() {
        for (String matter : List.of("the case of", "the release of the detained writer", "the fate of jailed journalist",
                "the detention of")) {
            Extraction e = read(null, "Canadian Prime Minister Justin Trudeau said he raised " + matter + " Michael Kovrig during "
                    + "the talks with Chinese President Xi Jinping on Wednesday.");
            assertTrue(e.contacts().stream().noneMatch(c -> labels(c).contains("Michael Kovrig")), matter + ": " + e.contacts());
        }
    }

    // ------------------------------------------------------------------------------------------ collective references

    @Test
    void collectiveReferencesAreTheOfficeHoldersOnTheDate() {
        record Reference(String words, List<String> people) {
        }
        for (Reference r : List.of(
                new Reference("The leaders of Russia and China", List.of("Vladimir Putin", "Xi Jinping")),
                new Reference("The presidents of Russia and China", List.of("Vladimir Putin", "Xi Jinping")),
                new Reference("The foreign ministers of Russia and China", List.of("Sergey Lavrov", "Wang Yi")),
                new Reference("The foreign ministers of India, Japan and Australia", List.of("Penny Wong", "Subrahmanyam Jaishankar", "Yōko Kamikawa")))) {
            Extraction e = read(null, r.words() + " met in Astana on Wednesday.");
            the(e, ContactType.MEETING, r.people().toArray(String[]::new));
        }
        Extraction counterpart = read(null, "Chinese Foreign Minister Wang Yi held talks with his Indian counterpart in Beijing on Wednesday.");
        the(counterpart, ContactType.MEETING, "Subrahmanyam Jaishankar", "Wang Yi");
        Extraction named = read(null, "Chinese Foreign Minister Wang Yi held talks with his Indian counterpart, Foreign Minister Subrahmanyam Jaishankar, on Wednesday.");
        the(named, ContactType.MEETING, "Subrahmanyam Jaishankar", "Wang Yi");
        Extraction undated = read(null, "The ministers reviewed the results of the talks between the leaders of Russia and China.");
        assertFalse(find(undated, ContactType.MEETING, "Vladimir Putin", "Xi Jinping").isPresent(),
                "talks named only through offices, with no date of their own, are not a contact of the day");
    }

    // ------------------------------------------------------------------------------------------ background contacts

    @Test
    void earlierContactsTheTextDatesAreKeptAsBackgroundWithTheirOwnDateAndPlace() {
        record Recall(String words, String date, String place) {
        }
        for (Recall r : List.of(
                new Recall("The two leaders last met in March 2022 in Antalya.", "2022-03", "place/TUR/antalya"),
                new Recall("They first met in Bali in November 2022.", "2022-11", "place/IDN/bali"),
                new Recall("Their previous meeting, in 2019 in Osaka, was tense.", null, "place/JPN/osaka"),
                new Recall("Erdogan, who had last seen Putin in Tehran in July 2022, called the talks useful.", "2022-07", "place/IRN/tehran"),
                new Recall("\"We also met here in Sochi in September 2021,\" Putin said.", "2021-09", "place/RUS/sochi"))) {
            Extraction e = read(null,
                    "Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Astana on Wednesday.", r.words());
            List<Contact> meetings = e.contacts().stream().filter(c -> c.type() == ContactType.MEETING
                    && labels(c).equals(List.of("Recep Tayyip Erdoğan", "Vladimir Putin"))).toList();
            Contact today = meetings.get(0);
            assertEquals(PartialDate.parse("2024-05-15"), today.date(), r.words());
            assertEquals("place/KAZ/astana", placeKey(today), r.words() + ": the recalled contact does not change today's");
            if (r.date() != null) {
                assertEquals(2, meetings.size(), r.words() + " " + meetings);
                Contact earlier = meetings.get(1);
                assertEquals(PartialDate.parse(r.date()), earlier.date(), r.words());
                assertEquals(r.place(), placeKey(earlier), r.words());
            }
        }
    }

    @Test
    void aThingReceivedFromSomeoneIsNoMeeting() {
        for (String thing : List.of("a signed football shirt", "an earlier limousine", "two rare tigers", "a letter")) {
            Extraction e = read(null, "Hungarian Prime Minister Viktor Orbán and French President Emmanuel Macron are old allies.",
                    "Orbán received " + thing + " from Macron in March.");
            assertFalse(find(e, ContactType.MEETING, "Viktor Orbán", "Emmanuel Macron").isPresent(), thing);
        }
        Extraction guest = read(null, "Hungarian Prime Minister Viktor Orbán received French President Emmanuel Macron "
                + "in Budapest on Monday.");
        assertTrue(find(guest, ContactType.MEETING, "Viktor Orbán", "Emmanuel Macron").isPresent());
    }

    @Test
    void aContactOfANextTimeIsNoReport() {
        for (String next : List.of("for next year's summit of the leaders", "for their next summit", "at next month's summit in Rome",
                "for her next meeting with him", "for next week's talks")) {
            Extraction e = read(null, "Italian Prime Minister Giorgia Meloni said she looked forward to welcoming French President "
                    + "Emmanuel Macron " + next + ".");
            assertFalse(find(e, ContactType.MEETING, "Giorgia Meloni", "Emmanuel Macron").isPresent(), next);
        }
        Extraction held = read(null, "Italian Prime Minister Giorgia Meloni met French President Emmanuel Macron in Rome on "
                + "Monday, the day before their next round of budget talks with the European Commission began.");
        assertTrue(find(held, ContactType.MEETING, "Giorgia Meloni", "Emmanuel Macron").isPresent());
    }

    @Test
    void calledOffPlannedAndRepeatedContactsAreNoReports() {
        for (String sentence : List.of(
                "A summit in Amman between Biden and King Abdullah II had been called off.",
                "Trump said his first meeting with Putin would probably take place in Riyadh.",
                "Putin and Erdogan have spoken by phone many times since.")) {
            Extraction e = read(null, sentence);
            assertTrue(e.contacts().isEmpty(), sentence + " → " + e.contacts());
        }
    }

    // ------------------------------------------------------------------------------------------ recall: contact forms

    @Test
    void counterpartsNamedWithDatesOfTheirOwnAreContactsApartAndAHostsGuestsCameOnVisits() {
        record Days(String first, String firstDate, String second, String secondDate) {
        }
        List<Days> days = List.of(new Days("on Monday", "2024-05-13", "on Wednesday", "2024-05-15"),
                new Days("on 6 May", "2024-05-06", "on 9 May", "2024-05-09"),
                new Days("on Tuesday morning", "2024-05-14", "on Thursday", "2024-05-16"));
        for (String verb : List.of("hosted", "received", "welcomed", "met")) {
            for (Days d : days) {
                String sentence = "German Chancellor Olaf Scholz " + verb + " French President Emmanuel Macron " + d.first()
                        + " and Indian Prime Minister Narendra Modi " + d.second() + " at the Chancellery in Berlin.";
                Extraction e = read(null, sentence);
                Contact macron = the(e, ContactType.MEETING, "Emmanuel Macron", "Olaf Scholz");
                Contact modi = the(e, ContactType.MEETING, "Narendra Modi", "Olaf Scholz");
                assertEquals(PartialDate.parse(d.firstDate()), macron.date(), sentence);
                assertEquals(PartialDate.parse(d.secondDate()), modi.date(), sentence);
                assertTrue(find(e, ContactType.MEETING, "Emmanuel Macron", "Narendra Modi", "Olaf Scholz").isEmpty(), sentence);
                boolean hosted = !verb.equals("met");
                assertEquals(hosted, find(e, ContactType.VISIT, "Emmanuel Macron").isPresent(), sentence + " → " + e.contacts());
                if (hosted) {
                    Contact visit = the(e, ContactType.VISIT, "Narendra Modi");
                    assertEquals("place/DEU/berlin", placeKey(visit), sentence);
                    assertEquals(PartialDate.parse(d.secondDate()), visit.date(), sentence);
                }
            }
        }
        // One date for all of them is one contact of them all; guests of a summit attend it rather than visit.
        Extraction together = read(null, "German Chancellor Olaf Scholz hosted French President Emmanuel Macron and Indian Prime Minister "
                + "Narendra Modi in Berlin on Monday.");
        the(together, ContactType.MEETING, "Emmanuel Macron", "Narendra Modi", "Olaf Scholz");
        the(together, ContactType.VISIT, "Narendra Modi");
        Extraction summit = read(null, "Leaders gathered for the G20 summit in Berlin this week. German Chancellor Olaf Scholz received "
                + "Indian Prime Minister Narendra Modi in Berlin on Monday.");
        the(summit, ContactType.MEETING, "Narendra Modi", "Olaf Scholz");
        assertTrue(find(summit, ContactType.VISIT, "Narendra Modi").isEmpty(), summit.contacts().toString());
        // A gathering held elsewhere, with the city opening the next sentence, leaves the guest's visit.
        for (String elsewhere : List.of("a water forum that Kenya will hold in the spring", "a forum in Cairo next year", "the Cairo summit")) {
            Extraction apart = read(null, "German Chancellor Olaf Scholz received Indian Prime Minister Narendra Modi in Berlin on Monday. "
                    + "They agreed to attend " + elsewhere + ". Berlin gave no names for its delegation.");
            assertEquals("place/DEU/berlin", placeKey(the(apart, ContactType.VISIT, "Narendra Modi")), apart.contacts().toString());
        }
        // Counterparts named in one collective phrase share its date.
        Extraction collective = read(null, "Russian President Vladimir Putin arrived in Tehran on Tuesday for talks with the leaders of Iran and Turkey.");
        assertEquals(1, collective.contacts().stream().filter(c -> c.type() == ContactType.MEETING).count(), collective.contacts().toString());
        Extraction passive = read(null, "Indian Prime Minister Narendra Modi attended talks hosted by German Chancellor Olaf Scholz in Berlin on Monday.");
        assertTrue(find(passive, ContactType.VISIT, "Olaf Scholz").isEmpty(), passive.contacts().toString());
    }

    @Test
    void aPlaceCarriesTheWordsAndTheRuleItWasReadFrom() {
        record Told(String where, String words, String rule) {
        }
        for (Told t : List.of(new Told("in Beijing", "\"Beijing\"", "where it was held"),
                new Told("at the Great Hall of the People", "\"Great Hall of the People\"", "a venue in Beijing"),
                new Told("in China's commercial hub of Shanghai", "\"Shanghai\"", "the city its country's phrase names"),
                new Told("in China", "\"China\"", "a country"))) {
            Extraction e = read(null, "Chinese President Xi Jinping met German Chancellor Olaf Scholz " + t.where() + " on Tuesday.");
            String evidence = the(e, ContactType.MEETING, "Olaf Scholz", "Xi Jinping").placeEvidence();
            assertTrue(evidence != null && evidence.contains(t.words()) && evidence.contains(t.rule()), t.where() + " → " + evidence);
        }
        Extraction where = read(null, "Scholz flew to the Chinese capital, Beijing, where he held talks with Chinese President Xi Jinping on Tuesday.");
        String evidence = the(where, ContactType.MEETING, "Olaf Scholz", "Xi Jinping").placeEvidence();
        assertTrue(evidence != null && evidence.contains("\"where\""), evidence);
        Extraction call = read(null, "Chinese President Xi Jinping spoke by telephone with German Chancellor Olaf Scholz on Tuesday.");
        assertNull(the(call, ContactType.PHONE_CALL, "Olaf Scholz", "Xi Jinping").placeEvidence(), "a call has no place");
    }

    @Test
    void aPlaceOpeningTheSentenceHoldsAndAGatheringsHostReceivedNoGuest() {
        for (String gathering : List.of("a regional summit hosted by", "the forum, hosted by", "a conference jointly hosted by")) {
            String sentence = "In Berlin, on 14 May 2024, Indian Prime Minister Narendra Modi and Chinese President Xi Jinping held talks "
                    + "on the margins of " + gathering + " German Chancellor Olaf Scholz.";
            Extraction e = read(null, sentence);
            Contact talks = e.contacts().stream().filter(c -> c.type() == ContactType.MEETING
                    && labels(c).containsAll(List.of("Narendra Modi", "Xi Jinping"))).findFirst().orElseThrow();
            assertEquals("place/DEU/berlin", placeKey(talks), sentence);
            assertTrue(e.contacts().stream().noneMatch(c -> c.type() == ContactType.VISIT), sentence + " → " + e.contacts());
        }
        // A host's verb with people as its object still makes guests.
        Extraction hosted = read(null, "German Chancellor Olaf Scholz hosted Indian Prime Minister Narendra Modi in Berlin on Monday.");
        the(hosted, ContactType.VISIT, "Narendra Modi");
    }

    @Test
    void aTripNamingNoPlaceNorDayIsTheStopOfItsDayWhenTheTravellerWasAtSeveral() {
        String trip = "Aides said his trip had been planned for weeks and kept secret for security reasons.";
        for (String before : List.of("Scholz had been in Warsaw on Wednesday, where he held talks with Polish President Andrzej Duda.",
                "On Wednesday Scholz held talks with Polish President Andrzej Duda in Warsaw.")) {
            Extraction e = read(null, "German Chancellor Olaf Scholz met Ukrainian President Volodymyr Zelenskyy in Kyiv on Thursday.",
                    before, trip);
            assertTrue(e.contacts().stream().anyMatch(c -> c.type() == ContactType.VISIT && "place/UKR/kyiv".equals(placeKey(c))
                    && PartialDate.parse("2024-05-16").equals(c.date())), before + " → " + e.contacts());
            assertTrue(e.contacts().stream().filter(c -> c.type() == ContactType.VISIT && "place/POL/warsaw".equals(placeKey(c)))
                    .allMatch(c -> PartialDate.parse("2024-05-15").equals(c.date())), before + " → " + e.contacts());
        }
        // All the traveller's news at one place: "his trip" is the visit already told, not another.
        Extraction one = read(null, "German Chancellor Olaf Scholz arrived in Kyiv on Wednesday and met Ukrainian President Volodymyr "
                + "Zelenskyy on Thursday.", trip);
        assertEquals(1, one.contacts().stream().filter(c -> c.type() == ContactType.VISIT).count(), one.contacts().toString());
        assertEquals(PartialDate.parse("2024-05-15"), the(one, ContactType.VISIT, "Olaf Scholz").date());
    }

    @Test
    void aToursLegsAreVisitsOfTheirOwn() {
        for (String leg : List.of("He then travelled to Guangzhou.", "He landed in Guangzhou late at night.", "He also visited Guangzhou.",
                "He then flew to Guangzhou.")) {
            Extraction e = read(null, "French President Emmanuel Macron flew to Beijing on Monday for talks with Chinese President Xi Jinping.", leg);
            List<String> places = e.contacts().stream().filter(c -> c.type() == ContactType.VISIT).map(ContactRulesTest::placeKey).sorted().toList();
            assertEquals(List.of("place/CHN/beijing", "place/CHN/guangzhou"), places, leg + " → " + e.contacts());
        }
        // A country and a city in it are one visit told twice.
        Extraction once = read(null, "French President Emmanuel Macron arrived in China on Monday.", "He then travelled to Beijing.");
        assertEquals(1, once.contacts().stream().filter(c -> c.type() == ContactType.VISIT).count(), once.contacts().toString());
    }

    @Test
    void beingAtAVenueOrTurningUpInACityIsAVisit() {
        for (String arrival : List.of("was in the Kremlin", "had been in the Kremlin", "touched down in Moscow", "surfaced in Moscow",
                "turned up in Moscow")) {
            String sentence = "Two days later Indian Prime Minister Narendra Modi " + arrival + ", holding talks with Russian President Vladimir Putin.";
            Extraction e = read(null, sentence);
            assertEquals("place/RUS/moscow", placeKey(the(e, ContactType.VISIT, "Narendra Modi")), sentence);
            the(e, ContactType.MEETING, "Narendra Modi", "Vladimir Putin");
        }
    }

    @Test
    void theTwoLeadersAreTheTwoPeopleJustNamed() {
        for (String group : List.of("the two leaders", "the two presidents", "both leaders")) {
            Extraction e = read(null, "Chinese President Xi Jinping held talks with French President Emmanuel Macron in Paris on Monday.",
                    "Xi landed in Belgrade on Tuesday, and Serbian President Aleksandar Vučić was waiting on the tarmac. After a welcome ceremony, "
                            + group + " held talks.");
            the(e, ContactType.MEETING, "Aleksandar Vučić", "Xi Jinping");
        }
        // More than two people named: the group is the latest contact's.
        Extraction e = read(null, "Chinese President Xi Jinping held talks with French President Emmanuel Macron in Paris on Monday.",
                "Ursula von der Leyen, Olaf Scholz and Giorgia Meloni commented on it. The two leaders also held talks over dinner.");
        assertTrue(find(e, ContactType.MEETING, "Giorgia Meloni", "Olaf Scholz").isEmpty(), e.contacts().toString());
    }

    @Test
    void aContactWithoutNamesIsBetweenThePeopleJustToldTogether() {
        record Pair(String sentence, String one, String other) {
        }
        List<Pair> pairs = List.of(
                new Pair("Spanish Prime Minister Pedro Sánchez flew to Ankara to see Turkish President Recep Tayyip Erdoğan.",
                        "Pedro Sánchez", "Recep Tayyip Erdoğan"),
                new Pair("Kenyan President William Ruto travelled to Addis Ababa with Ethiopian Prime Minister Abiy Ahmed.",
                        "Abiy Ahmed", "William Ruto"),
                new Pair("Chilean President Gabriel Boric and Argentine President Javier Milei arrived at the border post.",
                        "Gabriel Boric", "Javier Milei"));
        List<String> middles = List.of("", " The weather in the region was cold and wet.");
        List<String> contacts = List.of("They met for two hours on Tuesday.", "They held talks for three hours on Tuesday.",
                "The two sides met again on Tuesday.", "The talks on Tuesday lasted three hours.");
        for (Pair pair : pairs) {
            for (String middle : middles) {
                for (String contact : contacts) {
                    String text = pair.sentence() + middle + " " + contact;
                    Extraction e = read(null, text);
                    assertTrue(find(e, ContactType.MEETING, pair.one(), pair.other()).isPresent(), text + " → " + e.contacts());
                }
            }
        }
        // A "they" of states, of delegations or of people only mentioned is no contact between named people.
        for (String text : List.of(
                "Spain and Turkey signed a trade agreement in March. They met for two hours on Tuesday.",
                "Pedro Sánchez has long criticised Recep Tayyip Erdoğan's policies. Delegations of both countries met for two hours on Tuesday.",
                "A portrait of Gabriel Boric hung beside one of Javier Milei. The negotiators met for two hours on Tuesday.",
                "A portrait of Gabriel Boric hung beside one of Javier Milei. They met for two hours on Tuesday.",
                "William Ruto said the plan was sound. The weather was cold. They met for two hours on Tuesday.")) {
            Extraction e = read(null, text);
            assertTrue(e.contacts().stream().noneMatch(c -> c.type() == ContactType.MEETING && c.participants().size() >= 2),
                    text + " → " + e.contacts());
        }
    }

    @Test
    void aSecondCallInOneSentenceWithAnotherCounterpartIsACallOfItsOwn() {
        for (String purpose : List.of("to brief him", "to inform him", "to update him on it", "to thank him")) {
            String sentence = "US President Joe Biden said on Wednesday he had held a long phone call with Chinese President Xi Jinping, "
                    + "and that he had then called French President Emmanuel Macron " + purpose + ".";
            Extraction e = read(null, sentence);
            the(e, ContactType.PHONE_CALL, "Joe Biden", "Xi Jinping");
            the(e, ContactType.PHONE_CALL, "Emmanuel Macron", "Joe Biden");
            assertTrue(find(e, ContactType.PHONE_CALL, "Emmanuel Macron", "Joe Biden", "Xi Jinping").isEmpty(), sentence);
        }
    }

    @Test
    void anEarlierContactDatedInMayIsAContactNotAPossibility() {
        for (String month : List.of("May", "November", "May 2022")) {
            String sentence = "Indian Prime Minister Narendra Modi held talks with French President Emmanuel Macron in Paris on Tuesday. "
                    + "The two leaders last met in Tokyo in " + month + ", on the sidelines of the G7 summit.";
            Extraction e = read(null, sentence);
            List<Contact> meetings = e.contacts().stream().filter(c -> c.type() == ContactType.MEETING).toList();
            assertEquals(2, meetings.size(), sentence + " → " + e.contacts());
            assertTrue(meetings.stream().anyMatch(c -> "place/JPN/tokyo".equals(placeKey(c)) && c.background() && c.date() != null
                    && (!month.endsWith("2022") || c.date().equals(PartialDate.parse("2022-05")))), sentence + " → " + e.contacts());
        }
        // The modal still makes a contact possible only.
        assertTrue(read(null, "Indian Prime Minister Narendra Modi may meet French President Emmanuel Macron in Tokyo.").contacts().isEmpty());
    }

    @Test
    void aRepetitionInTheNextPredicateLeavesTheDatedContactBeforeIt() {
        for (String next : List.of("and we have stayed in touch by telephone many times since then", "and we have spoken regularly since",
                "but we have met repeatedly since")) {
            String text = "Russian President Vladimir Putin held talks with Turkish President Recep Tayyip Erdoğan in Astana on Wednesday. "
                    + "\"I remember that we also met here in Astana in October 2022, " + next + ",\" Putin told Erdoğan.";
            Extraction e = read(null, text);
            assertTrue(e.contacts().stream().anyMatch(c -> c.type() == ContactType.MEETING && PartialDate.parse("2022-10").equals(c.date())),
                    text + " → " + e.contacts());
        }
        // A repetition of the contact itself is still no one contact.
        assertTrue(read(null, "Putin and Erdoğan have met many times in Astana.").contacts().isEmpty());
    }

    @Test
    void aGuestReceivedWelcomedOrHostedCameOnAVisit() {
        for (String received : List.of("was received in Washington", "was warmly welcomed in Washington", "had been greeted in Washington",
                "was received in Washington by US President Joe Biden", "was hosted by US President Joe Biden in Washington")) {
            String sentence = "On Tuesday Italian Prime Minister Giorgia Meloni " + received + ".";
            Extraction e = read(null, sentence);
            Contact visit = the(e, ContactType.VISIT, "Giorgia Meloni");
            assertEquals("place/USA/washington", placeKey(visit), sentence);
            assertEquals(PartialDate.parse("2024-05-14"), visit.date(), sentence);
            assertEquals(received.contains("Biden"), find(e, ContactType.MEETING, "Giorgia Meloni", "Joe Biden").isPresent(), sentence);
        }
        // "was received" is still the meeting with a host the sentence names otherwise.
        Extraction e = read(null, "It was his second encounter with Chinese President Xi Jinping: German Chancellor Olaf Scholz had been received "
                + "in Beijing in April.");
        the(e, ContactType.VISIT, "Olaf Scholz");
    }

    @Test
    void anAdverbOfAnotherPredicateDoesNotMakeTheContactRepeated() {
        for (String other : List.of("to hold exercises more regularly", "to share intelligence frequently", "to deploy strategic assets to the region regularly")) {
            String sentence = "Japanese Prime Minister Fumio Kishida and US President Joe Biden agreed " + other
                    + ", at a summit at the White House on Wednesday.";
            the(read(null, sentence), ContactType.MEETING, "Fumio Kishida", "Joe Biden");
        }
    }

    @Test
    void theTwoLeadersMayBeNamedOverTheSentencesBefore() {
        Extraction e = read(null, "Japanese Prime Minister Fumio Kishida and US President Joe Biden agreed on a new plan on Wednesday.",
                "Kishida was greeted with a ceremony on the South Lawn. The two leaders then held a small-group meeting in the Oval Office.");
        the(e, ContactType.MEETING, "Fumio Kishida", "Joe Biden");
    }

    @Test
    void aCueGovernsOnlyTheTriggersOnItsSide() {
        // A plan or wish after a reported contact leaves the contact.
        for (String plan : List.of("agreeing to start talks on arms control", "and he is expected to continue his trip to the east",
                "agreeing to hold further talks in the autumn")) {
            String sentence = "Russian President Vladimir Putin and Chinese President Xi Jinping held a summit in Beijing on Wednesday, " + plan + ".";
            the(read(null, sentence), ContactType.MEETING, "Vladimir Putin", "Xi Jinping");
        }
        // A cue before the triggers cancels all of them; one after them too.
        for (String sentence : List.of("Putin did not meet Xi at the summit in Beijing on Wednesday.",
                "The summit and the talks between Putin and Xi in Beijing were cancelled.")) {
            assertTrue(read(null, sentence).contacts().isEmpty(), sentence);
        }
    }

    @Test
    void aHostsVerbWithoutAGuestIsNoContact() {
        for (String sentence : List.of("Both sides welcomed the steady progress made in Geneva on Sunday.",
                "Russian President Vladimir Putin received the report in Moscow on Tuesday.",
                "The two leaders welcomed the recent agreement on border patrols.")) {
            assertTrue(read(null, sentence).contacts().isEmpty(), sentence);
        }
        the(read(null, "Russian President Vladimir Putin received Indian Prime Minister Narendra Modi in Moscow on Tuesday."),
                ContactType.MEETING, "Narendra Modi", "Vladimir Putin");
    }

    @Test
    void aCoordinatedClauseWithItsOwnSubjectHasItsOwnPeople() {
        Extraction e = read(null, "During the visit Indian Prime Minister Narendra Modi also held talks with German Chancellor Olaf Scholz, "
                + "and French President Emmanuel Macron presented him with a medal.");
        the(e, ContactType.MEETING, "Narendra Modi", "Olaf Scholz");
        // A list of names ending in ", and" is one subject.
        Extraction list = read(null, "Today, Secretary of State Marco Rubio, Japanese Prime Minister Fumio Kishida, and Indian Prime Minister "
                + "Narendra Modi held a meeting in Geneva.");
        the(list, ContactType.MEETING, "Fumio Kishida", "Marco Rubio", "Narendra Modi");
    }

    @Test
    void theTwoPresidentsAreTheArticlesOnlyTwoPresidentsWhenNothingElseSaysWho() {
        String opening = "US President Donald Trump and Russian President Vladimir Putin have exchanged sharp words over sanctions.";
        String call = "Kremlin aide Yuri Ushakov told reporters that no date had been set. The two presidents did speak by phone last week.";
        Extraction e = read(null, opening, call);
        the(e, ContactType.PHONE_CALL, "Donald Trump", "Vladimir Putin");
        // A third president named makes "the two presidents" unknown.
        Extraction three = read(null, opening, "Chinese President Xi Jinping said nothing. " + call);
        assertTrue(three.contacts().isEmpty(), three.contacts().toString());
    }

    // ------------------------------------------------------------------------------------------ not contacts

    @Test
    void aProgrammeToldInThePresentForAnotherWeekdayIsNoContactButAPastOneIs() {
        // Published on a Thursday: "on Saturday" in the present tense is the coming Saturday.
        List<String> programmes = List.of(
                "On Saturday the chancellor hosts a summit with French President Emmanuel Macron and German Chancellor Olaf Scholz in Berlin.",
                "German Chancellor Olaf Scholz meets French President Emmanuel Macron in Paris on Monday.",
                "On Tuesday German Chancellor Olaf Scholz holds talks with French President Emmanuel Macron, and the two are expected to sign a pact.");
        for (String programme : programmes) {
            Extraction e = read(null, programme);
            assertFalse(find(e, ContactType.MEETING, "Emmanuel Macron", "Olaf Scholz").isPresent(), programme + " → " + e.contacts());
        }
        List<String> reports = List.of(
                "On Monday German Chancellor Olaf Scholz met French President Emmanuel Macron in Paris.",
                "German Chancellor Olaf Scholz has met French President Emmanuel Macron in Paris on Monday.",
                "German Chancellor Olaf Scholz meets French President Emmanuel Macron in Paris on Thursday.");
        for (String report : reports) {
            Extraction e = read(null, report);
            assertTrue(find(e, ContactType.MEETING, "Emmanuel Macron", "Olaf Scholz").isPresent(), report + " → " + e.contacts());
        }
    }

    @Test
    void aThingReceivedOrADateNotYetSetIsNoMeeting() {
        List<String> sentences = List.of(
                "German Chancellor Olaf Scholz received an honorary doctorate from French President Emmanuel Macron last year.",
                "German Chancellor Olaf Scholz welcomed this offer by French President Emmanuel Macron.",
                "A spokesman said no date had yet been set for a meeting between German Chancellor Olaf Scholz and French President Emmanuel Macron.",
                "No time has been set for talks between German Chancellor Olaf Scholz and French President Emmanuel Macron.");
        for (String sentence : sentences) {
            Extraction e = read(null, sentence);
            assertFalse(find(e, ContactType.MEETING, "Emmanuel Macron", "Olaf Scholz").isPresent(), sentence + " → " + e.contacts());
        }
        Extraction hosted = read(null, "German Chancellor Olaf Scholz received French President Emmanuel Macron in Berlin on Tuesday.");
        the(hosted, ContactType.MEETING, "Emmanuel Macron", "Olaf Scholz");
    }

    @Test
    void attendingAGatheringAbroadIsAVisitThereAndAtHomeIsNone() {
        List<String> gatherings = List.of("the G7 summit", "a climate conference", "the APEC forum", "the Olympic Games", "an economic forum");
        for (String gathering : gatherings) {
            Extraction abroad = read(null, "Chinese President Xi Jinping attended " + gathering + " in Tokyo on Tuesday.");
            assertEquals("place/JPN/tokyo", placeKey(the(abroad, ContactType.VISIT, "Xi Jinping")), gathering);
            Extraction home = read(null, "Chinese President Xi Jinping attended " + gathering + " in Shanghai on Tuesday.");
            assertFalse(find(home, ContactType.VISIT, "Xi Jinping").isPresent(), gathering + " at home → " + home.contacts());
        }
    }

    @Test
    void anObjectPronounInAPredicateSharingItsSubjectIsTheObjectBefore() {
        String before = "British Foreign Secretary David Cameron spoke to the press in London.";
        List<String> predicates = List.of("gave him a tour of the palace", "showed him the gardens", "and then walked him to the car",
                "introduced him to the cabinet");
        for (String predicate : predicates) {
            Extraction e = read(null, before,
                    "Turkish President Recep Tayyip Erdogan met German Chancellor Olaf Scholz at the airport, " + predicate
                    + ", and then the delegations sat down.");
            the(e, ContactType.MEETING, "Olaf Scholz", "Recep Tayyip Erdoğan");
            assertTrue(e.contacts().stream().noneMatch(c -> labels(c).contains("David Cameron")), predicate + " → " + e.contacts());
        }
    }

    // ------------------------------------------------------------------------------------------ contacts told in passing

    @Test
    void theFirstContactSinceAnEarlierOneDatesThatOneToo() {
        Extraction visit = read(null, "Indian Prime Minister Narendra Modi arrived in Canberra on Tuesday.",
                "Officials said it was Modi's first trip to Australia since June 2016.");
        Contact earlier = visit.contacts().stream().filter(c -> c.type() == ContactType.VISIT && c.background()).findFirst()
                .orElseThrow(() -> new AssertionError(visit.contacts().toString()));
        assertEquals(List.of("Narendra Modi"), labels(earlier));
        assertEquals(new PartialDate(2016, 6, null), earlier.date());
        assertEquals("country/AUS", placeKey(earlier));
        assertEquals(new PartialDate(2024, 5, 14), the(visit, ContactType.VISIT, "Narendra Modi").date(), "the news is still the news");

        Extraction call = read(null, "Brazilian President Luiz Inácio Lula da Silva told reporters on Monday that he had not spoken "
                + "with Turkish President Recep Tayyip Erdogan since their phone call in April 2023.");
        assertEquals(new PartialDate(2023, 4, null), the(call, ContactType.PHONE_CALL, "Luiz Inácio Lula da Silva", "Recep Tayyip Erdoğan").date());

        // Someone else's first, or a "since" without a date, tells no earlier contact of these people.
        for (String sentence : List.of("It was the first trip by an Asian premier to Lima since 2017.",
                "The two leaders have not met since the war began.", "It is his first journey outside Europe since he was sworn in.")) {
            Extraction e = read(null, "German Chancellor Olaf Scholz met French President Emmanuel Macron in Paris on Monday.", sentence);
            assertTrue(e.contacts().stream().noneMatch(Contact::background), sentence + " → " + e.contacts());
        }
    }

    @Test
    void earlierInTheWeekIsTheWeeksNewsDatedByItsMonth() {
        for (String when : List.of("Earlier in the week", "Earlier this week")) {
            Extraction e = read(null, when + ", Chinese Premier Li Qiang held talks in Rome with Italian Prime Minister Giorgia Meloni.");
            Contact talks = the(e, ContactType.MEETING, "Giorgia Meloni", "Li Qiang");
            assertFalse(talks.background(), when);
            assertEquals(new PartialDate(2024, 5, null), talks.date(), when);
        }
    }

    // ------------------------------------------------------------------------------------------ visits told by arrival

    @Test
    void beingStoppingOrHavingBeenSomewhereIsAVisitOfSomeoneFromElsewhere() {
        assertEquals("place/EGY/cairo", placeKey(the(read(null, "US Secretary of State Antony Blinken had also been in Cairo on Sunday."),
                ContactType.VISIT, "Antony Blinken")));
        assertEquals("place/GRC/athens", placeKey(the(read(null,
                "Indian Prime Minister Narendra Modi stopped briefly in Athens on Friday on his way home."), ContactType.VISIT, "Narendra Modi")));
        // A person the gazetteer does not place is a visitor where the clause has him hold talks with the place's people.
        Extraction talks = read(null, "Robert Fico was in Beijing on Monday, holding talks with Chinese President Xi Jinping.");
        assertEquals("place/CHN/beijing", placeKey(the(talks, ContactType.VISIT, "Robert Fico")));
        Extraction errand = read(null, "Mayor Tom Reyes was in Chicago on Tuesday for the opening of a bridge.");
        assertTrue(errand.contacts().isEmpty(), errand.contacts().toString());
    }

    @Test
    void theOneNamedJustBeforeAnArrivalIsTheVisitor() {
        Extraction e = read(null, "German Chancellor Olaf Scholz is touring Asia this week.",
                "Our next stop is Tokyo. The chancellor landed on Sunday; on Monday he met Prime Minister Fumio Kishida.");
        Contact visit = the(e, ContactType.VISIT, "Olaf Scholz");
        assertEquals("place/JPN/tokyo", placeKey(visit));
        assertEquals(new PartialDate(2024, 5, 12), visit.date());
    }

    @Test
    void aStateVisitToldWithItsHostGoesToTheTalksCityAndHoldsTheGuestAlone() {
        Extraction e = read(null, "German Chancellor Olaf Scholz and Brazilian President Luiz Inácio Lula da Silva met in Berlin on "
                + "Wednesday, on the second day of Lula's state visit.");
        assertEquals("place/DEU/berlin", placeKey(the(e, ContactType.VISIT, "Luiz Inácio Lula da Silva")));
        assertTrue(find(e, ContactType.VISIT, "Olaf Scholz").isEmpty(), e.contacts().toString());
    }

    // ------------------------------------------------------------------------------------------ hosts told by their house

    @Test
    void aGuestReceivedInTheHouseOfAnOfficeMetItsHolderOfTheDay() {
        Extraction received = read(null, "French President Emmanuel Macron was received at the White House on Monday.");
        Contact talks = the(received, ContactType.MEETING, "Emmanuel Macron", "Joe Biden");
        assertEquals("place/USA/washington", placeKey(talks));
        assertEquals(new PartialDate(2024, 5, 13), talks.date());
        the(received, ContactType.VISIT, "Emmanuel Macron");
        the(read(null, "German Chancellor Olaf Scholz held talks at the Élysée on Tuesday."), ContactType.MEETING, "Emmanuel Macron", "Olaf Scholz");
        // Someone of the house meeting others there met no holder of the house.
        Extraction staff = read(null, "US Vice President Kamala Harris met reporters at the White House on Monday.");
        assertTrue(staff.contacts().isEmpty(), staff.contacts().toString());
    }

    @Test
    void oneWhoFollowedHadTheContactsOfTheOneBeforeOnTheirOwnDay() {
        // The one followed is the guest, whether the guest or the host is named first.
        for (String first : List.of("Joe Biden hosted French President Emmanuel Macron in Washington on Monday",
                "French President Emmanuel Macron was received by Joe Biden in Washington on Monday")) {
            Extraction e = read(null, first + ", and German Chancellor Olaf Scholz followed two days later.");
            assertEquals(new PartialDate(2024, 5, 13), the(e, ContactType.MEETING, "Emmanuel Macron", "Joe Biden").date(), first);
            assertEquals(new PartialDate(2024, 5, 15), the(e, ContactType.MEETING, "Joe Biden", "Olaf Scholz").date(), first);
            assertFalse(find(e, ContactType.MEETING, "Emmanuel Macron", "Olaf Scholz").isPresent(), first);
        }
        for (String not : List.of("followed suit by praising the deal", "followed his lead within hours of the news",
                "followed the talks closely", "followed developments from Berlin")) {
            Extraction e = read(null, "Joe Biden hosted French President Emmanuel Macron in Washington on Monday, and German Chancellor "
                    + "Olaf Scholz " + not + ".");
            assertTrue(e.contacts().stream().noneMatch(c -> labels(c).contains("Olaf Scholz")), not + ": " + e.contacts());
        }
    }

    // ------------------------------------------------------------------------------------------ tours

    @Test
    void aTourThatBeganSomewhereWasAVisitThereOfTheOneTouring() {
        String tour = " as he wound up a trip which started in Italy on Saturday.";
        // The one touring is the visitor just reported, or the guest a host received.
        for (Extraction e : List.of(read(null, "Japanese Prime Minister Fumio Kishida arrived in Madrid on Monday.",
                        "Spanish Prime Minister Pedro Sánchez hosted Kishida on Tuesday" + tour),
                read(null, "Spanish Prime Minister Pedro Sánchez hosted Japanese Prime Minister Fumio Kishida on Tuesday" + tour))) {
            Contact first = e.contacts().stream().filter(c -> c.type() == ContactType.VISIT && "country/ITA".equals(placeKey(c)))
                    .findFirst().orElseThrow(() -> new AssertionError(e.contacts().toString()));
            assertEquals(List.of("Fumio Kishida"), labels(first));
            assertEquals(new PartialDate(2024, 5, 11), first.date());
        }
        Extraction undated = read(null, "Brazilian President Luiz Inácio Lula da Silva arrived in Lisbon on Monday for a tour that began "
                + "in the summer.");
        assertEquals(1, undated.contacts().size(), undated.contacts().toString());
    }

    @Test
    void twoPlacesAndTwoHostsNamedInOrderAreTwoMeetingsAndTwoVisits() {
        Extraction e = read(null, "Japanese Prime Minister Fumio Kishida visited Europe in May.",
                "He moved on to Madrid and Rome, where Pedro Sánchez and Giorgia Meloni hosted him over dinner.");
        assertEquals("place/ESP/madrid", placeKey(the(e, ContactType.MEETING, "Fumio Kishida", "Pedro Sánchez")));
        assertEquals("place/ITA/rome", placeKey(the(e, ContactType.MEETING, "Fumio Kishida", "Giorgia Meloni")));
        assertEquals(List.of("place/ESP/madrid", "place/ITA/rome"), e.contacts().stream()
                .filter(c -> c.type() == ContactType.VISIT && !"Europe".equals(c.place() == null ? null : c.place().label()))
                .map(ContactRulesTest::placeKey).filter(k -> k != null && k.startsWith("place/")).sorted().toList());
        assertTrue(find(e, ContactType.MEETING, "Fumio Kishida", "Giorgia Meloni", "Pedro Sánchez").isEmpty(), e.contacts().toString());
    }

    // ------------------------------------------------------------------------------------------ bilaterals at a gathering

    @Test
    void talksWithOneAndLaterWithAnotherAtAGatheringInACityAreTwoMeetingsThere() {
        Extraction e = read(null, "On the sidelines of the summit in Kazan, Indian Prime Minister Narendra Modi held talks with Chinese "
                + "President Xi Jinping, and later with Russian President Vladimir Putin.");
        assertEquals("place/RUS/kazan", placeKey(the(e, ContactType.MEETING, "Narendra Modi", "Xi Jinping")));
        assertEquals("place/RUS/kazan", placeKey(the(e, ContactType.MEETING, "Narendra Modi", "Vladimir Putin")));
        // The host of the gathering did not take part in talks held on its margins.
        Extraction margins = read(null, "Chinese President Xi Jinping and Indian Prime Minister Narendra Modi met in Johannesburg on Thursday, "
                + "on the sidelines of an African Union summit hosted by South African President Cyril Ramaphosa.");
        the(margins, ContactType.MEETING, "Narendra Modi", "Xi Jinping");
        assertTrue(margins.contacts().stream().noneMatch(c -> labels(c).contains("Cyril Ramaphosa")), margins.contacts().toString());
        // Without such a cue the people named after the trigger met together.
        Extraction together = read(null, "US President Joe Biden held talks with Japanese Prime Minister Fumio Kishida and Australian "
                + "Prime Minister Anthony Albanese in Hiroshima on Saturday.");
        the(together, ContactType.MEETING, "Anthony Albanese", "Fumio Kishida", "Joe Biden");
    }

    @Test
    void separateTalksOfAGroupWithTheirHostAreOneMeetingOfEachWithTheGatheringsHost() {
        String margins = "In Johannesburg, on 9 May 2024, Brazilian President Luiz Inácio Lula da Silva and Indonesian President Joko Widodo "
                + "held talks on the margins of a G20 summit hosted by South African President Cyril Ramaphosa.";
        for (String apart : List.of("The day before, both men had held separate talks with their host.",
                "A day earlier the two men had held separate meetings with the host.")) {
            Extraction e = read(null, margins, apart);
            for (String guest : List.of("Luiz Inácio Lula da Silva", "Joko Widodo")) {
                Contact withHost = the(e, ContactType.MEETING, guest, "Cyril Ramaphosa");
                assertEquals(new PartialDate(2024, 5, 8), withHost.date(), apart);
                assertEquals("place/ZAF/johannesburg", placeKey(withHost), apart);
            }
            assertTrue(find(e, ContactType.MEETING, "Cyril Ramaphosa", "Joko Widodo", "Luiz Inácio Lula da Silva").isEmpty(), apart);
        }
        // Without a gathering's host just named, "their host" is no one; a host country is no person.
        Extraction noGathering = read(null, "On 9 May 2024 Lula and Indonesian President Joko Widodo held talks in Jakarta.",
                "The day before, both men had held separate talks with their host.");
        assertTrue(noGathering.contacts().stream().allMatch(c -> c.participants().size() == 2 && labels(c).contains("Joko Widodo")),
                noGathering.contacts().toString());
        Extraction hostCountry = read(null, margins, "Both men also held separate talks with the host country's foreign minister.");
        assertTrue(hostCountry.contacts().stream().noneMatch(c -> labels(c).contains("Cyril Ramaphosa")), hostCountry.contacts().toString());
        // Far from the gathering's naming, "their host" no longer refers to its host.
        Extraction far = read(null, margins, "Trade was on the agenda.", "Energy was discussed too.", "Markets rose.",
                "Both men had held separate talks with their host.");
        assertTrue(far.contacts().stream().noneMatch(c -> labels(c).contains("Cyril Ramaphosa")), far.contacts().toString());
    }

    @Test
    void aCountedSessionTakesThePeopleItLeavesUnnamedAndTheirTimeFromTheSentenceBefore() {
        String before = "Brazilian President Luiz Inácio Lula da Silva's swing through Asia in March 2024 followed the same logic.";
        Extraction e = read(null, before, "In Tokyo, Japanese Prime Minister Fumio Kishida invited South Korean President Yoon Suk Yeol to a three-way session at his residence.");
        Contact session = the(e, ContactType.MEETING, "Fumio Kishida", "Luiz Inácio Lula da Silva", "Yoon Suk Yeol");
        assertEquals(new PartialDate(2024, 3, null), session.date());
        assertEquals("place/JPN/tokyo", placeKey(session));
        // A count the sentence before cannot make up is no contact of the fewer people named.
        Extraction tooMany = read(null, "Lula and Indonesian President Joko Widodo spoke of trade in March 2024.",
                "In Tokyo, Japanese Prime Minister Fumio Kishida invited South Korean President Yoon Suk Yeol to a three-way session at his residence.");
        assertTrue(tooMany.contacts().stream().noneMatch(c -> labels(c).contains("Fumio Kishida")), tooMany.contacts().toString());
        Extraction noOne = read(null, "Trade was on the agenda in March 2024.",
                "In Tokyo, Japanese Prime Minister Fumio Kishida invited South Korean President Yoon Suk Yeol to a three-way session at his residence.");
        assertTrue(noOne.contacts().stream().noneMatch(c -> labels(c).contains("Fumio Kishida")), noOne.contacts().toString());
        // Named in full, the count holds the people of the sentence itself.
        Extraction named = read(null, before, "In Tokyo on Friday, Fumio Kishida, Yoon Suk Yeol and Joe Biden held a three-way meeting.");
        the(named, ContactType.MEETING, "Fumio Kishida", "Joe Biden", "Yoon Suk Yeol");
        assertTrue(named.contacts().stream().noneMatch(c -> labels(c).contains("Luiz Inácio Lula da Silva")), named.contacts().toString());
    }

    // ------------------------------------------------------------------------------------------ earlier meetings told with "they"

    @Test
    void anEarlierMeetingToldWithTheyOrSinceIsDatedByItsOwnWords() {
        for (String earlier : List.of("They last met in Paris in May last year.", "It was their first meeting since they met in Paris in "
                + "May last year.")) {
            Extraction e = read(null, "German Chancellor Olaf Scholz met French President Emmanuel Macron in Berlin on Monday.", earlier);
            Contact before = e.contacts().stream().filter(c -> c.type() == ContactType.MEETING && c.background()).findFirst()
                    .orElseThrow(() -> new AssertionError(earlier + " → " + e.contacts()));
            assertEquals(List.of("Emmanuel Macron", "Olaf Scholz"), labels(before), earlier);
            assertEquals(new PartialDate(2023, 5, null), before.date(), earlier);
            assertEquals("place/FRA/paris", placeKey(before), earlier);
        }
        Extraction since = read(null, "US President Joe Biden has softened his tone since meeting Chinese President Xi Jinping in November.");
        assertEquals(new PartialDate(2023, 11, null), the(since, ContactType.MEETING, "Joe Biden", "Xi Jinping").date());
    }
}

package org.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.link.Gazetteer;
import org.parley.model.Actor;
import org.parley.model.Article;
import org.parley.model.Contact;
import org.parley.model.ContactType;
import org.parley.model.DateEvidence;
import org.parley.model.Extraction;
import org.parley.model.PartialDate;
import org.parley.model.Span;
import org.parley.model.TextBlock;
import org.parley.rdf.Parley;

/**
 * A country's own page (an official site known by its masthead, or a statement whose authors are known) speaks of
 * its own leaders by title alone: "the President" there is that country's head of state on the page's date.
 */
class HomeCountryTest {
    private static final String DATE = "2023-06-14";
    private static final Gazetteer GAZETTEER = Gazetteer.standard();

    /** A page: its leading lines (dropped as page furniture, as the reader drops a masthead) and its body. */
    private static Extraction page(List<String> furniture, String... body) {
        StringBuilder text = new StringBuilder();
        List<TextBlock> blocks = new ArrayList<>();
        for (String line : furniture) {
            blocks.add(new TextBlock(line, new Span(text.length(), text.length() + line.length()), false, "page furniture"));
            text.append(line).append("\n\n");
        }
        for (String p : body) {
            blocks.add(new TextBlock(p, new Span(text.length(), text.length() + p.length()), true, "body"));
            text.append(p).append("\n\n");
        }
        DateEvidence published = new DateEvidence(PartialDate.parse(DATE), "test", DATE, null);
        return Extractor.shared().extract(new Article("home.txt", null, null, text.toString(), blocks, published, null, null, null,
                "txt", Map.of()));
    }

    private static List<String> meetingsWith(Extraction e, String counterpart) {
        return e.contacts().stream().filter(c -> c.type() == ContactType.MEETING)
                .filter(c -> c.participants().stream().anyMatch(a -> a.label().equals(counterpart)))
                .flatMap(c -> c.participants().stream()).map(Actor::label).filter(l -> !l.equals(counterpart)).toList();
    }

    /** Who held, on {@link #DATE}, the office of this country that is called "President". */
    private static List<String> presidentOn(String iso3) {
        return holdersOn(iso3, "President");
    }

    private static List<String> holdersOn(String iso3, String title) {
        return GAZETTEER.offices().stream()
                .filter(o -> iso3.equals(o.countryIso3()) && o.titles().stream().anyMatch(t -> t.equalsIgnoreCase(title)))
                .findFirst().stream()
                .flatMap(o -> GAZETTEER.holders(o.iri(), LocalDate.parse(DATE)).stream())
                .flatMap(p -> GAZETTEER.personByIri(p.personIri()).stream()).map(Gazetteer.Person::label).toList();
    }

    @Test
    void onAnOfficialSiteABareTitleIsItsCountrysOfficeHolder() {
        // Every official site the gazetteer knows by a masthead: the body never names its own president.
        int checked = 0;
        for (Gazetteer.Organisation site : GAZETTEER.organisations()) {
            if (site.countryIso3() == null || !GAZETTEER.hasMasthead(site) || site.countryIso3().equals("FRA")) {
                continue;
            }
            List<String> president = presidentOn(site.countryIso3());
            for (String masthead : GAZETTEER.model().getResource(site.iri()).listProperties(Parley.masthead).mapWith(st -> st.getString()).toList()) {
                Extraction e = page(List.of(masthead, "Home > News"),
                        "The President held talks with President Emmanuel Macron of France in Paris on Tuesday.");
                assertEquals(president, meetingsWith(e, "Emmanuel Macron"), masthead + ": " + e.contacts() + " actors " + e.actors());
                checked++;
            }
        }
        assertTrue(checked >= 5, "the gazetteer knows official sites by their mastheads");
    }

    @Test
    void aNewsPageHasNoHomeAndATitleNobodyBearsStaysUnknown() {
        Extraction news = page(List.of("The Daily Courier", "World > Europe"),
                "The President held talks with President Emmanuel Macron of France in Paris on Tuesday.");
        assertTrue(meetingsWith(news, "Emmanuel Macron").isEmpty(), news.contacts().toString());
        Extraction deep = page(List.of("The Daily Courier"), "Opinion", "Analysis", "Ministry of External Affairs",
                "The President held talks with President Emmanuel Macron of France in Paris on Tuesday.");
        assertTrue(meetingsWith(deep, "Emmanuel Macron").isEmpty(), "a masthead heads the page, it is not a line in its body");
    }

    @Test
    void aTitleSomeoneOfTheTextBearsIsTheirsEvenOnAnOfficialSite() {
        Extraction e = page(List.of("Ministry of External Affairs"),
                "Prime Minister Rishi Sunak of the United Kingdom arrived in Paris on Monday.",
                "The Prime Minister held talks with President Emmanuel Macron of France in Paris on Tuesday.");
        assertEquals(List.of("Rishi Sunak"), meetingsWith(e, "Emmanuel Macron"));
        assertFalse(e.contacts().stream().map(Contact::participants).flatMap(List::stream).anyMatch(a -> a.label().equals("Narendra Modi")));
    }

    @Test
    void aBrieferOnAnOfficialSiteRelaysTheWordsOfTheLeaderHeNamesByTitle() {
        int checked = 0;
        for (Gazetteer.Organisation site : GAZETTEER.organisations()) {
            List<String> primeMinister = site.countryIso3() == null ? List.of() : holdersOn(site.countryIso3(), "Prime Minister");
            if (!GAZETTEER.hasMasthead(site) || primeMinister.size() != 1) {
                continue;
            }
            String masthead = GAZETTEER.model().getResource(site.iri()).getProperty(Parley.masthead).getString();
            Extraction e = page(List.of(masthead),
                    "Deputy Spokesperson Lena Harrow: Good afternoon. The Prime Minister underlined that the new port must open to all shippers.");
            List<String> speakers = e.statements().stream().filter(st -> st.quote().contains("new port must open"))
                    .map(st -> st.speaker().label()).toList();
            assertTrue(speakers.contains(primeMinister.get(0)), masthead + ": " + speakers);
            checked++;
        }
        assertTrue(checked >= 2, "official sites of countries with a prime minister");
    }
}

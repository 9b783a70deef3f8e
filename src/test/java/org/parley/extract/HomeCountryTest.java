package org.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * A country's own page (an official site known by its masthead, or a statement whose authors are known) speaks of
 * its own leaders by title alone: "the President" there is that country's head of state on the page's date.
 */
class HomeCountryTest {
    private static final String DATE = "2023-06-14";

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

    @Test
    void onAnOfficialSiteABareTitleIsItsCountrysOfficeHolder() {
        // Mastheads of official sites and who held their country's presidency on the page's date, from the public record.
        Map<String, String> presidentOn20230614 = Map.of("President of Russia", "Vladimir Putin", "The White House", "Joe Biden",
                "Ministry of External Affairs", "Droupadi Murmu", "President of Ukraine", "Volodymyr Zelenskyy",
                "Ministry of Foreign Affairs of the People's Republic of China", "Xi Jinping");
        presidentOn20230614.forEach((masthead, president) -> {
            Extraction e = page(List.of(masthead, "Home > News"),
                    "The President held talks with President Emmanuel Macron of France in Paris on Tuesday.");
            assertEquals(List.of(president), meetingsWith(e, "Emmanuel Macron"), masthead + ": " + e.contacts());
        });
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
        Map<String, String> primeMinisterOn20230614 = Map.of("Ministry of External Affairs", "Narendra Modi",
                "President of Ukraine", "Denys Shmyhal", "President of Russia", "Mikhail Mishustin");
        primeMinisterOn20230614.forEach((masthead, primeMinister) -> {
            Extraction e = page(List.of(masthead),
                    "Deputy Spokesperson Lena Harrow: Thank you all for coming. In his remarks to the port authority, the Prime Minister "
                            + "stressed that the new harbour must stay open to every shipper.");
            List<String> speakers = e.statements().stream().filter(st -> st.quote().contains("must stay open"))
                    .map(st -> st.speaker().label()).toList();
            assertTrue(speakers.contains(primeMinister), masthead + ": " + speakers);
        });
    }
}

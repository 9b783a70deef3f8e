package org.parley.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Article;
import org.parley.model.Span;

class TextNormaliserTest {
    /** A piece of input and what the reader should see of it. */
    private record Piece(String original, String normalised) {
    }

    private static final List<Piece> PIECES = List.of(
            new Piece("Defence minister ", "Defence minister "),
            new Piece("Serge\u043d", "Sergey"),                  // a Cyrillic letter typed on the wrong layout
            new Piece(" ", " "),
            new Piece("Sh\u043eigu", "Shoigu"),                  // a Cyrillic o that looks Latin
            new Piece("\u00a0met\u2009", " met "),               // no-break and thin spaces
            new Piece("the\u200b ", "the "),                     // a zero-width space
            new Piece("envoy\u00ad", "envoy"),                   // a soft hyphen
            new Piece(" in \uff2d\uff4f\uff53\uff43\uff4f\uff57", " in Moscow"), // full-width letters (NFKC)
            new Piece(" \u00e2\u20ac\u0153", " \u201c"),         // UTF-8 of “ read as Windows-1252
            new Piece("Caf\u00c3\u00a9", "Caf\u00e9"),           // UTF-8 of é read as Windows-1252
            new Piece("\u201d \u0438 \u041c\u043e\u0441\u043a\u0432\u0430", "\u201d \u0438 \u041c\u043e\u0441\u043a\u0432\u0430")); // Russian words stay

    @Test
    void eachPieceIsNormalisedAndMapsBackToItsOwnCharacters() {
        StringBuilder original = new StringBuilder();
        StringBuilder expected = new StringBuilder();
        for (Piece p : PIECES) {
            original.append(p.original());
            expected.append(p.normalised());
        }
        TextNormaliser.Normalised n = TextNormaliser.normalise(original.toString());
        assertEquals(expected.toString(), n.text());
        int from = 0;
        int at = 0;
        for (Piece p : PIECES) {
            Span back = n.toOriginal(at, at + p.normalised().length());
            if (!p.normalised().isEmpty()) {
                // A removed character at a piece's end belongs to no character of the result.
                int kept = p.original().replaceFirst("[\\u00ad\\u200b]+$", "").length();
                assertEquals(new Span(from, from + kept), back, "piece " + p);
            }
            from += p.original().length();
            at += p.normalised().length();
        }
    }

    @Test
    void evidenceInANormalisedBlockPointsAtThePagesOwnCharacters() {
        String page = "Talks in Moscow\n\nDefence minister Serge\u043d Shoigu\u00a0met the Chinese envoy\u00ad on "
                + "Thursday, officials said.\n";
        Article a = ArticleCleaner.clean(new Page("t.txt", "txt", Page.Markup.TEXT, page, Page.Supplied.NONE));
        var block = a.keptBlocks().get(0);
        int at = block.text().indexOf("Sergey Shoigu met");
        Span span = BlockOffsets.toSource(page, block, at, at + "Sergey Shoigu met".length());
        assertEquals("Serge\u043d Shoigu\u00a0met", page.substring(span.start(), span.end()));
        int envoy = block.text().indexOf("envoy on");
        Span envoySpan = BlockOffsets.toSource(page, block, envoy, envoy + "envoy on".length());
        assertEquals("envoy\u00ad on", page.substring(envoySpan.start(), envoySpan.end()));
    }

    @Test
    void textThatIsNotMojibakeNorMixedScriptIsLeftAlone() {
        for (String s : List.of("Plain ASCII, 100% unchanged.", "Émile Zola à Paris, «citation»", "Łódź and Kraków",
                "Ölbrücke über die Spree", "Москва и Пекин")) {
            assertEquals(s, TextNormaliser.normalise(s).text());
        }
    }
}

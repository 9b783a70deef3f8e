package org.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.parley.model.Extraction;
import org.parley.model.Statement;

/**
 * The same words under many forms of attribution, and the speaker named in several ways: each time the statement
 * has its speaker, its kind, its channel, and the words alone, with no verb of saying, no attribution and no
 * quotation marks.
 */
class AttributionFormsTest {
    private static final String INTRO = "Russian Foreign Minister Sergey Lavrov held talks with Chinese Foreign Minister "
            + "Wang Yi in Moscow on Monday.";
    private static final String QUOTE = "We will coordinate our positions at the United Nations";
    private static final String REPORTED = "the two countries would coordinate their positions at the United Nations";
    private static final String SPEAKER = "Sergey Lavrov";

    /** How the speaker is named: by a name anywhere, or only where a pronoun may stand ("he"). */
    private static final List<String> NAMES = List.of("Lavrov", "Sergey Lavrov", "Russian Foreign Minister Sergey Lavrov");
    private static final List<String> SUBJECTS = List.of("Lavrov", "Sergey Lavrov", "Russian Foreign Minister Sergey Lavrov", "he");

    /**
     * A form of attribution: {S} is the speaker as a subject (a pronoun allowed), {N} the speaker by name, {Q} the
     * quoted words, {R} the reported ones.
     */
    private record Form(String template, Statement.Kind kind, String words, String channelKey) {
    }

    private static final List<Form> FORMS = List.of(
            new Form("“{Q},” {S} said.", Statement.Kind.DIRECT, QUOTE, null),
            new Form("“{Q},” {S} told reporters on Tuesday.", Statement.Kind.DIRECT, QUOTE, null),
            new Form("“{Q},” said {N}.", Statement.Kind.DIRECT, QUOTE, null),
            new Form("{S} said: “{Q}.”", Statement.Kind.DIRECT, QUOTE, null),
            new Form("{S} told reporters: “{Q}.”", Statement.Kind.DIRECT, QUOTE, null),
            new Form("“{Q},” {S} said in a statement, “and we will not change course.”", Statement.Kind.DIRECT,
                    QUOTE + Statement.GAP + "and we will not change course", null),
            new Form("“{Q},” TASS quoted {N} as saying.", Statement.Kind.DIRECT, QUOTE, "org/tass"),
            new Form("“{Q},” {S} was quoted by the Interfax news agency as saying.", Statement.Kind.DIRECT, QUOTE, "org/interfax"),
            new Form("“{Q},” {S} said, according to state broadcaster Rossiya-1.", Statement.Kind.DIRECT, QUOTE, "org/rossiya-1"),
            new Form("{S} said that {R}.", Statement.Kind.REPORTED, REPORTED, null),
            new Form("{S} said {R}.", Statement.Kind.REPORTED, REPORTED, null),
            new Form("{S} told reporters in Moscow that {R}.", Statement.Kind.REPORTED, REPORTED, null),
            new Form("{S} stressed that {R}.", Statement.Kind.REPORTED, REPORTED, null),
            new Form("{S}, speaking after the talks, said that {R}.", Statement.Kind.REPORTED, REPORTED, null),
            new Form("{R}, {N} told reporters after the talks.", Statement.Kind.REPORTED, REPORTED, null),
            new Form("According to {N}, {R}.", Statement.Kind.REPORTED, REPORTED, null),
            new Form("{S} said on Tuesday that {R}, TASS reported.", Statement.Kind.REPORTED, REPORTED, "org/tass"),
            new Form("TASS quoted {N} as saying that {R}.", Statement.Kind.REPORTED, REPORTED, "org/tass"),
            new Form("{S} was quoted by RIA Novosti as saying that {R}.", Statement.Kind.REPORTED, REPORTED, "org/ria-novosti"));

    @TestFactory
    Stream<DynamicTest> everyFormGivesTheWordsAloneWithTheirSpeaker() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Form form : FORMS) {
            for (String speaker : form.template().contains("{S}") ? SUBJECTS : NAMES) {
                String sentence = render(form.template(), speaker);
                tests.add(DynamicTest.dynamicTest(sentence, () -> check(form, sentence)));
            }
        }
        return tests.stream();
    }

    private static String render(String template, String speaker) {
        String sentence = template.replace("{S}", speaker).replace("{N}", speaker).replace("{Q}", QUOTE).replace("{R}", REPORTED);
        // A sentence opens with a capital, whatever word the form puts first.
        return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
    }

    private static void check(Form form, String sentence) {
        Extraction e = ExtractorTest.extract("2024-06-04", INTRO, sentence);
        String expected = sentence.startsWith(REPORTED.substring(1), 1) ? "T" + form.words().substring(1) : form.words();
        List<Statement> found = e.statements().stream().filter(s -> s.speaker().label().equals(SPEAKER)
                && s.quote().contains("United Nations")).toList();
        String all = e.statements().stream().map(s -> s.kind() + " " + s.speaker().label() + ": " + s.quote()).toList().toString();
        assertEquals(1, found.size(), all);
        Statement s = found.get(0);
        assertEquals(expected, s.quote(), all);
        assertEquals(form.kind(), s.kind(), all);
        assertEquals(form.channelKey(), s.channel() == null ? null : s.channel().key(), all);
        assertTrue(e.statements().stream().noneMatch(x -> x.quote().contains("United Nations") && !x.speaker().label().equals(SPEAKER)),
                "nobody else said it: " + all);
    }
}

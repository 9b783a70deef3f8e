package org.parley.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.model.Span;

class NlpTest {
    private static final LocalDate ANCHOR = LocalDate.of(2023, 4, 16);

    private static final Nlp NLP = Nlp.shared();

    /** Every sentence of the sample articles, with its place in its file's text. */
    private static final List<Sentence> SENTENCES = new ArrayList<>();

    private record Sentence(String text, int offset) {
    }

    @BeforeAll
    static void readSamples() throws IOException {
        List<Path> files;
        try (Stream<Path> listed = Files.list(Path.of("samples"))) {
            files = listed.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path file : files) {
            String text = Files.readString(file);
            for (Span s : NLP.sentences(text)) {
                SENTENCES.add(new Sentence(text.substring(s.start(), s.end()), s.start()));
            }
        }
    }

    @Test
    void timeCuesFindWhatTimeExpressionsAreBuiltOn() {
        for (String timed : List.of("They met on Tuesday.", "The talks ended at 3pm.", "He spoke in the nineties.",
                "A biannual summit.", "It was held over Christmas.", "Three weeks ago.", "The talks resumed recently.",
                "She said so at the time.", "A mid-December meeting.", "Ministers meet twice a year.",
                "Nineteen ninety-five.", "They talked for hours.", "It begins in May.", "The Tuesdays' talks.")) {
            assertTrue(TimeCues.mayHoldTime(timed), timed);
        }
        for (String untimed : List.of("Wang Yi met Sergey Lavrov in Moscow.", "He said the talks were useful.",
                "“We agreed on the main points,” the minister told reporters.")) {
            assertFalse(TimeCues.mayHoldTime(untimed), untimed);
        }
    }

    /** The samples hold sentences of both kinds, so the next test compares something. */
    @Test
    void theSamplesHoldSentencesWithAndWithoutTimeCues() {
        assertTrue(SENTENCES.stream().anyMatch(s -> TimeCues.mayHoldTime(s.text())));
        assertTrue(SENTENCES.stream().anyMatch(s -> !TimeCues.mayHoldTime(s.text())));
    }

    @Test
    void aSentenceWithoutTimeCuesIsTaggedAsSuTimeWouldTagIt() {
        for (Sentence s : SENTENCES) {
            if (!TimeCues.mayHoldTime(s.text())) {
                assertEquals(NLP.analyse(s.text(), s.offset(), ANCHOR, true), NLP.analyse(s.text(), s.offset(), ANCHOR),
                        s.text());
            }
        }
    }

    @Test
    void timeExpressionsAreResolvedAgainstTheAnchor() {
        String sentence = "Putin met Li Shangfu in Moscow yesterday.";
        AnalysedSentence analysed = NLP.analyse(sentence, 100, ANCHOR);
        EntitySpan date = analysed.entities().stream().filter(e -> e.type().equals("DATE")).findFirst().orElseThrow();
        assertEquals("yesterday", date.text());
        assertEquals(100 + sentence.indexOf("yesterday"), date.begin());
        assertEquals("2023-04-15", date.normalized());
        assertTrue(analysed.entities().stream().anyMatch(e -> e.type().equals("PERSON") && e.text().equals("Putin")));
    }

    @Test
    void analysingOnSeveralThreadsGivesWhatOneThreadGives() throws Exception {
        List<AnalysedSentence> alone = SENTENCES.stream().map(s -> NLP.analyse(s.text(), s.offset(), ANCHOR)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<AnalysedSentence>> together = new ArrayList<>();
            for (Sentence s : SENTENCES) {
                together.add(pool.submit(() -> NLP.analyse(s.text(), s.offset(), ANCHOR)));
            }
            for (int i = 0; i < SENTENCES.size(); i++) {
                assertEquals(alone.get(i), together.get(i).get(), SENTENCES.get(i).text());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void countsTokens() {
        assertEquals(7, NLP.tokenCount("Putin met Li Shangfu on Sunday."));
    }
}

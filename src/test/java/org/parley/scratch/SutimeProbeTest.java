package org.parley.scratch;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.parley.nlp.Nlp;
import org.parley.nlp.EntitySpan;

class SutimeProbeTest {
    @Test
    void probe() {
        Nlp nlp = Nlp.shared();
        LocalDate anchor = LocalDate.of(2024, 5, 9);
        String[] s = {"Xi landed in Belgrade on the 7th, the anniversary.",
            "The two met at the weekend in Shanghai.",
            "He arrived overnight and met Kim.",
            "They spoke last night by phone.",
            "He arrived late on Monday and met Orban.",
            "Earlier this month he met Macron.",
            "The day before, he had held talks with Vucic.",
            "He met Modi last week.",
            "Kim's train crossed the border on Tuesday.",
            "It was his first visit since July 2000, when he met Kim Jong Il."};
        for (String t : s) {
            var a = nlp.partsOfSpeech(nlp.tag(t, 0));
            for (EntitySpan e : nlp.times(a, anchor)) {
                System.out.println("PROBE " + t + " => " + e.text() + " | " + e.type() + " | " + e.normalized());
            }
        }
    }
}

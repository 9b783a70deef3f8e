package org.parley.clean;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeptTextQualityTest {
    private static final double FLOOR = 0.95;

    @Test
    void keptTextMatchesTheArticleOnSeedsAndHtmlPages() {
        List<KeptTextMeasure.Score> scores = KeptTextMeasure.all();
        scores.forEach(System.out::println);
        for (KeptTextMeasure.Score s : scores) {
            assertTrue(s.precision() >= FLOOR, s::toString);
            assertTrue(s.recall() >= FLOOR, s::toString);
        }
    }
}

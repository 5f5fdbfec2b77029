package org.socialprescribing.measures.instruments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.socialprescribing.measures.Answers;
import org.socialprescribing.measures.Scorer;
import org.socialprescribing.measures.TestAnswers;
import org.socialprescribing.model.measure.ScoreComponent;
import org.socialprescribing.model.measure.ScoreResult;
import org.socialprescribing.model.measure.ScoreStatus;

/** PHQ-9 and GAD-7 totals and severity bands at every boundary. */
class SeverityBandsTest {

    private static final Scorer PHQ9 = Scorer.of(Phq9.instrument());
    private static final Scorer GAD7 = Scorer.of(Gad7.instrument());

    // Golden table: PHQ-9 bands [V], instruments.md section 4 (CamCOPS phq9.py; phqscreeners):
    // 0-4 none/minimal, 5-9 mild, 10-14 moderate, 15-19 moderately severe, 20-27 severe.
    @ParameterizedTest(name = "PHQ-9 total {0} -> {1}")
    @CsvSource({
        "0, none_minimal",
        "4, none_minimal",
        "5, mild",
        "9, mild",
        "10, moderate",
        "14, moderate",
        "15, moderately_severe",
        "19, moderately_severe",
        "20, severe",
        "27, severe"
    })
    void phq9_bandsTotalsAtEveryBoundary(int total, String band) {
        // Item 9 is kept at 0 where possible so that the flag does not depend on the total.
        int[] codes = TestAnswers.summingTo(9, 0, 3, total);
        ScoreComponent component =
                PHQ9.score(Answers.ofCodes("phq9", codes)).component("total").orElseThrow();

        assertThat(component.intValue()).isEqualTo(total);
        assertThat(component.band())
                .hasValueSatisfying(b -> assertThat(b.code()).isEqualTo(band));
    }

    // Golden table: GAD-7 bands [V], instruments.md section 4 (CamCOPS): 5 / 10 / 15 = mild / moderate / severe.
    @ParameterizedTest(name = "GAD-7 total {0} -> {1}")
    @CsvSource({
        "0, minimal",
        "4, minimal",
        "5, mild",
        "9, mild",
        "10, moderate",
        "14, moderate",
        "15, severe",
        "21, severe"
    })
    void gad7_bandsTotalsAtEveryBoundary(int total, String band) {
        ScoreComponent component = GAD7.score(Answers.ofCodes("gad7", TestAnswers.summingTo(7, 0, 3, total)))
                .component("total")
                .orElseThrow();

        assertThat(component.intValue()).isEqualTo(total);
        assertThat(component.band())
                .hasValueSatisfying(b -> assertThat(b.code()).isEqualTo(band));
    }

    @Test
    void phq9_item9AboveZero_raisesTheRiskFlag() {
        ScoreResult flagged = PHQ9.score(Answers.ofCodes("phq9", 0, 0, 0, 0, 0, 0, 0, 0, 1));
        ScoreResult clear = PHQ9.score(Answers.ofCodes("phq9", 3, 3, 3, 3, 3, 3, 3, 3, 0));

        assertThat(flagged.hasFlag(Phq9.RISK_FLAG)).isTrue();
        assertThat(clear.hasFlag(Phq9.RISK_FLAG)).isFalse();
    }

    @Test
    void phq9_raisesTheRiskFlagEvenWhenIncomplete() {
        ScoreResult result = PHQ9.score(Answers.of(Map.of("phq9_9", 2)));

        assertThat(result.status()).isEqualTo(ScoreStatus.INCOMPLETE);
        assertThat(result.flags()).containsExactly(Phq9.RISK_FLAG);
    }

    @Test
    void phq9_item10_isRecordedButNotScored() {
        Map<String, Integer> answers = new LinkedHashMap<>();
        for (int i = 1; i <= 9; i++) {
            answers.put("phq9_" + i, 1);
        }
        ScoreResult without = PHQ9.score(Answers.of(answers));
        answers.put("phq9_10", 3);
        ScoreResult with = PHQ9.score(Answers.of(answers));

        assertThat(with.component("total")).isEqualTo(without.component("total"));
        assertThat(with.component("total").orElseThrow().intValue()).isEqualTo(9);
        assertThat(Phq9.instrument().item("phq9_10").orElseThrow().isScored()).isFalse();
    }
}

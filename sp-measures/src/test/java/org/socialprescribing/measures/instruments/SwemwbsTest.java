package org.socialprescribing.measures.instruments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.socialprescribing.measures.Answers;
import org.socialprescribing.measures.InvalidResponseException;
import org.socialprescribing.measures.Scorer;
import org.socialprescribing.measures.TestAnswers;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.measure.ScoreResult;
import org.socialprescribing.model.measure.ScoreStatus;

class SwemwbsTest {

    private static final Scorer SCORER = Scorer.of(Swemwbs.instrument());

    // Golden table: SWEMWBS raw-to-metric conversion, all 29 rows, as given in
    // shared/reference/instruments.md section 2 ("SWEMWBS raw-to-metric table", [S]).
    @ParameterizedTest(name = "raw {0} -> metric {1}")
    @CsvSource({
        "7, 7.00", "8, 9.51", "9, 11.25", "10, 12.40", "11, 13.33", "12, 14.08", "13, 14.75", "14, 15.32",
        "15, 15.84", "16, 16.36", "17, 16.88", "18, 17.43", "19, 17.98", "20, 18.59", "21, 19.25", "22, 19.98",
        "23, 20.73", "24, 21.54", "25, 22.35", "26, 23.21", "27, 24.11", "28, 25.03", "29, 26.02", "30, 27.03",
        "31, 28.13", "32, 29.31", "33, 30.70", "34, 32.55", "35, 35.00"
    })
    void score_convertsEveryRawScoreExactly(int raw, String metric) {
        ScoreResult result = SCORER.score(Answers.ofCodes("swemwbs", TestAnswers.summingTo(7, 1, 5, raw)));

        assertThat(result.status()).isEqualTo(ScoreStatus.SCORED);
        assertThat(result.component(Swemwbs.RAW).orElseThrow().intValue()).isEqualTo(raw);
        BigDecimal value = result.component(Swemwbs.METRIC).orElseThrow().value();
        assertThat(value).isEqualTo(new BigDecimal(metric)).hasScaleOf(2);
        assertThat(Swemwbs.CONVERSION.convert(raw)).isEqualTo(new BigDecimal(metric));
    }

    @Test
    void score_withAMissingItem_givesNoRawOrMetric() {
        Map<String, Integer> answers = new LinkedHashMap<>();
        for (int i = 1; i <= 6; i++) {
            answers.put("swemwbs_" + i, 3);
        }
        ScoreResult result = SCORER.score(Answers.of(answers));

        assertThat(result.status()).isEqualTo(ScoreStatus.INCOMPLETE);
        assertThat(result.components()).isEmpty();
        assertThat(result.messages())
                .singleElement()
                .satisfies(m -> assertThat(m.item()).contains("swemwbs_7"));
    }

    @Test
    void fromWemwbs_takesItems1_2_3_6_7_9_11() {
        // WEMWBS item n answered with a code that identifies it: items used by SWEMWBS get 5, the rest 1.
        int[] codes = {5, 5, 5, 1, 1, 5, 5, 1, 5, 1, 5, 1, 1, 1};
        Answers swemwbs = Swemwbs.fromWemwbs(Answers.ofCodes("wemwbs", codes));

        assertThat(swemwbs).isEqualTo(Answers.ofCodes("swemwbs", 5, 5, 5, 5, 5, 5, 5));
        assertThat(SCORER.score(swemwbs).component(Swemwbs.METRIC).orElseThrow().value())
                .isEqualTo(new BigDecimal("35.00"));
    }

    @Test
    void fromWemwbs_rejectsAnInvalidAnswerToAnUnusedItem() {
        int[] codes = {3, 3, 3, 9, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3};
        assertThatExceptionOfType(InvalidResponseException.class)
                .isThrownBy(() -> Swemwbs.fromWemwbs(Answers.ofCodes("wemwbs", codes)))
                .withMessage("wemwbs_4: 9 is outside 1..5");
    }

    @Test
    void conversion_rejectsRawScoresOutsideTheTable() {
        assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> Swemwbs.CONVERSION.convert(36));
    }

    @Test
    void instrument_isLicensedWithoutBundledWording() {
        assertThat(Swemwbs.instrument().licence().isItemTextBundlable()).isFalse();
        assertThat(Swemwbs.WEMWBS_ITEMS).containsExactly(1, 2, 3, 6, 7, 9, 11);
    }
}

package org.socialprescribing.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.socialprescribing.measures.instruments.Gad7;
import org.socialprescribing.measures.instruments.Ons4;
import org.socialprescribing.measures.instruments.Phq9;
import org.socialprescribing.measures.instruments.Swemwbs;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.measure.ScoreStatus;

class BatchScorerTest {

    private static final int M = BatchScorer.MISSING;
    private static final BatchScorer SWEMWBS = Scorer.of(Swemwbs.instrument()).batch();

    // Four SWEMWBS rows: complete (raw 26 -> 23.21 in the [S] table), missing item 2, item 3 = 6, item 4 not a number.
    private static final int[][] ROWS = {
        {4, 4, 4, 4, 4, 3, 3},
        {4, M, 4, 4, 4, 4, 4},
        {4, 4, 6, 4, 4, 4, 4},
        {4, 4, 4, BatchScorer.NOT_AN_INTEGER, 4, 4, 4}
    };

    private static void assertFourRows(BatchScores out) {
        assertThat(out.status(0)).isEqualTo(ScoreStatus.SCORED);
        assertThat(out.unscaledValue(0, 0)).isEqualTo(26);
        assertThat(out.unscaledValue(0, 1)).isEqualTo(2321);
        assertThat(out.scale(1)).isEqualTo(2);
        assertThat(out.value(0, 1)).contains(new BigDecimal("23.21"));
        assertThat(out.message(0)).isEmpty();
        assertThat(out.issue(0)).isEmpty();

        assertThat(out.status(1)).isEqualTo(ScoreStatus.INCOMPLETE);
        assertThat(out.hasValue(1, 0)).isFalse();
        assertThat(out.message(1)).isEqualTo("missing swemwbs_2");
        assertThat(out.issue(1)).contains(MeasureIssue.ANSWER_MISSING);

        assertThat(out.status(2)).isEqualTo(ScoreStatus.INVALID);
        assertThat(out.message(2)).isEqualTo("swemwbs_3: 6 is outside 1..5");
        assertThat(out.issue(2)).contains(MeasureIssue.ANSWER_OUT_OF_RANGE);

        assertThat(out.status(3)).isEqualTo(ScoreStatus.INVALID);
        assertThat(out.message(3)).isEqualTo("swemwbs_4: not an integer");
        assertThat(out.issue(3)).contains(MeasureIssue.ANSWER_NOT_INTEGER);
    }

    @Test
    void anAnswerWhoseDigitsPassModulus11_isMaskedInTheMessage() {
        // 2000000002 fits an int and passes the NHS number check: the batch message quotes it masked.
        BatchScores out = SWEMWBS.newScores(1);
        SWEMWBS.scoreRows(new int[] {4, 4, 2_000_000_002, 4, 4, 4, 4}, 1, out);

        assertThat(out.message(0)).isEqualTo("swemwbs_3: *** *** 0002 is outside 1..5");
        assertThat(out.toResult(0).messages())
                .singleElement()
                .satisfies(m -> assertThat(m.text()).isEqualTo("swemwbs_3: *** *** 0002 is outside 1..5"));
    }

    @Test
    void scoreRows_readsRowMajorArrays() {
        int[] data = new int[ROWS.length * 7];
        for (int r = 0; r < ROWS.length; r++) {
            System.arraycopy(ROWS[r], 0, data, r * 7, 7);
        }
        BatchScores out = SWEMWBS.newScores(ROWS.length);
        SWEMWBS.scoreRows(data, ROWS.length, out);
        assertFourRows(out);
    }

    @Test
    void scoreColumns_readsColumnMajorArrays() {
        int[] data = new int[ROWS.length * 7];
        for (int r = 0; r < ROWS.length; r++) {
            for (int i = 0; i < 7; i++) {
                data[i * ROWS.length + r] = ROWS[r][i];
            }
        }
        BatchScores out = SWEMWBS.newScores(ROWS.length);
        SWEMWBS.scoreColumns(data, ROWS.length, out);
        assertFourRows(out);
    }

    @Test
    void scoreRows_reusesABufferWithoutStaleValues() {
        BatchScores out = SWEMWBS.newScores(1);
        SWEMWBS.scoreRows(ROWS[0], 1, out);
        SWEMWBS.scoreRows(ROWS[2], 1, out);
        assertThat(out.hasValue(0, 0)).isFalse();
        assertThat(out.value(0, 1)).isEmpty();
        assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> out.unscaledValue(0, 0));
    }

    @Test
    void ons4_batchKeepsTheItemsItHas() {
        BatchScorer ons4 = Scorer.of(Ons4.instrument()).batch();
        BatchScores out = ons4.newScores(1);
        ons4.scoreRows(new int[] {9, M, 0, 6}, 1, out);

        assertThat(out.status(0)).isEqualTo(ScoreStatus.INCOMPLETE);
        assertThat(out.bandCode(0, 0)).contains("very_high");
        assertThat(out.hasValue(0, 1)).isFalse();
        assertThat(out.bandCode(0, 1)).isEmpty();
        assertThat(out.bandCode(0, 2)).contains("low");
        assertThat(out.bandCode(0, 3)).contains("high");
        assertThat(out.componentName(3)).isEqualTo("anxiety");
    }

    @Test
    void phq9_batchRaisesTheRiskFlagAndRecordsItem10() {
        BatchScorer phq9 = Scorer.of(Phq9.instrument()).batch();
        BatchScores out = phq9.newScores(2);
        phq9.scoreRows(new int[] {0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 1, 1, 1, 1, 1, 1, 1, 1, 0, M}, 2, out);

        assertThat(out.hasFlag(0, Phq9.RISK_FLAG)).isTrue();
        assertThat(out.hasFlag(1, Phq9.RISK_FLAG)).isFalse();
        assertThat(out.status(1)).isEqualTo(ScoreStatus.SCORED);
        assertThat(out.bandCode(1, 0)).contains("mild");
        assertThat(phq9.itemKeys()).hasSize(10).endsWith("phq9_10");
    }

    @Test
    void score_rejectsShortArraysSmallBuffersAndForeignBuffers() {
        BatchScores two = SWEMWBS.newScores(2);
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> SWEMWBS.scoreRows(new int[13], 2, two))
                .withMessageContaining("fewer than 2 rows");
        assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> SWEMWBS.scoreRows(new int[21], 3, two));
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> SWEMWBS.scoreColumns(new int[14], -1, two));
        BatchScores gad7 = Scorer.of(Gad7.instrument()).batch().newScores(2);
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> SWEMWBS.scoreRows(new int[14], 2, gad7))
                .withMessageContaining("another scorer");
        assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> SWEMWBS.newScores(-1));
        assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> SWEMWBS.newScores(Integer.MAX_VALUE));
    }

    @ParameterizedTest
    @CsvSource(
            value = {
                "4|4",
                " 4 |4",
                "+4|4",
                "-3|-3",
                "|MISSING",
                "   |MISSING",
                "3.5|NAN",
                "x|NAN",
                "-|NAN",
                "99999999999|2147483647",
                "-99999999999|-2147483646"
            },
            delimiter = '|')
    void parseAnswer_readsCellsWithoutAllocating(String cell, String expected) {
        int code = BatchScorer.parseAnswer(cell == null ? "" : cell);
        int wanted = expected.equals("MISSING")
                ? BatchScorer.MISSING
                : expected.equals("NAN") ? BatchScorer.NOT_AN_INTEGER : Integer.parseInt(expected);
        assertThat(code).isEqualTo(wanted);
    }
}

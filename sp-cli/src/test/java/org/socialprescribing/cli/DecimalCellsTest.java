package org.socialprescribing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.socialprescribing.measures.BatchScorer;
import org.socialprescribing.measures.BatchScores;
import org.socialprescribing.measures.Instrument;
import org.socialprescribing.measures.InstrumentRegistry;
import org.socialprescribing.measures.Item;
import org.socialprescribing.measures.NotScorableException;
import org.socialprescribing.measures.Scorer;

/**
 * The score cells of {@code sp score} are written by {@link DecimalCells} exactly as the {@code BigDecimal} text they
 * replace: for any int at any scale, for every value a built-in instrument scores (totals, SWEMWBS metric scores from
 * its conversion table), and whatever the order in which a column meets its values (its table of remembered texts).
 */
class DecimalCellsTest {

    private static String plain(int unscaled, int scale) {
        return BigDecimal.valueOf(unscaled, scale).toPlainString();
    }

    @Property
    void anyValueAtAnyScale_isWrittenAsBigDecimalWritesIt(
            @ForAll int unscaled, @ForAll @IntRange(min = -3, max = 12) int scale) {
        assertThat(DecimalCells.format(unscaled, scale)).isEqualTo(plain(unscaled, scale));
    }

    @Property
    void smallValues_includingZeroAndNegatives_areWrittenAsBigDecimalWritesThem(
            @ForAll @IntRange(min = -100_000, max = 100_000) int unscaled,
            @ForAll @IntRange(min = 0, max = 6) int scale) {
        assertThat(DecimalCells.format(unscaled, scale)).isEqualTo(plain(unscaled, scale));
    }

    @Test
    void theEdgesOfTheIntRange_areExact() {
        for (int scale = 0; scale <= 11; scale++) {
            for (int unscaled : new int[] {Integer.MIN_VALUE, Integer.MIN_VALUE + 1, -1, 0, 1, Integer.MAX_VALUE}) {
                assertThat(DecimalCells.format(unscaled, scale)).isEqualTo(plain(unscaled, scale));
            }
        }
    }

    @Property
    void aColumnsRememberedTexts_neverShowAnotherValue(
            @ForAll("sequences") List<Integer> values, @ForAll @IntRange(min = 0, max = 4) int scale) {
        DecimalCells column = new DecimalCells(scale);
        for (int value : values) {
            assertThat(column.text(value)).isEqualTo(plain(value, scale));
        }
    }

    @Provide
    Arbitrary<List<Integer>> sequences() {
        // Values 4096 apart share a slot of the table; mix them with ordinary ones.
        Arbitrary<Integer> colliding = Arbitraries.integers().between(-3, 3).map(k -> 2321 + k * 4096);
        Arbitrary<Integer> any = Arbitraries.integers();
        Arbitrary<Integer> scores = Arbitraries.integers().between(0, 4000);
        return Arbitraries.oneOf(colliding, any, scores).list().ofMaxSize(200);
    }

    @Property(tries = 200)
    void everyValueABuiltInInstrumentScores_isWrittenAsBigDecimalWritesIt(@ForAll("rows") long seed) {
        java.util.Random random = new java.util.Random(seed);
        for (Instrument instrument : InstrumentRegistry.standard().instruments()) {
            Scorer scorer;
            try {
                scorer = InstrumentRegistry.standard().scorer(instrument.id().value());
            } catch (NotScorableException e) {
                continue; // record-only (PAM): nothing is scored
            }
            checkEveryValue(scorer.batch(), randomRows(scorer.batch(), random, 64), 64);
        }
    }

    @Provide
    Arbitrary<Long> rows() {
        return Arbitraries.longs();
    }

    @Test
    void everySwemwbsMetricScore_ofTheConversionTable_isWrittenAsBigDecimalWritesIt() {
        BatchScorer swemwbs = InstrumentRegistry.standard().scorer("swemwbs").batch();
        int items = swemwbs.itemCount();
        // One row per raw total 7..35: answers 1..5 filled up to the total.
        List<int[]> rows = new ArrayList<>();
        for (int total = items; total <= 5 * items; total++) {
            int[] row = new int[items];
            int left = total;
            for (int i = 0; i < items; i++) {
                row[i] = Math.min(5, left - (items - 1 - i));
                left -= row[i];
            }
            rows.add(row);
        }
        int[] answers = rows.stream().flatMapToInt(java.util.Arrays::stream).toArray();
        int scaled = checkEveryValue(swemwbs, answers, rows.size());
        assertThat(scaled).as("metric scores checked").isEqualTo(rows.size());
    }

    private static int[] randomRows(BatchScorer batch, java.util.Random random, int count) {
        List<Item> items = batch.instrument().items();
        int[] answers = new int[count * items.size()];
        for (int r = 0; r < count; r++) {
            for (int i = 0; i < items.size(); i++) {
                Item item = items.get(i);
                int min = item.isUnchecked() ? 0 : item.minCode();
                int max = item.isUnchecked() ? 9 : item.maxCode();
                // Mostly valid answers, so that most rows are scored; some missing ones (ONS4 items, incomplete).
                answers[r * items.size() + i] =
                        random.nextInt(20) == 0 ? BatchScorer.MISSING : min + random.nextInt(max - min + 1);
            }
        }
        return answers;
    }

    /** Checks every value of every row; returns how many values had a scale above 0. */
    private static int checkEveryValue(BatchScorer batch, int[] answers, int count) {
        BatchScores scores = batch.newScores(count);
        batch.scoreRows(answers, count, scores);
        int scaled = 0;
        for (int c = 0; c < scores.componentCount(); c++) {
            DecimalCells column = new DecimalCells(scores.scale(c));
            for (int r = 0; r < count; r++) {
                if (scores.hasValue(r, c)) {
                    int unscaled = scores.unscaledValue(r, c);
                    String expected = plain(unscaled, scores.scale(c));
                    assertThat(column.text(unscaled)).isEqualTo(expected);
                    assertThat(expected)
                            .isEqualTo(scores.value(r, c).orElseThrow().toPlainString());
                    scaled += scores.scale(c) > 0 ? 1 : 0;
                }
            }
        }
        return scaled;
    }
}

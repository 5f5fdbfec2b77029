package org.socialprescribing.measures.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.socialprescribing.measures.BatchScorer;
import org.socialprescribing.measures.InstrumentRegistry;
import org.socialprescribing.measures.Scorer;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.measure.ScoreStatus;

/**
 * The shared {@code sp score} row logic: the contract's columns and names, the messages of docs/cli.md, and a row
 * scored alone equals the same row scored in a chunk (the CLI scores chunks, sp-spark single rows).
 */
class ContractRowsTest {

    private static final Scorer PHQ9 = InstrumentRegistry.standard().scorer("phq9");
    private static final Scorer SWEMWBS = InstrumentRegistry.standard().scorer("swemwbs");
    private static final int M = BatchScorer.MISSING;
    private static final int TEXT = BatchScorer.NOT_AN_INTEGER;

    @Test
    void contractNames_ofPhq9() {
        ScoreContract contract = ScoreContract.of(PHQ9, key -> false);
        assertThat(contract.columnNames()).containsExactly("total", "severity", "risk_flag", "status", "message");
        assertThat(contract.answerColumns()).hasSize(9).startsWith("phq9_1").endsWith("phq9_9");
        assertThat(ScoreContract.of(PHQ9, "phq9_10"::equals).answerColumns()).hasSize(10);
    }

    @Test
    void messages_asTheCliWritesThem() {
        ScoreContract contract = ScoreContract.of(PHQ9, key -> false);
        ContractRows rows = new ContractRows(contract, 3);
        int[] answers = {
            1,
            2,
            3,
            0,
            1,
            2,
            3,
            0,
            1, // scored
            M,
            M,
            M,
            0,
            1,
            M,
            3,
            0,
            1, // incomplete: 1..3 and 6
            1,
            2,
            TEXT,
            0,
            9,
            2,
            3,
            0,
            1 // invalid: item 3 is text
        };
        rows.score(answers, 3);
        ContractRows.Shown shown =
                (row, slot) -> row == 2 && slot == 2 ? "2.5" : String.valueOf(answers[row * 9 + slot]);
        assertThat(rows.status(0)).isEqualTo(ScoreStatus.SCORED);
        assertThat(rows.message(0, shown)).isEmpty();
        assertThat(rows.status(1)).isEqualTo(ScoreStatus.INCOMPLETE);
        assertThat(rows.message(1, shown)).isEqualTo("missing phq9_1..phq9_3, phq9_6");
        assertThat(rows.message(1, shown)).isSameAs(rows.message(1, shown));
        assertThat(rows.status(2)).isEqualTo(ScoreStatus.INVALID);
        assertThat(rows.message(2, shown)).isEqualTo("phq9_3: 2.5 is not an integer");
        // Item 9 is answered validly in the invalid row: its flag still shows.
        assertThat(rows.has(2, 2)).isTrue();
        assertThat(rows.has(2, 0)).isFalse();
    }

    @Test
    void swemwbsFromWemwbs_anUnusedInvalidItemBlanksEverything() {
        ScoreContract contract = ScoreContract.swemwbsFromWemwbs(SWEMWBS);
        ContractRows rows = new ContractRows(contract, 1);
        int[] answers = {3, 3, 3, 6, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3};
        rows.score(answers, 1);
        assertThat(rows.status(0)).isEqualTo(ScoreStatus.INVALID);
        assertThat(rows.invalidInReportingStage(0)).isFalse();
        assertThat(rows.message(0, (r, s) -> "6")).isEqualTo("wemwbs_4: 6 is outside 1..5");
        assertThat(ScoreContract.readsWemwbs(List.of("id", "wemwbs_1")::contains))
                .isTrue();
        assertThat(ScoreContract.readsWemwbs(List.of("swemwbs_1", "wemwbs_1")::contains))
                .isFalse();
    }

    @Test
    void quoted_trimsMasksAndCuts() {
        assertThat(ContractRows.quoted("  7 ")).isEqualTo("7");
        assertThat(ContractRows.quoted("a\tb")).isEqualTo("a?b");
        assertThat(ContractRows.quoted("x".repeat(45))).isEqualTo("x".repeat(40) + "...");
        assertThat(ContractRows.runs(List.of("a_1", "a_2", "a_3", "a_5", "a_6")))
                .containsExactly("a_1..a_3", "a_5", "a_6");
    }

    @Test
    void score_refusesMoreRowsThanItsCapacity() {
        ContractRows rows = new ContractRows(ScoreContract.of(PHQ9, key -> false), 1);
        assertThatThrownBy(() -> rows.score(new int[18], 2)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new ContractRows(ScoreContract.of(PHQ9, key -> false), 0))
                .isInstanceOf(InvalidValueException.class);
    }

    @Property(tries = 200)
    void aRowAloneEqualsTheSameRowInAChunk(
            @ForAll @Size(9) List<@IntRange(min = -2, max = 4) Integer> first,
            @ForAll @Size(9) List<@IntRange(min = -2, max = 4) Integer> second) {
        ScoreContract contract = ScoreContract.of(PHQ9, key -> false);
        int[] chunk = new int[18];
        for (int i = 0; i < 9; i++) {
            chunk[i] = code(first.get(i));
            chunk[9 + i] = code(second.get(i));
        }
        ContractRows together = new ContractRows(contract, 2);
        together.score(chunk, 2);
        ContractRows alone = new ContractRows(contract, 1);
        for (int r = 0; r < 2; r++) {
            int[] one = Arrays.copyOfRange(chunk, r * 9, r * 9 + 9);
            alone.score(one, 1);
            int row = r;
            ContractRows.Shown shown = (x, slot) -> String.valueOf(chunk[row * 9 + slot]);
            assertThat(alone.status(0)).isEqualTo(together.status(r));
            assertThat(alone.message(0, shown)).isEqualTo(together.message(r, shown));
            for (int c = 0; c < contract.columns().size(); c++) {
                assertThat(alone.has(0, c)).isEqualTo(together.has(r, c));
            }
        }
    }

    /** -2 is text, -1 missing, 0..3 valid PHQ-9 answers, 4 out of range. */
    private static int code(int drawn) {
        return drawn == -2 ? TEXT : drawn == -1 ? M : drawn;
    }
}

package org.socialprescribing.measures.instruments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.LinkedHashMap;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.socialprescribing.measures.Answers;
import org.socialprescribing.measures.InvalidResponseException;
import org.socialprescribing.measures.Scorer;
import org.socialprescribing.model.measure.ScoreResult;
import org.socialprescribing.model.measure.ScoreStatus;

/**
 * Issue 14, fix 1: a fact the source defines on one item is reported whatever happens to the total. The PHQ-9 item 9
 * flag depends on item 9 alone; item 10 is recorded in any form and never invalidates; each ONS4 item is its own
 * score.
 */
class SingleItemFactsTest {

    private static final Scorer PHQ9 = Scorer.of(Phq9.instrument());
    private static final Scorer ONS4 = Scorer.of(Ons4.instrument());

    private static Map<String, String> phq9(String item9, String other, String item10) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (int i = 1; i <= 8; i++) {
            answers.put("phq9_" + i, i == 3 ? other : "1");
        }
        answers.put("phq9_9", item9);
        answers.put("phq9_10", item10);
        return answers;
    }

    @Property(tries = 300)
    void item9Flag_dependsOnItem9Alone(
            @ForAll @IntRange(min = 0, max = 3) int item9,
            @ForAll @From("otherAnswers") String other,
            @ForAll @StringLength(max = 20) String item10) {
        ScoreResult result = PHQ9.evaluate(Answers.ofText(phq9(String.valueOf(item9), other, item10)));
        assertThat(result.hasFlag(Phq9.RISK_FLAG)).isEqualTo(item9 > 0);
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> otherAnswers() {
        return net.jqwik.api.Arbitraries.of("0", "3", "", "4", "-1", "2.5", "two", "99999999999");
    }

    @Test
    void item10_inAnyForm_neverInvalidates() {
        for (String item10 : new String[] {"Somewhat difficult", "2.5", "-7", "", "3"}) {
            ScoreResult result = PHQ9.evaluate(Answers.ofText(phq9("0", "1", item10)));
            assertThat(result.status()).as(item10).isEqualTo(ScoreStatus.SCORED);
            assertThat(result.component("total").orElseThrow().value()).isEqualByComparingTo("8");
        }
        assertThat(PHQ9.validate(Answers.ofText(phq9("0", "1", "Somewhat difficult")))
                        .issues())
                .isEmpty();
    }

    @Test
    void invalidResponse_keepsTheFlagInTheResultAndTheException() {
        Answers answers = Answers.ofText(phq9("2", "7", ""));
        ScoreResult result = PHQ9.evaluate(answers);
        assertThat(result.status()).isEqualTo(ScoreStatus.INVALID);
        assertThat(result.components()).isEmpty();
        assertThat(result.flags()).containsExactly(Phq9.RISK_FLAG);
        assertThatExceptionOfType(InvalidResponseException.class)
                .isThrownBy(() -> PHQ9.score(answers))
                .withMessage("phq9_3: 7 is outside 0..3; flags raised: phq9.item9_positive")
                .satisfies(e -> assertThat(e.flags()).containsExactly(Phq9.RISK_FLAG));
    }

    @Test
    void invalidItem9_raisesNoFlag() {
        ScoreResult result = PHQ9.evaluate(Answers.ofText(phq9("5", "1", "")));
        assertThat(result.status()).isEqualTo(ScoreStatus.INVALID);
        assertThat(result.flags()).isEmpty();
    }

    @Test
    void ons4_invalidItem_leavesTheOtherItemsScored() {
        ScoreResult result =
                ONS4.evaluate(Answers.ofText(Map.of("ons4_1", "11", "ons4_2", "6", "ons4_3", "7", "ons4_4", "x")));
        assertThat(result.status()).isEqualTo(ScoreStatus.INVALID);
        assertThat(result.component(Ons4.LIFE_SATISFACTION)).isEmpty();
        assertThat(result.component(Ons4.WORTHWHILE).orElseThrow().value()).isEqualByComparingTo("6");
        assertThat(result.component(Ons4.HAPPINESS)
                        .orElseThrow()
                        .band()
                        .orElseThrow()
                        .code())
                .isEqualTo("high");
        assertThat(result.component(Ons4.ANXIETY)).isEmpty();
        assertThat(result.messages()).hasSize(2);
    }
}

package org.socialprescribing.measures.instruments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.socialprescribing.measures.Answers;
import org.socialprescribing.measures.Scorer;
import org.socialprescribing.model.measure.ScoreComponent;
import org.socialprescribing.model.measure.ScoreResult;
import org.socialprescribing.model.measure.ScoreStatus;

class Ons4Test {

    private static final Scorer SCORER = Scorer.of(Ons4.instrument());

    // Golden table: ONS thresholds [V], shared/reference/instruments.md section 1 (ONS FOI response):
    // life satisfaction, worthwhile, happiness 0-4 low, 5-6 medium, 7-8 high, 9-10 very high;
    // anxiety 0-1 very low, 2-3 low, 4-5 medium, 6-10 high.
    private static final String[] POSITIVE = {
        "low", "low", "low", "low", "low", "medium", "medium", "high", "high", "very_high", "very_high"
    };
    private static final String[] ANXIETY = {
        "very_low", "very_low", "low", "low", "medium", "medium", "high", "high", "high", "high", "high"
    };

    static Stream<Arguments> everyValueOfEveryItem() {
        List<Arguments> cases = new ArrayList<>();
        String[] names = {Ons4.LIFE_SATISFACTION, Ons4.WORTHWHILE, Ons4.HAPPINESS, Ons4.ANXIETY};
        for (int item = 1; item <= 4; item++) {
            for (int value = 0; value <= 10; value++) {
                String band = item == 4 ? ANXIETY[value] : POSITIVE[value];
                cases.add(Arguments.of(item, names[item - 1], value, band));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "item {0} ({1}) = {2} -> {3}")
    @MethodSource("everyValueOfEveryItem")
    void score_bandsEveryValueOfEveryItem(int item, String name, int value, String band) {
        int[] codes = {5, 5, 5, 5};
        codes[item - 1] = value;
        ScoreComponent component =
                SCORER.score(Answers.ofCodes("ons4", codes)).component(name).orElseThrow();

        assertThat(component.intValue()).isEqualTo(value);
        assertThat(component.band()).hasValueSatisfying(b -> {
            assertThat(b.code()).isEqualTo(band);
            assertThat(b.source()).endsWith("[V]");
        });
    }

    @Test
    void score_reportsFourSeparateScoresAndNeverATotal() {
        ScoreResult result = SCORER.score(Answers.ofCodes("ons4", 7, 8, 6, 3));

        assertThat(result.status()).isEqualTo(ScoreStatus.SCORED);
        assertThat(result.components())
                .extracting(ScoreComponent::name)
                .containsExactly("life_satisfaction", "worthwhile", "happiness", "anxiety");
        assertThat(result.component("total")).isEmpty();
    }

    @Test
    void score_withAMissingItem_scoresTheOtherThree() {
        ScoreResult result = SCORER.score(Answers.of(Map.of("ons4_1", 7, "ons4_2", 8, "ons4_4", 3)));

        assertThat(result.status()).isEqualTo(ScoreStatus.INCOMPLETE);
        assertThat(result.components())
                .extracting(ScoreComponent::name)
                .containsExactly("life_satisfaction", "worthwhile", "anxiety");
        assertThat(result.messages())
                .singleElement()
                .satisfies(m -> assertThat(m.item()).contains("ons4_3"));
    }

    @Test
    void score_withNoAnswers_isIncompleteWithoutComponents() {
        ScoreResult result = SCORER.score(Answers.none());
        assertThat(result.status()).isEqualTo(ScoreStatus.INCOMPLETE);
        assertThat(result.components()).isEmpty();
        assertThat(result.messages()).hasSize(4);
    }
}

package org.socialprescribing.measures.instruments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.socialprescribing.measures.Answers;
import org.socialprescribing.measures.NotScorableException;
import org.socialprescribing.measures.Scorer;
import org.socialprescribing.measures.Source;
import org.socialprescribing.measures.TestAnswers;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.measure.ScoreComponent;
import org.socialprescribing.model.measure.ScoreResult;

/** WEMWBS, UCLA-3, the ONS loneliness question and PAM. */
class OtherInstrumentsTest {

    // WEMWBS total 14..70 [V] (Warwick "Collect, score, analyse and interpret"); bands [S], opt-in.
    @ParameterizedTest
    @CsvSource({
        "14, probable_depression",
        "40, probable_depression",
        "41, possible_depression",
        "44, possible_depression",
        "45, average",
        "59, average",
        "60, high",
        "70, high"
    })
    void wemwbs_bandsOnlyWhenOptedIn(int total, String band) {
        Answers answers = Answers.ofCodes("wemwbs", TestAnswers.summingTo(14, 1, 5, total));

        ScoreComponent plain =
                Scorer.of(Wemwbs.instrument()).score(answers).component("total").orElseThrow();
        ScoreResult banded = Scorer.of(Wemwbs.withInterpretationBands()).score(answers);

        assertThat(plain.intValue()).isEqualTo(total);
        assertThat(plain.band()).isEmpty();
        assertThat(banded.component("total").orElseThrow().band()).hasValueSatisfying(b -> {
            assertThat(b.code()).isEqualTo(band);
            assertThat(b.source()).endsWith("[S]");
        });
        assertThat(banded.scoringRuleVersion()).isNotEqualTo(Wemwbs.instrument().scoringRuleVersion());
    }

    // UCLA-3: total 3..9 [S] (instruments.md section 4).
    @ParameterizedTest
    @ValueSource(ints = {3, 4, 5, 6, 7, 8, 9})
    void ucla3_totalsRangeFrom3To9WithoutADefaultCutOff(int total) {
        ScoreComponent component = Scorer.of(Ucla3.instrument())
                .score(Answers.ofCodes("ucla3", TestAnswers.summingTo(3, 1, 3, total)))
                .component("total")
                .orElseThrow();
        assertThat(component.intValue()).isEqualTo(total);
        assertThat(component.band()).isEmpty();
    }

    @Test
    void ucla3_cutOffIsTheCallersAndNamed() {
        Scorer scorer = Scorer.of(Ucla3.withCutOff(6, Source.secondary("Example convention for a test")));

        assertThat(scorer.score(Answers.ofCodes("ucla3", 2, 2, 1))
                        .component("total")
                        .orElseThrow()
                        .band())
                .hasValueSatisfying(b -> assertThat(b.code()).isEqualTo(Ucla3.NOT_LONELY));
        assertThat(scorer.score(Answers.ofCodes("ucla3", 2, 2, 2))
                        .component("total")
                        .orElseThrow()
                        .band())
                .hasValueSatisfying(b -> {
                    assertThat(b.code()).isEqualTo(Ucla3.LONELY);
                    assertThat(b.source()).isEqualTo("Example convention for a test [S]");
                });
        assertThat(scorer.instrument().scoringRuleVersion()).isEqualTo("ucla3-1+cutoff-6");
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 10})
    void ucla3_rejectsCutOffsOutsideTheScale(int cutOff) {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> Ucla3.withCutOff(cutOff, Source.secondary("x")));
    }

    @ParameterizedTest
    @CsvSource({"1, often_always", "2, some_of_the_time", "3, occasionally", "4, hardly_ever", "5, never"})
    void onsLoneliness_reportsTheCategory(int code, String category) {
        ScoreComponent component = Scorer.of(OnsLoneliness.instrument())
                .score(Answers.ofCodes("ons_loneliness", code))
                .component(OnsLoneliness.LONELINESS)
                .orElseThrow();
        assertThat(component.band())
                .hasValueSatisfying(b -> assertThat(b.code()).isEqualTo(category));
    }

    @Test
    void pam_isRecordOnlyAndSaysWhy() {
        assertThatExceptionOfType(NotScorableException.class)
                .isThrownBy(() -> Scorer.of(Pam.instrument()))
                .withMessageContaining("does not disclose the scoring algorithm");
    }

    @Test
    void pam_recordsASuppliedScoreWithProvenance() {
        ScoreResult result = Pam.record(new BigDecimal("55.2"), 3, "Licensed PAM platform");

        assertThat(result.suppliedBy()).contains("Licensed PAM platform");
        assertThat(result.component(Pam.SCORE).orElseThrow().value()).isEqualByComparingTo("55.2");
        assertThat(result.component(Pam.LEVEL).orElseThrow().intValue()).isEqualTo(3);
    }

    @ParameterizedTest
    @CsvSource({"-1, 2", "100.5, 2", "50, 0", "50, 5"})
    void pam_rejectsOutOfRangeScoresAndLevels(String score, int level) {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> Pam.record(new BigDecimal(score), level, "Platform"));
    }

    @Test
    void pam_rejectsAnUnnamedSupplier() {
        assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> Pam.record(BigDecimal.TEN, 2, " "));
    }
}

package org.socialprescribing.model.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.socialprescribing.model.ModelIssueCode;
import org.socialprescribing.model.Severity;
import org.socialprescribing.model.ValidationIssue;
import org.socialprescribing.model.ValidationReport;
import org.socialprescribing.model.episode.EpisodeFixtures;
import org.socialprescribing.model.episode.SocialPrescribingEpisode;
import org.socialprescribing.model.validation.SpValidator;

/**
 * The rule that a stored score is what its rule gives for the answers, with a stand-in rescorer: the total of the
 * answers under rule {@code sum-1} of instrument {@code sum}. sp-measures tests it with the real rules.
 */
class ScoreCheckTest {

    private static final InstrumentId SUM = InstrumentId.of("sum");

    private static final Rescorer SUMS = (id, version, rule, answers) -> {
        if (!id.equals(SUM) || !version.equals("1") || !rule.equals("sum-1")) {
            return Optional.empty();
        }
        int total = answers.values().stream().mapToInt(Integer::parseInt).sum();
        return Optional.of(result(total, "sum-1"));
    };

    private static ScoreResult result(int total, String rule) {
        return ScoreResult.builder()
                .instrumentId(SUM)
                .instrumentVersion("1")
                .scoringRuleVersion(rule)
                .status(ScoreStatus.SCORED)
                .addComponent(ScoreComponent.of("total", total))
                .build();
    }

    private static OutcomeMeasurement measured(ScoreResult score) {
        return OutcomeMeasurement.builder()
                .instrumentId(SUM)
                .instrumentVersion("1")
                .timepoint(Timepoint.BASELINE)
                .date(LocalDate.of(2025, 3, 10))
                .collector(Collector.LINK_WORKER)
                .putAnswer("sum_1", "5")
                .putAnswer("sum_2", "5")
                .score(score)
                .build();
    }

    @Test
    void consistentScore_passes_evenWithAnotherScale() {
        assertThat(measured(result(10, "sum-1")).checkScore(SUMS)).isEmpty();
        ScoreResult scaled = result(10, "sum-1")
                .withComponents(ScoreComponent.builder()
                        .name("total")
                        .value(new BigDecimal("10.0"))
                        .build());
        assertThat(measured(scaled).checkScore(SUMS)).isEmpty();
    }

    @Test
    void noScore_passes() {
        assertThat(measured(result(10, "sum-1")).withScore(Optional.empty()).checkScore(SUMS))
                .isEmpty();
    }

    @Test
    void tamperedScore_isAMismatch() {
        assertThat(measured(result(7, "sum-1")).checkScore(SUMS)).contains(ModelIssueCode.MEASUREMENT_SCORE_MISMATCH);
        assertThat(measured(result(10, "sum-1").withStatus(ScoreStatus.INCOMPLETE))
                        .checkScore(SUMS))
                .contains(ModelIssueCode.MEASUREMENT_SCORE_MISMATCH);
        assertThat(measured(result(10, "sum-1").withFlags("sum.flag")).checkScore(SUMS))
                .contains(ModelIssueCode.MEASUREMENT_SCORE_MISMATCH);
    }

    @Test
    void suppliedScore_isTheSuppliersWord() {
        assertThat(measured(result(7, "sum-1").withSuppliedBy("GP record")).checkScore(SUMS))
                .isEmpty();
    }

    @Test
    void unknownRuleVersion_isUnverifiable_aWarning() {
        assertThat(measured(result(10, "sum-2")).checkScore(SUMS))
                .contains(ModelIssueCode.MEASUREMENT_SCORE_UNVERIFIABLE);
        assertThat(measured(result(10, "sum-1")).checkScore(Rescorer.none()))
                .contains(ModelIssueCode.MEASUREMENT_SCORE_UNVERIFIABLE);
        assertThat(ModelIssueCode.MEASUREMENT_SCORE_UNVERIFIABLE.defaultSeverity())
                .isEqualTo(Severity.WARNING);
    }

    @Test
    void scoreOfAnotherInstrumentOrVersion_isRefused() {
        ScoreResult other = result(10, "sum-1").withInstrumentVersion("2");
        assertThat(measured(other).checkScore(SUMS)).contains(ModelIssueCode.MEASUREMENT_SCORE_OTHER_INSTRUMENT);
        ScoreResult supplied =
                result(10, "sum-1").withInstrumentId(InstrumentId.of("pam")).withSuppliedBy("Licensed platform");
        assertThat(measured(supplied).checkScore(SUMS)).contains(ModelIssueCode.MEASUREMENT_SCORE_OTHER_INSTRUMENT);
    }

    @Test
    void spValidator_reportsAtTheMeasurementsScore() {
        SocialPrescribingEpisode episode = EpisodeFixtures.episode()
                .withOutcomeMeasurements(
                        measured(result(10, "sum-1")), measured(result(7, "sum-1")), measured(result(7, "sum-9")));

        ValidationReport report = SpValidator.validate(episode, SUMS);

        assertThat(report.issues())
                .extracting(i -> i.code().code(), ValidationIssue::severity, ValidationIssue::path)
                .containsExactly(
                        tuple("measurement.score.mismatch", Severity.ERROR, "outcomeMeasurements[1].score"),
                        tuple("measurement.score.unverifiable", Severity.WARNING, "outcomeMeasurements[2].score"));
        assertThat(report.issues().get(0).message()).isEqualTo(ModelIssueCode.MEASUREMENT_SCORE_MISMATCH.rule());
    }

    @Test
    void spValidator_withoutSpMeasures_findsEveryComputedScoreUnverifiable() {
        ValidationReport report = SpValidator.validate(measured(result(10, "sum-1")));
        assertThat(report.issues())
                .extracting(i -> i.code().code(), ValidationIssue::path)
                .containsExactly(tuple("measurement.score.unverifiable", "score"));
        assertThat(report.isValid()).isTrue();
    }
}

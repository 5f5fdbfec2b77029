package org.socialprescribing.measures.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.socialprescribing.measures.Answers;
import org.socialprescribing.measures.Scorer;
import org.socialprescribing.measures.Source;
import org.socialprescribing.measures.TestAnswers;
import org.socialprescribing.measures.instruments.Gad7;
import org.socialprescribing.measures.instruments.Phq9;
import org.socialprescribing.measures.instruments.Swemwbs;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.measure.ScoreResult;

class ChangeTest {

    private static final Scorer PHQ9 = Scorer.of(Phq9.instrument());
    private static final Scorer SWEMWBS = Scorer.of(Swemwbs.instrument());

    private static ScoreResult phq9(int total) {
        return PHQ9.score(Answers.ofCodes("phq9", TestAnswers.summingTo(9, 0, 3, total)));
    }

    private static ScoreResult swemwbs(int raw) {
        return SWEMWBS.score(Answers.ofCodes("swemwbs", TestAnswers.summingTo(7, 1, 5, raw)));
    }

    // PHQ-9 threshold: 5 points, Löwe et al. 2004 [V]; lower is better. A change of exactly 5 counts.
    @ParameterizedTest
    @CsvSource({
        "15, 10, IMPROVED",
        "15, 11, UNCHANGED",
        "15, 19, UNCHANGED",
        "15, 20, DETERIORATED",
        "0, 27, DETERIORATED"
    })
    void phq9_classifiesByLowe2004(int baseline, int followUp, ChangeCategory expected) {
        PersonChange change = PersonChange.between(phq9(baseline), phq9(followUp), ChangeThreshold.PHQ9_LOWE_2004);

        assertThat(change.change()).isEqualByComparingTo(BigDecimal.valueOf(followUp - baseline));
        assertThat(change.category()).contains(expected);
        assertThat(change.threshold().orElseThrow().source().label())
                .isEqualTo("Löwe et al. 2004, Med Care 42:1194 [V]");
    }

    @Test
    void swemwbs_judgesTheMetricScoreByShah2018() {
        // Raw 20 -> 18.59 and raw 23 -> 20.73 ([S] table): +2.14 metric points, below 2.87: unchanged.
        // Raw 20 -> 18.59 and raw 24 -> 21.54: +2.95, at least 2.87: improved.
        PersonChange small = PersonChange.between(swemwbs(20), swemwbs(23), ChangeThreshold.SWEMWBS_SHAH_2018_METRIC);
        PersonChange large = PersonChange.between(swemwbs(20), swemwbs(24), ChangeThreshold.SWEMWBS_SHAH_2018_METRIC);

        assertThat(small.change()).isEqualTo(new BigDecimal("2.14"));
        assertThat(small.category()).contains(ChangeCategory.UNCHANGED);
        assertThat(large.change()).isEqualTo(new BigDecimal("2.95"));
        assertThat(large.category()).contains(ChangeCategory.IMPROVED);
    }

    @Test
    void between_withoutThreshold_givesRawChangeAndBandsOnly() {
        PersonChange change = PersonChange.between(phq9(15), phq9(9), "total");

        assertThat(change.change()).isEqualByComparingTo("-6");
        assertThat(change.category()).isEmpty();
        assertThat(change.baselineBand()).contains("moderately_severe");
        assertThat(change.followUpBand()).contains("mild");
    }

    @Test
    void between_rejectsMixedInstrumentsAndUnscoredResults() {
        ScoreResult gad7 = Scorer.of(Gad7.instrument()).score(Answers.ofCodes("gad7", 1, 1, 1, 1, 1, 1, 1));
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> PersonChange.between(phq9(10), gad7, "total"));
        ScoreResult incomplete = PHQ9.score(Answers.ofCodes("phq9", 1, 1));
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> PersonChange.between(phq9(10), incomplete, ChangeThreshold.PHQ9_LOWE_2004))
                .withMessageContaining("has no total score");
    }

    @Test
    void threshold_rejectsNonPositivePointsAndBlankComponents() {
        Source source = Source.verified("x");
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> ChangeThreshold.of("total", BigDecimal.ZERO, Direction.LOWER_IS_BETTER, source));
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> ChangeThreshold.of(" ", BigDecimal.ONE, Direction.LOWER_IS_BETTER, source));
        // The factory strips trailing zeros, so equals on the BigDecimal agrees with compareTo.
        EqualsVerifier.forClass(ChangeThreshold.class)
                .suppress(nl.jqno.equalsverifier.Warning.BIGDECIMAL_EQUALITY)
                .verify();
        assertThat(ChangeThreshold.of("total", new BigDecimal("5.0"), Direction.LOWER_IS_BETTER, source))
                .isEqualTo(ChangeThreshold.of("total", BigDecimal.valueOf(5), Direction.LOWER_IS_BETTER, source));
    }

    /**
     * Worked example, checked by hand: PHQ-9 baseline 15, 12, 20, 8 and follow-up 9, 11, 14, 10.
     *
     * <pre>
     * changes d = -6, -1, -6, +2; mean(d) = -11/4 = -2.75
     * deviations -3.25, 1.75, -3.25, 4.75; squares sum 46.75; SD(d) = sqrt(46.75 / 3) = 3.947573
     * t(0.975, 3) = 3.182446; SE = 3.947573 / 2 = 1.973787; half-width 6.281470
     * 95% CI = -9.031470 .. 3.531470; d_z = -2.75 / 3.947573 = -0.696631
     * baseline mean 13.75, SD sqrt(76.75 / 3) = 5.057997; follow-up mean 11, SD sqrt(14 / 3) = 2.160247
     * by 5 points (Löwe 2004): improved -6, -6; unchanged -1, +2; deteriorated none
     * bands: moderately_severe->mild, moderate->moderate, severe->moderate, mild->moderate
     * </pre>
     */
    @Test
    void summarise_matchesTheWorkedExample() {
        int[] baseline = {15, 12, 20, 8};
        int[] followUp = {9, 11, 14, 10};
        List<PersonChange> changes = IntStream.range(0, 4)
                .mapToObj(
                        i -> PersonChange.between(phq9(baseline[i]), phq9(followUp[i]), ChangeThreshold.PHQ9_LOWE_2004))
                .collect(Collectors.toList());

        CohortSummary summary = Cohorts.summarise(changes);

        assertThat(summary.n()).isEqualTo(4);
        assertThat(summary.meanChange()).isCloseTo(-2.75, within(1e-9));
        assertThat(summary.changeSd().orElseThrow()).isCloseTo(3.947573, within(1e-6));
        assertThat(summary.meanChangeCi().orElseThrow().lower()).isCloseTo(-9.031470, within(1e-6));
        assertThat(summary.meanChangeCi().orElseThrow().upper()).isCloseTo(3.531470, within(1e-6));
        assertThat(summary.effectSizeDz().orElseThrow()).isCloseTo(-0.696631, within(1e-6));
        assertThat(summary.baselineMean()).isCloseTo(13.75, within(1e-9));
        assertThat(summary.baselineSd().orElseThrow()).isCloseTo(5.057997, within(1e-6));
        assertThat(summary.followUpMean()).isCloseTo(11.0, within(1e-9));
        assertThat(summary.followUpSd().orElseThrow()).isCloseTo(2.160247, within(1e-6));
        assertThat(summary.improved()).isEqualTo(2);
        assertThat(summary.unchanged()).isEqualTo(2);
        assertThat(summary.deteriorated()).isZero();
        assertThat(summary.shareImproved().orElseThrow()).isEqualTo(0.5);
        assertThat(summary.bandTransitions())
                .extracting(t -> t.from() + ">" + t.to() + "=" + t.count())
                .containsExactly(
                        "mild>moderate=1", "moderate>moderate=1", "moderately_severe>mild=1", "severe>moderate=1");
    }

    @Test
    void summarise_ofOnePerson_hasNoSpreadStatistics() {
        CohortSummary summary = Cohorts.summarise(List.of(PersonChange.between(phq9(10), phq9(4), "total")));

        assertThat(summary.meanChange()).isEqualTo(-6.0);
        assertThat(summary.changeSd()).isEmpty();
        assertThat(summary.meanChangeCi()).isEmpty();
        assertThat(summary.effectSizeDz()).isEmpty();
        assertThat(summary.shareImproved()).isEmpty();
    }

    @Test
    void summarise_withIdenticalChanges_hasNoEffectSize() {
        PersonChange change = PersonChange.between(phq9(10), phq9(4), "total");
        CohortSummary summary = Cohorts.summarise(List.of(change, change));
        assertThat(summary.changeSd()).hasValue(0.0);
        assertThat(summary.effectSizeDz()).isEmpty();
    }

    @Test
    void summarise_rejectsEmptyAndMixedCohorts() {
        assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> Cohorts.summarise(List.of()));
        PersonChange judged = PersonChange.between(phq9(10), phq9(4), ChangeThreshold.PHQ9_LOWE_2004);
        PersonChange unjudged = PersonChange.between(phq9(10), phq9(4), "total");
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> Cohorts.summarise(List.of(judged, unjudged)));
    }

    /** A caller's own person type: the stratum (here an IMD quintile) comes from its own model. */
    private static final class Person {
        final int imdQuintile;
        final PersonChange change;

        Person(int imdQuintile, int baseline, int followUp) {
            this.imdQuintile = imdQuintile;
            this.change = PersonChange.between(phq9(baseline), phq9(followUp), ChangeThreshold.PHQ9_LOWE_2004);
        }
    }

    @Test
    void summariseBy_stratifiesByTheCallersKey() {
        // Quintile 1: changes -6 and -2 -> mean -4, SD sqrt(8) = 2.828427, one improved.
        // Quintile 5: change +1 -> mean 1, unchanged.
        List<Person> people = List.of(new Person(1, 15, 9), new Person(5, 5, 6), new Person(1, 12, 10));

        Map<Integer, CohortSummary> byQuintile = Cohorts.summariseBy(people, p -> p.change, p -> p.imdQuintile);

        assertThat(byQuintile).containsOnlyKeys(1, 5);
        assertThat(byQuintile.keySet()).containsExactly(1, 5);
        assertThat(byQuintile.get(1).n()).isEqualTo(2);
        assertThat(byQuintile.get(1).meanChange()).isCloseTo(-4.0, within(1e-9));
        assertThat(byQuintile.get(1).changeSd().orElseThrow()).isCloseTo(2.828427, within(1e-6));
        assertThat(byQuintile.get(1).improved()).isEqualTo(1);
        assertThat(byQuintile.get(5).unchanged()).isEqualTo(1);
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> Cohorts.summariseBy(people, p -> p.change, p -> null));
    }
}

package org.socialprescribing.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.socialprescribing.measures.instruments.Pam;
import org.socialprescribing.model.ModelIssueCode;
import org.socialprescribing.model.Severity;
import org.socialprescribing.model.ValidationIssue;
import org.socialprescribing.model.episode.Referral;
import org.socialprescribing.model.episode.ReferralJourney;
import org.socialprescribing.model.episode.SocialPrescribingEpisode;
import org.socialprescribing.model.json.InvalidJsonException;
import org.socialprescribing.model.json.SpJson;
import org.socialprescribing.model.measure.Collector;
import org.socialprescribing.model.measure.OutcomeMeasurement;
import org.socialprescribing.model.measure.Rescorer;
import org.socialprescribing.model.measure.ScoreComponent;
import org.socialprescribing.model.measure.ScoreResult;
import org.socialprescribing.model.measure.Timepoint;
import org.socialprescribing.model.person.Person;
import org.socialprescribing.model.validation.SpValidator;

/**
 * Measurements are made by the scorer and guarded wherever they enter (issue 15 item 1): a measured response
 * validates and reads back clean; a tampered score is reported with its code and path, and refused by the JSON reader.
 */
class MeasureTest {

    private static final InstrumentRegistry REGISTRY = InstrumentRegistry.standard();
    private static final LocalDate DATE = LocalDate.of(2025, 3, 10);

    private static final List<Scorer> SCORERS = REGISTRY.instruments().stream()
            .filter(i -> !(i.scoringRule() instanceof RecordOnly))
            .map(i -> REGISTRY.scorer(i.id().value()))
            .collect(Collectors.toList());

    @Provide
    Arbitrary<OutcomeMeasurement> measurements() {
        return Arbitraries.of(SCORERS).flatMap(scorer -> {
            List<Arbitrary<String>> perItem = new ArrayList<>();
            for (Item item : scorer.instrument().items()) {
                Arbitrary<String> answer = item.isUnchecked()
                        ? Arbitraries.integers().between(0, 3).map(String::valueOf)
                        : Arbitraries.integers()
                                .between(item.minCode(), item.maxCode())
                                .map(String::valueOf);
                perItem.add(answer.injectNull(0.05));
            }
            return Combinators.combine(
                            Combinators.combine(perItem).as(list -> list),
                            Arbitraries.of(Timepoint.class),
                            Arbitraries.of(Collector.class))
                    .as((codes, timepoint, collector) -> {
                        Map<String, String> answers = new LinkedHashMap<>();
                        List<Item> items = scorer.instrument().items();
                        for (int i = 0; i < items.size(); i++) {
                            answers.put(items.get(i).key(), codes.get(i));
                        }
                        return scorer.measure(Answers.ofText(answers), timepoint, DATE, collector);
                    });
        });
    }

    @Property(tries = 300)
    void measured_validatesCleanAndReadsBack(@ForAll("measurements") OutcomeMeasurement measurement) {
        assertThat(measurement.score()).isPresent();
        assertThat(measurement.checkScore(Rescorer.installed())).isEmpty();
        assertThat(SpValidator.validate(measurement).issues()).isEmpty();
        assertThat(SpJson.parse(SpJson.write(measurement), OutcomeMeasurement.class))
                .isEqualTo(measurement);
    }

    @Property(tries = 300)
    void tamperedScore_isReportedWithItsCodeAndPath(
            @ForAll("measurements") OutcomeMeasurement measurement, @ForAll @IntRange(min = 1, max = 50) int by) {
        ScoreResult score = measurement.score().orElseThrow();
        if (score.components().isEmpty()) {
            return; // an incomplete total has no number to tamper with; its status is checked below
        }
        List<ScoreComponent> components = new ArrayList<>(score.components());
        ScoreComponent first = components.get(0);
        components.set(0, first.withValue(first.value().add(BigDecimal.valueOf(by))));
        OutcomeMeasurement tampered = measurement.withScore(score.withComponents(components));
        SocialPrescribingEpisode episode = episode().withOutcomeMeasurements(measurement, tampered);

        assertThat(SpValidator.validate(episode).issues())
                .extracting(i -> i.code().code(), ValidationIssue::severity, ValidationIssue::path)
                .contains(tuple("measurement.score.mismatch", Severity.ERROR, "outcomeMeasurements[1].score"))
                .noneMatch(t -> t.toList().contains("outcomeMeasurements[0].score"));
        assertThatExceptionOfType(InvalidJsonException.class)
                .isThrownBy(() -> SpJson.parseEpisode(SpJson.write(episode)))
                .satisfies(e -> assertThat(e.code()).isEqualTo(ModelIssueCode.MEASUREMENT_SCORE_MISMATCH))
                .satisfies(e -> assertThat(e.field()).isEqualTo("$.outcomeMeasurements[1].score"));
    }

    /** The vendor's case from issue 15: all seven SWEMWBS answers 5, raw score stored as 7. */
    @Test
    void golden_allFivesStoredAsSeven_isAMismatch() {
        Scorer swemwbs = REGISTRY.scorer("swemwbs");
        OutcomeMeasurement measured = swemwbs.measure(
                Answers.ofCodes("swemwbs", 5, 5, 5, 5, 5, 5, 5), Timepoint.BASELINE, DATE, Collector.LINK_WORKER);
        assertThat(measured.score().orElseThrow().component("raw").orElseThrow().intValue())
                .isEqualTo(35);
        assertThat(measured.instrumentVersion()).isEqualTo(swemwbs.instrument().version());
        assertThat(measured.answers()).containsEntry("swemwbs_1", "5").hasSize(7);

        ScoreResult seven = measured.score()
                .orElseThrow()
                .withComponents(List.of(
                        ScoreComponent.of("raw", 7),
                        measured.score().orElseThrow().component("metric").orElseThrow()));
        OutcomeMeasurement tampered = measured.withScore(seven);
        assertThat(SpValidator.validate(tampered).issues())
                .extracting(i -> i.code().code(), ValidationIssue::path)
                .containsExactly(tuple("measurement.score.mismatch", "score"));
        assertThatExceptionOfType(InvalidJsonException.class)
                .isThrownBy(() -> SpJson.parse(SpJson.write(tampered), OutcomeMeasurement.class))
                .withMessageContaining("$.score");
    }

    @Test
    void recordedElsewhere_isAccepted_butARecordOnlyScoreWithoutSupplierIsUnverifiable() {
        ScoreResult pam = Pam.record(new BigDecimal("62.4"), 3, "Licensed PAM platform");
        OutcomeMeasurement recorded = OutcomeMeasurement.builder()
                .instrumentId(pam.instrumentId())
                .instrumentVersion(pam.instrumentVersion())
                .timepoint(Timepoint.BASELINE)
                .date(DATE)
                .collector(Collector.HEALTH_SYSTEM)
                .score(pam)
                .build();
        assertThat(SpValidator.validate(recorded).issues()).isEmpty();

        OutcomeMeasurement unsupplied = recorded.withScore(pam.withSuppliedBy(Optional.empty()));
        assertThat(SpValidator.validate(unsupplied).issues())
                .extracting(i -> i.code().code(), ValidationIssue::severity)
                .containsExactly(tuple("measurement.score.unverifiable", Severity.WARNING));
        assertThat(SpJson.parse(SpJson.write(unsupplied), OutcomeMeasurement.class))
                .as("an unverifiable score is read; the validator warns")
                .isEqualTo(unsupplied);
    }

    @Test
    void unknownRuleVersion_isUnverifiable() {
        OutcomeMeasurement measured = REGISTRY.scorer("wemwbs")
                .measure(
                        Answers.ofCodes("wemwbs", 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3),
                        Timepoint.REVIEW,
                        DATE,
                        Collector.LINK_WORKER);
        OutcomeMeasurement older =
                measured.withScore(measured.score().orElseThrow().withScoringRuleVersion("wemwbs-0"));
        assertThat(SpValidator.validate(older).issues())
                .extracting(i -> i.code().code(), ValidationIssue::path)
                .containsExactly(tuple("measurement.score.unverifiable", "score"));
    }

    @Test
    void localInstruments_needTheirRegistrysRescorer() {
        OutcomeMeasurement measured = REGISTRY.scorer("test_scale")
                .measure(Answers.ofCodes("test_scale", 1, 3), Timepoint.BASELINE, DATE, Collector.LINK_WORKER);
        assertThat(SpValidator.validate(measured, REGISTRY.rescorer()).issues()).isEmpty();
        InstrumentRegistry builtInOnly = InstrumentRegistry.of(List.of(Pam.instrument()));
        assertThat(SpValidator.validate(measured, builtInOnly.rescorer()).issues())
                .extracting(i -> i.code().code())
                .containsExactly("measurement.score.unverifiable");
        ScoreResult other = measured.score()
                .orElseThrow()
                .withComponents(ScoreComponent.builder()
                        .name("total")
                        .value(BigDecimal.ONE)
                        .build());
        assertThat(measured.withScore(other).checkScore(REGISTRY.rescorer()))
                .contains(ModelIssueCode.MEASUREMENT_SCORE_MISMATCH);
    }

    @Test
    void invalidAnswers_areNotMeasured() {
        assertThatExceptionOfType(InvalidResponseException.class)
                .isThrownBy(() -> REGISTRY.scorer("swemwbs")
                        .measure(
                                Answers.ofCodes("swemwbs", 2, 3, 6, 3, 2, 3, 3),
                                Timepoint.BASELINE,
                                DATE,
                                Collector.LINK_WORKER))
                .withMessageContaining("swemwbs_3");
    }

    private static SocialPrescribingEpisode episode() {
        return SocialPrescribingEpisode.builder()
                .person(Person.builder().build())
                .referral(Referral.builder().build())
                .journey(ReferralJourney.received(Instant.parse("2025-03-03T09:30:00Z")))
                .build();
    }
}

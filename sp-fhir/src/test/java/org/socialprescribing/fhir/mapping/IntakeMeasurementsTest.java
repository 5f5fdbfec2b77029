package org.socialprescribing.fhir.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.junit.jupiter.api.Test;
import org.socialprescribing.fhir.FhirIssueCode;
import org.socialprescribing.model.Severity;
import org.socialprescribing.model.episode.SocialPrescribingEpisode;
import org.socialprescribing.model.measure.Collector;
import org.socialprescribing.model.measure.InstrumentId;
import org.socialprescribing.model.measure.OutcomeMeasurement;
import org.socialprescribing.model.measure.ScoreResult;
import org.socialprescribing.model.measure.Timepoint;

/**
 * Outcome measurements in another system's referral: a QuestionnaireResponse read through the Questionnaire carried
 * in the same Bundle, and an Observation of an instrument's total (a verified code) as a score recorded elsewhere.
 * The referrals are the Gravity example with published PHQ-9 content added ({@code intake/README.md}, "assembled").
 */
class IntakeMeasurementsTest {

    private static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");
    private static final EpisodeBundles BUNDLES = EpisodeBundles.standard().withClock(Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aPhq9TotalObservation_isAMeasurementRecordedElsewhere_withWhatWasAssumed() {
        IntakeResult<SocialPrescribingEpisode> result =
                BUNDLES.importEpisode(IntakeGoldenTest.bundle("assembled/referral-phq9-total-observation.json"));

        OutcomeMeasurement measurement =
                result.value().orElseThrow().outcomeMeasurements().get(0);
        assertThat(measurement.instrumentId()).isEqualTo(InstrumentId.of("phq9"));
        assertThat(measurement.answers()).isEmpty();
        assertThat(measurement.timepoint()).isEqualTo(Timepoint.OTHER);
        assertThat(measurement.collector()).isEqualTo(Collector.HEALTH_SYSTEM);
        ScoreResult score = measurement.score().orElseThrow();
        assertThat(score.components().get(0).value()).isEqualByComparingTo("27"); // the MII example's value
        assertThat(score.suppliedBy()).contains("FHIR Observation mii-exa-pro-phq-9-observation");
        assertThat(result.report().issues()).anySatisfy(issue -> {
            assertThat(issue.code()).isEqualTo(FhirIssueCode.INTAKE_PATTERN);
            assertThat(issue.path()).isEqualTo("Bundle.entry[10].resource");
            assertThat(issue.message())
                    .contains("phq9 score recorded elsewhere")
                    .contains("assumed");
        });
        assertThat(IntakeIssues.paths(result, FhirIssueCode.UNEXPECTED_RESOURCE))
                .doesNotContain("Bundle.entry[10].resource");
    }

    @Test
    void anObservationOfAKnownScoreOutOfRange_isReportedWithWhy_andStaysUnread() {
        Bundle bundle = IntakeGoldenTest.bundle("assembled/referral-phq9-total-observation.json");
        Observation observation = (Observation) bundle.getEntry().get(10).getResource();
        ((Quantity) observation.getValue()).setValue(28);

        IntakeResult<SocialPrescribingEpisode> result = BUNDLES.importEpisode(bundle);

        assertThat(result.value().orElseThrow().outcomeMeasurements()).isEmpty();
        assertThat(result.report().issues()).anySatisfy(issue -> {
            assertThat(issue.code()).isEqualTo(FhirIssueCode.VALUE_NOT_MAPPED);
            assertThat(issue.path()).isEqualTo("Bundle.entry[10].resource.value");
            assertThat(issue.message()).contains("28 is outside 0..27");
        });
        assertThat(IntakeIssues.paths(result, FhirIssueCode.UNEXPECTED_RESOURCE))
                .contains("Bundle.entry[10].resource");
    }

    @Test
    void anObservationAboutSomeoneElse_orOfNoKnownScore_staysReported() {
        Bundle bundle = IntakeGoldenTest.bundle("assembled/referral-phq9-total-observation.json");
        Observation observation = (Observation) bundle.getEntry().get(10).getResource();
        observation.getSubject().setReference("Patient/someone-else");
        IntakeResult<SocialPrescribingEpisode> other = BUNDLES.importEpisode(bundle);
        observation.getSubject().setReference("Patient/pat-53234");
        observation.getCode().getCodingFirstRep().setCode("44249-1"); // the panel: not a total
        IntakeResult<SocialPrescribingEpisode> panel = BUNDLES.importEpisode(bundle);

        for (IntakeResult<SocialPrescribingEpisode> result : List.of(other, panel)) {
            assertThat(result.value().orElseThrow().outcomeMeasurements()).isEmpty();
            assertThat(IntakeIssues.paths(result, FhirIssueCode.UNEXPECTED_RESOURCE))
                    .contains("Bundle.entry[10].resource");
            assertThat(IntakeIssues.paths(result, FhirIssueCode.VALUE_NOT_MAPPED))
                    .doesNotContain("Bundle.entry[10].resource.value");
        }
    }

    @Test
    void aResponse_isReadThroughTheQuestionnaireInTheSameBundle_whichIsReadAsADefinition() {
        IntakeResult<SocialPrescribingEpisode> result = BUNDLES.importEpisode(
                IntakeGoldenTest.bundle("assembled/referral-phq9-questionnaire-and-response.json"));

        OutcomeMeasurement measurement =
                result.value().orElseThrow().outcomeMeasurements().get(0);
        assertThat(measurement.instrumentId()).isEqualTo(InstrumentId.of("phq9"));
        assertThat(measurement.score().orElseThrow().components().get(0).value())
                .isEqualByComparingTo("3"); // the PHR IG's published total
        assertThat(result.report().issues())
                .filteredOn(issue -> issue.severity() == Severity.INFORMATION)
                .anySatisfy(issue -> {
                    assertThat(issue.code()).isEqualTo(FhirIssueCode.INTAKE_PATTERN);
                    assertThat(issue.path()).isEqualTo("Bundle.entry[10].resource");
                    assertThat(issue.message()).startsWith("a Questionnaire: read as a definition");
                })
                .anySatisfy(issue -> {
                    assertThat(issue.path()).isEqualTo("Bundle.entry[11].resource.questionnaire");
                    assertThat(issue.message())
                            .contains(
                                    "through the supplied Questionnaire 'http://hl7.org/fhir/uv/phr/Questionnaire/phq9'");
                });
        assertThat(IntakeIssues.paths(result, FhirIssueCode.UNEXPECTED_RESOURCE))
                .doesNotContain("Bundle.entry[10].resource", "Bundle.entry[11].resource");
    }
}

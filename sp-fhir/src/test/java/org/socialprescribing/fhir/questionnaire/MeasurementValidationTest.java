package org.socialprescribing.fhir.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.socialprescribing.fhir.validation.FhirValidation;
import org.socialprescribing.model.Severity;
import org.socialprescribing.model.ValidationReport;
import org.socialprescribing.model.measure.OutcomeMeasurement;

/**
 * Everything this package emits validates with no errors against FHIR R4 core and the SDK's profiles, with the
 * offline validator (one for the class: its first use takes seconds). The local instrument's and the star's code
 * systems are not shipped, so they are added here as a licensee would add them.
 */
class MeasurementValidationTest {

    private static final FhirValidation VALIDATION = FhirValidation.builder()
            .addConformanceResource(InstrumentCodeSystems.of(MeasurementFixtures.LOCAL))
            .addConformanceResource(InstrumentCodeSystems.of(MeasurementFixtures.STAR))
            .build();

    private static final InstrumentQuestionnaires QUESTIONNAIRES =
            InstrumentQuestionnaires.of(MeasurementFixtures.REGISTRY).withStar(MeasurementFixtures.STAR);
    static final OutcomeMeasurementMapper MAPPER =
            OutcomeMeasurementMapper.of(MeasurementFixtures.REGISTRY).withStar(MeasurementFixtures.STAR);

    static Stream<Questionnaire> questionnaires() {
        return QUESTIONNAIRES.all().stream();
    }

    static Stream<CodeSystem> codeSystems() {
        return Stream.concat(
                InstrumentCodeSystems.builtIn().stream(),
                Stream.of(
                        InstrumentCodeSystems.of(MeasurementFixtures.LOCAL),
                        InstrumentCodeSystems.of(MeasurementFixtures.STAR)));
    }

    static Stream<OutcomeMeasurement> measurements() {
        return MeasurementExamples.all().stream();
    }

    @ParameterizedTest
    @MethodSource("questionnaires")
    void questionnaire_hasNoErrors(Questionnaire questionnaire) {
        assertNoErrors(VALIDATION.validate(questionnaire), questionnaire);
    }

    @ParameterizedTest
    @MethodSource("codeSystems")
    void codeSystem_hasNoErrors(CodeSystem codeSystem) {
        assertNoErrors(VALIDATION.validate(codeSystem), codeSystem);
    }

    @ParameterizedTest
    @MethodSource("measurements")
    void mappedMeasurement_meetsTheSdkProfiles(OutcomeMeasurement measurement) {
        MeasurementResources fhir = MAPPER.toFhir(measurement, "QuestionnaireResponse/qr-1", "Patient/p-1");
        QuestionnaireResponse response = fhir.questionnaireResponse();
        assertNoErrors(VALIDATION.validate(response, MeasurementCanonicals.OUTCOME_RESPONSE_PROFILE), response);
        assertThat(fhir.observations()).isNotEmpty();
        assertScoresMeetTheProfile(fhir.observations());
    }

    @Test
    void scorerOutput_ofAFormFillersResponse_meetsTheProfile() {
        QuestionnaireResponse response = Responses.phq9(0, 1, 2, 3, 0, 1, 2, 3, 1);
        assertNoErrors(VALIDATION.validate(response), response);
        ScoredResponse scored = QuestionnaireResponseScorer.standard().score(response);
        assertThat(scored.observations()).hasSize(1);
        assertScoresMeetTheProfile(scored.observations());
    }

    @Test
    void operationOutcomeOfABadResponse_hasNoErrorsItself() {
        QuestionnaireResponse response = Responses.phq9(0, 1, 2, 3, 0, 1, 2, 3, 1);
        response.getItem().get(2).getAnswerFirstRep().setValue(new org.hl7.fhir.r4.model.IntegerType(2));
        OperationOutcome outcome =
                QuestionnaireResponseScorer.standard().score(response).operationOutcome();
        assertThat(outcome.getIssue()).isNotEmpty();
        assertNoErrors(VALIDATION.validate(outcome), outcome);
    }

    @Test
    void profiles_areEnforced() {
        MeasurementResources fhir = MAPPER.toFhir(MeasurementExamples.all().get(0), "QuestionnaireResponse/qr-1");
        Observation observation = fhir.observations().get(0);
        observation.getExtension().clear();
        observation.getDerivedFrom().clear();
        ValidationReport report = VALIDATION.validate(observation, MeasurementCanonicals.SCORE_OBSERVATION_PROFILE);
        assertThat(report.errors()).hasSizeGreaterThanOrEqualTo(2);
        QuestionnaireResponse response = fhir.questionnaireResponse();
        response.getExtension().clear();
        assertThat(VALIDATION
                        .validate(response, MeasurementCanonicals.OUTCOME_RESPONSE_PROFILE)
                        .errors())
                .hasSizeGreaterThanOrEqualTo(2);
    }

    private static void assertScoresMeetTheProfile(List<Observation> observations) {
        for (Observation observation : observations) {
            assertNoErrors(
                    VALIDATION.validate(observation, MeasurementCanonicals.SCORE_OBSERVATION_PROFILE), observation);
        }
    }

    static void assertNoErrors(ValidationReport report, IBaseResource resource) {
        assertThat(report.issues())
                .as("%s", resource.getIdElement().getValue())
                .noneMatch(issue -> issue.severity() == Severity.ERROR || issue.severity() == Severity.FATAL);
    }
}

package org.socialprescribing.fhir.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.socialprescribing.fhir.validation.FhirValidation;
import org.socialprescribing.model.Severity;
import org.socialprescribing.model.ValidationIssue;
import org.socialprescribing.model.ValidationReport;
import org.socialprescribing.model.measure.InstrumentId;
import org.socialprescribing.model.measure.OutcomeMeasurement;

/**
 * Everything this package emits validates with no errors against FHIR R4 core and the SDK's profiles, with the
 * offline validator (one for the class: its first use takes seconds), and every response is checked against its
 * Questionnaire. The local instrument's and the star's code systems and Questionnaires are not shipped, so they are
 * added here as a licensee would add them; the built-in instruments' come from the jar.
 */
class MeasurementValidationTest {

    private static final InstrumentQuestionnaires QUESTIONNAIRES =
            InstrumentQuestionnaires.of(MeasurementFixtures.REGISTRY).withStar(MeasurementFixtures.STAR);

    private static final FhirValidation VALIDATION = FhirValidation.builder()
            .addConformanceResource(InstrumentCodeSystems.of(MeasurementFixtures.LOCAL))
            .addConformanceResource(InstrumentCodeSystems.of(MeasurementFixtures.STAR))
            .addConformanceResource(QUESTIONNAIRES.questionnaire(MeasurementFixtures.LOCAL.id()))
            .addConformanceResource(QUESTIONNAIRES.questionnaire(MeasurementFixtures.STAR.id()))
            .build();
    /** What HAPI says when it cannot find a response's Questionnaire. */
    private static final String NOT_RESOLVED = "could not be resolved";

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
        MeasurementResources fhir = MAPPER.toResources(measurement, "QuestionnaireResponse/qr-1", "Patient/p-1");
        QuestionnaireResponse response = fhir.questionnaireResponse();
        assertNoErrors(VALIDATION.validate(response, MeasurementCanonicals.OUTCOME_RESPONSE_PROFILE), response);
        assertThat(fhir.observations()).isNotEmpty();
        assertScoresMeetTheProfile(fhir.observations());
    }

    @ParameterizedTest
    @MethodSource("measurements")
    void mappedMeasurement_isCheckedAgainstItsQuestionnaire(OutcomeMeasurement measurement) {
        QuestionnaireResponse response =
                MAPPER.toResources(measurement, "QuestionnaireResponse/qr-1").questionnaireResponse();
        assertThat(VALIDATION.validate(response).issues())
                .as(response.getQuestionnaire())
                .noneSatisfy(issue -> assertThat(issue.message()).contains(NOT_RESOLVED));
    }

    @Test
    void answerThatIsNotAnOptionOfItsItem_isAnError() {
        // A valid code of a code system the validator knows, but WEMWBS's, not one of this SWEMWBS item's options:
        // only the Questionnaire can tell.
        QuestionnaireResponse response = mapped("swemwbs");
        assertNoErrors(VALIDATION.validate(response), response);
        response.getItem()
                .get(2)
                .getAnswerFirstRep()
                .setValue(new Coding(MeasurementCanonicals.codeSystem(InstrumentId.of("wemwbs")), "3", null));
        ValidationIssue error = onlyError(response);
        assertThat(error.path()).isEqualTo("QuestionnaireResponse.item[2].answer[0]");
        assertThat(error.message()).contains("instrument-wemwbs");
    }

    @Test
    void answerOfTheWrongType_isAnError() {
        // A form filler's PHQ-9 response, answered with LOINC codings, with item 1 answered as a number instead.
        QuestionnaireResponse response = Responses.phq9(0, 1, 2, 3, 0, 1, 2, 3, 1);
        assertNoErrors(VALIDATION.validate(response), response);
        response.getItem().get(0).getAnswerFirstRep().setValue(new IntegerType(0));
        assertThat(onlyError(response).path()).isEqualTo("QuestionnaireResponse.item[0].answer[0]");
    }

    @Test
    void unknownLinkId_isAnError() {
        QuestionnaireResponse response = mapped("ons4");
        response.getItemFirstRep().setLinkId("ons4_9");
        assertThat(VALIDATION.validate(response).errors())
                .anySatisfy(issue -> assertThat(issue.message()).contains("ons4_9"));
    }

    @Test
    void starReadingOutsideTheLicenseesScale_isAnError() {
        QuestionnaireResponse response = mapped(MeasurementFixtures.STAR.id().value());
        assertNoErrors(VALIDATION.validate(response), response);
        response.getItemFirstRep()
                .getAnswerFirstRep()
                .setValue(new IntegerType(MeasurementFixtures.STAR.scaleMax() + 1));
        assertThat(onlyError(response).path()).startsWith("QuestionnaireResponse.item[0].answer[0]");
    }

    @Test
    void responseToAQuestionnaireVersionTheValidatorLacks_isOneWarning() {
        QuestionnaireResponse response = mapped("swemwbs");
        response.setQuestionnaire(MeasurementCanonicals.questionnaire(InstrumentId.of("swemwbs")) + "|99");
        ValidationReport report = VALIDATION.validate(response);
        assertThat(report.errors()).isEmpty();
        assertThat(report.warnings())
                .singleElement()
                .satisfies(issue -> assertThat(issue.message()).contains(NOT_RESOLVED));
    }

    private static ValidationIssue onlyError(QuestionnaireResponse response) {
        List<ValidationIssue> errors = VALIDATION.validate(response).errors();
        assertThat(errors).hasSize(1);
        return errors.get(0);
    }

    /** The complete example measurement of an instrument, as the mapper writes it. */
    private static QuestionnaireResponse mapped(String instrument) {
        OutcomeMeasurement measurement = measurements()
                .filter(m -> m.instrumentId().value().equals(instrument))
                .findFirst()
                .orElseThrow();
        return MAPPER.toResources(measurement, "QuestionnaireResponse/qr-1").questionnaireResponse();
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
        MeasurementResources fhir = MAPPER.toResources(MeasurementExamples.all().get(0), "QuestionnaireResponse/qr-1");
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

package org.socialprescribing.fhir.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Questionnaire;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.socialprescribing.fhir.validation.FhirValidation;
import org.socialprescribing.model.Severity;
import org.socialprescribing.model.ValidationReport;

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

    static void assertNoErrors(ValidationReport report, IBaseResource resource) {
        assertThat(report.issues())
                .as("%s", resource.getIdElement().getValue())
                .noneMatch(issue -> issue.severity() == Severity.ERROR || issue.severity() == Severity.FATAL);
    }
}

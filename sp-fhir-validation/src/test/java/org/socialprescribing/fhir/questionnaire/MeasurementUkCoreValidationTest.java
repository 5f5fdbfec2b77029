package org.socialprescribing.fhir.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Observation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.socialprescribing.fhir.UkCoreReference;
import org.socialprescribing.fhir.validation.FhirValidation;
import org.socialprescribing.model.measure.OutcomeMeasurement;

/**
 * Score Observations meet UK Core 2.0.2's UKCore-Observation as well as the SDK's profile. UK Core is read in place
 * from the shared reference folder; skipped, with a message, when it is absent. UK Core 2.0.2 has no
 * QuestionnaireResponse profile, so responses are checked against R4 core and the SDK's profile only (in {@link
 * MeasurementValidationTest}).
 */
class MeasurementUkCoreValidationTest {

    private static final String UK_CORE_OBSERVATION = "https://fhir.hl7.org.uk/StructureDefinition/UKCore-Observation";
    private static FhirValidation validation;

    @BeforeAll
    static void buildOnce() {
        validation = FhirValidation.builder()
                .addConformanceFolder(UkCoreReference.folderOrSkip())
                .addConformanceResource(InstrumentCodeSystems.of(MeasurementFixtures.LOCAL))
                .addConformanceResource(InstrumentCodeSystems.of(MeasurementFixtures.STAR))
                .build();
    }

    static Stream<OutcomeMeasurement> measurements() {
        return MeasurementExamples.all().stream();
    }

    @ParameterizedTest
    @MethodSource("measurements")
    void scoreObservations_meetUkCoreObservation(OutcomeMeasurement measurement) {
        MeasurementResources fhir =
                MeasurementValidationTest.MAPPER.toResources(measurement, "QuestionnaireResponse/qr-1", "Patient/p-1");
        for (Observation observation : fhir.observations()) {
            assertThat(validation
                            .validate(observation, UK_CORE_OBSERVATION, MeasurementCanonicals.SCORE_OBSERVATION_PROFILE)
                            .errors())
                    .isEmpty();
        }
    }
}

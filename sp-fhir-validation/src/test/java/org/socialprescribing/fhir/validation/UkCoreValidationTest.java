package org.socialprescribing.fhir.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.socialprescribing.fhir.FhirIssueCode;
import org.socialprescribing.fhir.FhirResourceReader;
import org.socialprescribing.fhir.UkCoreReference;
import org.socialprescribing.model.Severity;
import org.socialprescribing.model.ValidationReport;

/**
 * The validator with UK Core 2.0.2 added from its release folder, read in place from the shared reference folder.
 * Skipped, with a message, when that folder is absent. One instance for the class: it takes seconds.
 */
class UkCoreValidationTest {

    private static final String PATIENT = UkCoreReference.PATIENT_PROFILE;
    private static FhirValidation validation;

    @BeforeAll
    static void buildOnce() {
        validation = FhirValidation.builder()
                .addConformanceFolder(UkCoreReference.folderOrSkip())
                .build();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "UKCore-Patient-Extension-EthnicCategory-Example.xml",
                "UKCore-Patient-Extension-NHSNumberVerificationStatus-Example.xml",
                "UKCore-Patient-Extension-ContactPreference-Example.xml",
                "UKCore-Patient-Extension-DeathNotificationStatus-Example.xml",
                "UKCore-Patient-Sn-MultipleLanguages-Example.xml"
            })
    void patientExamples_meetUkCorePatient(String example) {
        ValidationReport report = validation.validate(UkCoreReference.read("examples/" + example), PATIENT);
        assertThat(report.errors()).isEmpty();
    }

    @Test
    void richardSmith_withItsValidNhsNumber_meetsUkCorePatient() {
        // The one UK Core 2.0.2 Patient example with a valid NHS number (9912003888, uk-identifiers.md §1; the
        // BabyPatient example's 9912003890 fails the check digit). Its communication.language codings (BCP-47
        // "bfi" and SNOMED Makaton) fail HAPI's offline check of the languages value set, so that element is set
        // aside here; the next test pins that finding.
        Patient patient = richardSmith();
        assertThat(patient.getIdentifierFirstRep().getSystem()).isEqualTo("https://fhir.nhs.uk/Id/nhs-number");
        assertThat(patient.getIdentifierFirstRep().getValue()).isEqualTo("9912003888");
        patient.setCommunication(null);
        assertThat(validation.validate(patient, PATIENT).errors()).isEmpty();
    }

    @Test
    void richardSmith_asPublished_failsOnlyOnItsLanguageCodings() {
        ValidationReport report =
                validation.validate(UkCoreReference.read("examples/UKCore-Patient-RichardSmith-Example.xml"), PATIENT);
        assertThat(report.errors()).isNotEmpty().allSatisfy(issue -> {
            assertThat(issue.code()).isEqualTo(FhirIssueCode.TERMINOLOGY);
            assertThat(issue.path()).isEqualTo("Patient.communication[0].language");
        });
    }

    @Test
    void nhsNumberSliceWithoutValue_failsUkCorePatient() {
        Patient patient = new Patient();
        patient.addIdentifier().setSystem("https://fhir.nhs.uk/Id/nhs-number");
        ValidationReport report = validation.validate(patient, PATIENT);
        assertThat(report.errors()).singleElement().satisfies(issue -> {
            assertThat(issue.code()).isEqualTo(FhirIssueCode.STRUCTURE);
            assertThat(issue.path()).isEqualTo("Patient.identifier[0]");
            assertThat(issue.message()).contains("nhsNumber");
        });
    }

    @Test
    void nhsNumberUnderAWrongSystem_missesTheNhsNumberSlice() {
        // UK Core 2.0.2 slices Patient.identifier openly by system, so an NHS number under a misspelt system is not
        // an error under the profile: it matches no slice, which HAPI reports as information. Catching it is the
        // job of the SDK's own checks (sp-model's NhsNumber, and the mappings), not of UK Core.
        Patient patient = new Patient();
        Identifier identifier = patient.addIdentifier().setSystem("https://fhir.nhs.uk/Id/nhs-numbr");
        identifier.setValue("9912003888");
        ValidationReport report = validation.validate(patient, PATIENT);
        assertThat(report.errors()).isEmpty();
        assertThat(report.issues()).anySatisfy(issue -> {
            assertThat(issue.severity()).isEqualTo(Severity.INFORMATION);
            assertThat(issue.path()).isEqualTo("Patient.identifier[0]");
            assertThat(issue.message()).contains("does not match any known slice");
        });
    }

    @Test
    void sdkResourcesStayLoadedBesideUkCore() {
        String task = "{\"resourceType\":\"Task\",\"status\":\"requested\",\"intent\":\"order\",\"businessStatus\":"
                + "{\"coding\":[{\"system\":\"https://fhir.socialprescribing.org/CodeSystem/referral-status\","
                + "\"code\":\"no-such-status\"}]}}";
        assertThat(validation.validate(task).errors()).isNotEmpty();
    }

    private static Patient richardSmith() {
        return FhirResourceReader.standard()
                .parse(UkCoreReference.read("examples/UKCore-Patient-RichardSmith-Example.xml"), Patient.class);
    }
}

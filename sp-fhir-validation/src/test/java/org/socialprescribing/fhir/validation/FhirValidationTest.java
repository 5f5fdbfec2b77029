package org.socialprescribing.fhir.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Questionnaire;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialprescribing.fhir.FhirIssueCode;
import org.socialprescribing.fhir.FhirResourceReader;
import org.socialprescribing.fhir.NestedInputs;
import org.socialprescribing.fhir.OperationOutcomes;
import org.socialprescribing.fhir.SpFhir;
import org.socialprescribing.fhir.internal.ConformanceResources;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.Severity;
import org.socialprescribing.model.ValidationIssue;
import org.socialprescribing.model.ValidationReport;
import org.socialprescribing.model.input.InputLimits;

/** The validator with R4 core and the SDK's own resources only. One instance for the class: it takes seconds. */
class FhirValidationTest {

    private static final FhirValidation VALIDATION = FhirValidation.builder().build();

    private static final String VALID_PATIENT =
            "{\"resourceType\":\"Patient\",\"gender\":\"female\",\"birthDate\":\"1970-01-02\","
                    + "\"name\":[{\"family\":\"Example\",\"given\":[\"Alex\"]}]}";
    private static final String BAD_GENDER = "{\"resourceType\":\"Patient\",\"gender\":\"woman\"}";

    @TempDir
    static Path temp;

    @Test
    void validPatient_hasNoIssues() {
        assertThat(VALIDATION.validate(VALID_PATIENT).issues()).isEmpty();
        Patient patient = FhirResourceReader.standard().parse(VALID_PATIENT, Patient.class);
        assertThat(VALIDATION.validate(patient).issues()).isEmpty();
    }

    @Test
    void aProfileGiven_addsChecksAndNeverRemovesBaseValidation() {
        // Issue 12: with a Task profile given, HAPI checked only the Bundle's Tasks against it, and a Bundle whose
        // Task misses the mandatory intent (and whose Patient has a bad gender) was reported valid.
        String bundle = "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":["
                + "{\"fullUrl\":\"urn:uuid:5f1e2a40-0000-4000-8000-000000000001\",\"resource\":"
                + "{\"resourceType\":\"Task\",\"status\":\"requested\"}},"
                + "{\"fullUrl\":\"urn:uuid:5f1e2a40-0000-4000-8000-000000000002\",\"resource\":"
                + "{\"resourceType\":\"Patient\",\"gender\":\"woman\"}}]}";
        String profile = "https://fhir.socialprescribing.org/StructureDefinition/sp-referral-task";

        ValidationReport base = VALIDATION.validate(bundle);
        ValidationReport profiled = VALIDATION.validate(bundle, profile);

        assertThat(base.errors()).anySatisfy(issue -> assertThat(issue.path()).contains("Task"));
        assertThat(base.errors()).anySatisfy(issue -> assertThat(issue.path()).contains("gender"));
        assertThat(profiled.isValid()).isFalse();
        assertThat(profiled.issues()).containsAll(base.issues());
        assertThat(profiled.issues()).doesNotHaveDuplicates();
    }

    @Test
    void badGenderCode_isATerminologyErrorAtPatientGender() {
        ValidationReport report = VALIDATION.validate(BAD_GENDER);
        assertThat(report.isValid()).isFalse();
        assertThat(report.errors()).isNotEmpty().allSatisfy(issue -> {
            assertThat(issue.code()).isEqualTo(FhirIssueCode.TERMINOLOGY);
            assertThat(issue.path()).isEqualTo("Patient.gender");
        });
        assertThat(report.errors())
                .anySatisfy(issue -> assertThat(issue.message()).contains("woman"));
    }

    @Test
    void anNhsNumberInTheWrongElement_isMaskedInTheReportAndTheOperationOutcome() {
        // Issue 11: the validator quotes the invalid date; the SDK's issue and OperationOutcome show it masked.
        String patient = "{\"resourceType\":\"Patient\",\"birthDate\":\"996-030-8243\"}";

        ValidationReport report = VALIDATION.validate(patient);
        OperationOutcome outcome = VALIDATION.validateToOperationOutcome(patient);

        assertThat(report.errors()).extracting(ValidationIssue::message).anyMatch(m -> m.contains("*** *** 8243"));
        String json = SpFhir.newJsonParser().encodeResourceToString(outcome);
        assertThat(json).contains("*** *** 8243").doesNotContain("996-030-8243");
    }

    @Test
    void badGenderCodeInXml_isReportedAtTheSamePlace() {
        ValidationReport report =
                VALIDATION.validate("<Patient xmlns=\"http://hl7.org/fhir\"><gender value=\"woman\"/></Patient>");
        assertThat(report.errors())
                .isNotEmpty()
                .allSatisfy(issue -> assertThat(issue.path()).isEqualTo("Patient.gender"));
    }

    @Test
    void missingRequiredElement_isAStructureErrorAtItsParent() {
        ValidationReport report =
                VALIDATION.validate("{\"resourceType\":\"Patient\",\"communication\":[{\"preferred\":true}]}");
        assertThat(report.errors()).singleElement().satisfies(issue -> {
            assertThat(issue.code()).isEqualTo(FhirIssueCode.STRUCTURE);
            assertThat(issue.severity()).isEqualTo(Severity.ERROR);
            assertThat(issue.path()).isEqualTo("Patient.communication[0]");
            assertThat(issue.message()).contains("Patient.communication.language");
        });
    }

    @Test
    void brokenInvariant_isAnInvariantError() {
        ValidationReport report =
                VALIDATION.validate("{\"resourceType\":\"Patient\",\"contact\":[{\"gender\":\"male\"}]}");
        assertThat(report.errors()).singleElement().satisfies(issue -> {
            assertThat(issue.code()).isEqualTo(FhirIssueCode.INVARIANT);
            assertThat(issue.path()).isEqualTo("Patient.contact[0]");
            assertThat(issue.message()).contains("pat-1");
        });
    }

    @Test
    void snomedCodes_giveAtMostWarnings() {
        // 718426000: WEMWBS score (standards.md §2, [V]); 87915002 is SNOMED's "married", outside R4's marital-status
        // value set, which is bound extensibly.
        String observation = "{\"resourceType\":\"Observation\",\"status\":\"final\",\"code\":{\"coding\":[{\"system\":"
                + "\"http://snomed.info/sct\",\"code\":\"718426000\"}]},\"valueInteger\":52}";
        String patient = "{\"resourceType\":\"Patient\",\"maritalStatus\":{\"coding\":[{\"system\":"
                + "\"http://snomed.info/sct\",\"code\":\"87915002\"}]}}";
        assertThat(VALIDATION.validate(observation).errors()).isEmpty();
        ValidationReport report = VALIDATION.validate(patient);
        assertThat(report.errors()).isEmpty();
        assertThat(report.warnings()).isNotEmpty().allSatisfy(issue -> {
            assertThat(issue.code()).isEqualTo(FhirIssueCode.TERMINOLOGY);
            assertThat(issue.path()).isEqualTo("Patient.maritalStatus");
        });
    }

    @Test
    void loincCode_isAWarningBecauseLoincCannotBeCheckedOffline() {
        String observation = "{\"resourceType\":\"Observation\",\"status\":\"final\",\"code\":{\"coding\":[{\"system\":"
                + "\"http://loinc.org\",\"code\":\"44249-1\"}]},\"valueInteger\":12}";
        ValidationReport report = VALIDATION.validate(observation);
        assertThat(report.errors()).isEmpty();
        assertThat(report.warnings()).singleElement().satisfies(issue -> {
            assertThat(issue.code()).isEqualTo(FhirIssueCode.TERMINOLOGY);
            assertThat(issue.path()).isEqualTo("Observation.code");
        });
    }

    @Test
    void unknownProfile_isReported() {
        ValidationReport report = VALIDATION.validate(VALID_PATIENT, "https://example.org/StructureDefinition/Unknown");
        assertThat(report.errors())
                .isNotEmpty()
                .allSatisfy(issue -> assertThat(issue.code()).isEqualTo(FhirIssueCode.PROFILE_UNKNOWN));
    }

    @Test
    void sdkCodeSystem_isKnownToTheValidator() {
        assertThat(VALIDATION.validate(taskWithReferralStatus("accepted")).issues())
                .isEmpty();
        ValidationReport report = VALIDATION.validate(taskWithReferralStatus("half-accepted"));
        assertThat(report.errors()).isNotEmpty().allSatisfy(issue -> {
            assertThat(issue.code()).isEqualTo(FhirIssueCode.TERMINOLOGY);
            assertThat(issue.path()).startsWith("Task.businessStatus");
        });
    }

    private static String taskWithReferralStatus(String code) {
        return "{\"resourceType\":\"Task\",\"status\":\"requested\",\"intent\":\"order\",\"businessStatus\":"
                + "{\"coding\":[{\"system\":\"" + SpFhir.CANONICAL_BASE + "/CodeSystem/referral-status\",\"code\":\""
                + code + "\"}]}}";
    }

    @Test
    void sdkConformanceResources_areThemselvesValid() {
        for (IBaseResource resource : ConformanceResources.sdk()) {
            assertThat(VALIDATION.validate(resource).errors())
                    .as(resource.getIdElement().getValue())
                    .isEmpty();
        }
    }

    @Test
    void hostileText_isReportedNotThrown() throws Exception {
        Path secret = Files.writeString(temp.resolve("secret.txt"), "SECRET-5be1");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE Patient [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
                + "<Patient xmlns=\"http://hl7.org/fhir\"><name><family value=\"&xxe;\"/></name></Patient>";
        assertThat(VALIDATION.validate(xxe).issues()).singleElement().satisfies(issue -> {
            assertThat(issue.code()).isEqualTo(FhirIssueCode.INPUT_DOCTYPE);
            assertThat(issue.severity()).isEqualTo(Severity.FATAL);
            assertThat(issue.message()).doesNotContain("SECRET");
        });
        String deep = NestedInputs.jsonArrays(10_000);
        assertThat(VALIDATION.validate(deep).issues())
                .singleElement()
                .satisfies(issue -> assertThat(issue.code()).isEqualTo(FhirIssueCode.INPUT_TOO_DEEP));
        assertThat(VALIDATION.validate("hello").issues())
                .singleElement()
                .satisfies(issue -> assertThat(issue.code()).isEqualTo(FhirIssueCode.INPUT_UNKNOWN_FORMAT));
    }

    @Test
    void deepestInput_validatesWithoutStackOverflow() {
        // At the default limit as text (JSON 127 deep, XML 64 elements deep), and at the highest limit as resources
        // (JSON 249 deep; XML 125 elements deep, which HAPI hands to the validator as JSON 247 deep).
        assertThat(VALIDATION.validate(NestedInputs.jsonExtensions(63)).issues())
                .noneSatisfy(FhirValidationTest::isFatal);
        assertThat(VALIDATION.validate(NestedInputs.xmlExtensions(62)).issues())
                .noneSatisfy(FhirValidationTest::isFatal);
        FhirResourceReader deepest =
                FhirResourceReader.withLimits(InputLimits.defaults().withMaxDepth(InputLimits.MAX_DEPTH));
        assertThat(VALIDATION
                        .validate(deepest.parse(NestedInputs.jsonExtensions(124), Patient.class))
                        .issues())
                .noneSatisfy(FhirValidationTest::isFatal);
        assertThat(VALIDATION
                        .validate(deepest.parse(NestedInputs.xmlExtensions(123), Patient.class))
                        .issues())
                .noneSatisfy(FhirValidationTest::isFatal);
    }

    private static void isFatal(ValidationIssue issue) {
        assertThat(issue.severity()).isEqualTo(Severity.FATAL);
    }

    @Test
    void concurrentValidation_givesTheSameReports() throws Exception {
        ValidationReport expected = VALIDATION.validate(BAD_GENDER);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<ValidationReport>> tasks = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                tasks.add(() -> VALIDATION.validate(BAD_GENDER));
            }
            for (Future<ValidationReport> result : pool.invokeAll(tasks)) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void operationOutcome_carriesTheReport() {
        ValidationReport report = VALIDATION.validate(BAD_GENDER);
        OperationOutcome outcome = VALIDATION.validateToOperationOutcome(BAD_GENDER);
        assertThat(outcome.getIssue()).hasSameSizeAs(report.issues());
        assertThat(outcome.getIssueFirstRep().getSeverity()).isEqualTo(IssueSeverity.ERROR);
        assertThat(outcome.getIssueFirstRep().getExpression().get(0).getValue()).isEqualTo("Patient.gender");
        assertThat(outcome.getIssueFirstRep().getDetails().getCodingFirstRep().getCode())
                .isEqualTo("fhir.validation.terminology");
        Patient patient = FhirResourceReader.standard().parse(VALID_PATIENT, Patient.class);
        assertThat(VALIDATION.validateToOperationOutcome(patient).getIssue())
                .singleElement()
                .satisfies(issue -> assertThat(issue.getSeverity()).isEqualTo(IssueSeverity.INFORMATION));
    }

    @Test
    void operationOutcome_isItselfValidFhir() {
        OperationOutcome outcome = OperationOutcomes.from(VALIDATION
                .validate(BAD_GENDER)
                .and(ValidationReport.of(ValidationIssue.of(FhirIssueCode.INPUT_TOO_LARGE, "", "is larger"))));
        assertThat(VALIDATION.validate(outcome).errors()).isEmpty();
    }

    private static final String QUESTIONNAIRE = "{\"resourceType\":\"Questionnaire\",\"url\":"
            + "\"https://example.org/Questionnaire/q\",\"version\":\"2\",\"status\":\"draft\",\"item\":[{\"linkId\":"
            + "\"q1\",\"type\":\"choice\",\"answerOption\":[{\"valueString\":\"yes\"},{\"valueString\":\"no\"}]}]}";

    private static String responseTo(String questionnaire, String answer) {
        return "{\"resourceType\":\"QuestionnaireResponse\",\"questionnaire\":\"" + questionnaire + "\","
                + "\"status\":\"completed\",\"item\":[{\"linkId\":\"q1\",\"answer\":[{\"valueString\":\"" + answer
                + "\"}]}]}";
    }

    @Test
    void addedQuestionnaire_checksItsResponses() {
        FhirValidation validation = FhirValidation.builder()
                .addConformanceResource(FhirResourceReader.standard().parse(QUESTIONNAIRE, Questionnaire.class))
                .build();
        assertThatQuestionnaireIsUsed(validation);
    }

    @Test
    void questionnaireInAFolder_checksItsResponses() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("questionnaires"));
        Files.writeString(folder.resolve("Questionnaire-q.json"), QUESTIONNAIRE);
        assertThatQuestionnaireIsUsed(
                FhirValidation.builder().addConformanceFolder(folder).build());
    }

    private static void assertThatQuestionnaireIsUsed(FhirValidation validation) {
        assertThat(validation
                        .validate(responseTo("https://example.org/Questionnaire/q|2", "yes"))
                        .issues())
                .isEmpty();
        assertThat(validation
                        .validate(responseTo("https://example.org/Questionnaire/q", "yes"))
                        .issues())
                .isEmpty();
        assertThat(validation
                        .validate(responseTo("https://example.org/Questionnaire/q|2", "maybe"))
                        .errors())
                .singleElement()
                .satisfies(issue -> assertThat(issue.path()).isEqualTo("QuestionnaireResponse.item[0].answer[0]"));
    }

    @Test
    void responseToAnUnknownQuestionnaire_isOneWarning() {
        // Not example.org: HAPI says nothing about example URLs it cannot resolve.
        String unknown = SpFhir.CANONICAL_BASE + "/Questionnaire/unknown";
        ValidationReport report = VALIDATION.validate(responseTo(unknown, "maybe"));
        assertThat(report.errors()).isEmpty();
        assertThat(report.warnings())
                .singleElement()
                .satisfies(issue -> assertThat(issue.message()).contains(unknown));
    }

    @Test
    void builder_rejectsResourcesThatAreNotConformanceResources() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> FhirValidation.builder().addConformanceResource(new Patient()))
                .satisfies(e -> assertThat(e.value()).contains("Patient"));
    }

    @Test
    void build_failsOnAMissingFolderOrPackage() {
        Path missing = temp.resolve("missing");
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() ->
                        FhirValidation.builder().addConformanceFolder(missing).build())
                .satisfies(e -> assertThat(e.field()).isEqualTo("conformanceFolder"));
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(
                        () -> FhirValidation.builder().addNpmPackage(missing).build())
                .satisfies(e -> assertThat(e.field()).isEqualTo("npmPackage"));
    }
}

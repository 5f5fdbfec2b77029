package org.socialprescribing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialprescribing.fhir.FhirResourceReader;
import org.socialprescribing.fhir.validation.FhirValidation;
import org.socialprescribing.model.ValidationIssue;
import org.socialprescribing.model.ValidationReport;

class FhirQuestionnaireAndScoreCommandTest {

    /** A PHQ-9 response (public-domain instrument): item weights 2,1,3,2,1,0,2,1,1 sum to 13, band 10-14 moderate. */
    private static final Path PHQ9_RESPONSE = Path.of("src", "test", "resources", "fhir", "phq9-response.json");

    /** Published third-party responses, kept (with their sources and licences) by sp-fhir's tests. */
    private static final Path THIRD_PARTY =
            Path.of("..", "sp-fhir", "src", "test", "resources", "third-party", "questionnaires");

    private static Bundle bundle(String json) {
        return FhirResourceReader.standard().parse(json, Bundle.class);
    }

    /** Every entry has a fullUrl, no two the same, and every Observation's derivedFrom is the response. */
    private static void assertFullUrlsAndDerivedFrom(Bundle bundle, String response) {
        Set<String> fullUrls = new HashSet<>();
        for (BundleEntryComponent entry : bundle.getEntry()) {
            assertThat(entry.getFullUrl()).startsWith("urn:uuid:");
            assertThat(fullUrls.add(entry.getFullUrl())).isTrue();
            if (entry.getResource() instanceof Observation) {
                assertThat(((Observation) entry.getResource())
                                .getDerivedFromFirstRep()
                                .getReference())
                        .isEqualTo(response);
            }
        }
    }

    @TempDir
    Path folder;

    @Test
    void questionnaire_printsTheInstrumentsQuestionnaire() {
        SpRunner.Result result = SpRunner.run("fhir", "questionnaire", "phq9");

        assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(result.out())
                .contains("\"resourceType\": \"Questionnaire\"")
                .contains("\"url\": \"https://fhir.socialprescribing.org/Questionnaire/phq9\"")
                .contains("http://hl7.org/fhir/StructureDefinition/itemWeight");
    }

    @Test
    void questionnaire_ofALicensedInstrumentHasNoItemWording() {
        SpRunner.Result result = SpRunner.run("fhir", "questionnaire", "wemwbs");

        assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(result.out()).contains("\"text\": \"Item 1\"").doesNotContainIgnoringCase("optimistic");
    }

    @Test
    void questionnaire_ofAnUnknownInstrumentIsAUsageError() {
        SpRunner.Result result = SpRunner.run("fhir", "questionnaire", "nosuch");

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err()).startsWith("sp: unknown instrument 'nosuch'");
    }

    @Test
    void score_printsTheScoreObservationsDerivedFromTheResponse() throws IOException {
        SpRunner.Result result = SpRunner.run("fhir", "score", PHQ9_RESPONSE.toString());

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.OK);
        assertThat(result.out())
                .contains("\"type\": \"collection\"")
                .contains("\"code\": \"44261-6\"")
                .contains("\"valueInteger\": 13")
                .contains("\"code\": \"band.moderate\"")
                .contains("derivedFrom");
    }

    @Test
    void score_writesAValidBundleWhoseEntriesHaveFullUrls() {
        SpRunner.Result result = SpRunner.run("fhir", "score", PHQ9_RESPONSE.toString());

        Bundle bundle = bundle(result.out());
        assertThat(bundle.getEntry()).hasSize(1);
        assertFullUrlsAndDerivedFrom(bundle, "QuestionnaireResponse/phq9-example");
        ValidationReport report = FhirValidation.builder().build().validate(result.out());
        assertThat(report.errors()).as("%s", report).isEmpty();
    }

    @Test
    void score_readsAnLhcFormsResponse_carryingItInTheBundleSinceItHasNoId() {
        SpRunner.Result result = SpRunner.run(
                "fhir",
                "score",
                THIRD_PARTY.resolve("lhc-forms/lhc-forms-phq9-response-a.json").toString());

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.OK);
        Bundle bundle = bundle(result.out());
        assertThat(bundle.getEntry()).hasSize(2);
        assertThat(bundle.getEntryFirstRep().getResource()).isInstanceOf(QuestionnaireResponse.class);
        assertFullUrlsAndDerivedFrom(bundle, bundle.getEntryFirstRep().getFullUrl());
        assertThat(result.out()).contains("\"valueInteger\": 10");
        assertThat(result.err())
                .contains("INFORMATION fhir.questionnaire.matched")
                .contains("INFORMATION fhir.questionnaire.answer-recorded at QuestionnaireResponse.item[10].answer[0]")
                .doesNotContain("WARNING");
        // What the SDK writes is valid; the response it carries claims a profile the validator does not have.
        ValidationReport report = FhirValidation.builder().build().validate(result.out());
        assertThat(report.errors())
                .as("%s", report)
                .extracting(ValidationIssue::message)
                .allMatch(message ->
                        message.contains("http://hl7.org/fhir/4.0/StructureDefinition/QuestionnaireResponse"));
    }

    @Test
    void score_readsTheMiiResponseThroughItsQuestionnaire_andReportsTheLinkIdMismatch() {
        Path mii = THIRD_PARTY.resolve("mii-pro");
        SpRunner.Result result = SpRunner.run(
                "fhir",
                "score",
                mii.resolve("QuestionnaireResponse-mii-exa-pro-phq-9-response.json")
                        .toString(),
                "--questionnaire",
                mii.resolve("Questionnaire-mii-qst-pro-phq-9.json").toString(),
                "--questionnaire",
                mii.resolve("ValueSet-mii-vs-pro-phq-9-answer-list-ll358-3.json")
                        .toString());

        assertThat(result.exitCode()).isEqualTo(ExitCode.DATA_PROBLEMS);
        assertThat(result.out()).contains("\"resourceType\": \"OperationOutcome\"");
        assertThat(result.err())
                .contains("ERROR fhir.questionnaire.unmatched at QuestionnaireResponse.item: none of the response's"
                        + " linkIds (PHQ.1, PHQ.2");
    }

    @Test
    void score_ofAResponseMatchingNothing_namesItsQuestionnaireAndHowToSupplyIt() {
        SpRunner.Result result = SpRunner.run(
                "fhir",
                "score",
                THIRD_PARTY
                        .resolve("mii-pro/QuestionnaireResponse-mii-exa-pro-phq-9-response.json")
                        .toString());

        assertThat(result.exitCode()).isEqualTo(ExitCode.DATA_PROBLEMS);
        assertThat(result.err())
                .contains("names the Questionnaire 'Questionnaire/mii-qst-pro-phq-9'")
                .contains("sp fhir score --questionnaire FILE");
    }

    @Test
    void score_withAnUnknownInstrumentOrDefinitionIsAUsageError() throws IOException {
        assertThat(SpRunner.run("fhir", "score", PHQ9_RESPONSE.toString(), "--instrument", "nosuch")
                        .exitCode())
                .isEqualTo(ExitCode.USAGE);
        SpRunner.Result patient = SpRunner.run(
                "fhir",
                "score",
                PHQ9_RESPONSE.toString(),
                "--questionnaire",
                Files.writeString(folder.resolve("p.json"), "{\"resourceType\": \"Patient\"}")
                        .toString());
        assertThat(patient.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(patient.err()).contains("a Patient, not a Questionnaire");
    }

    @Test
    void score_ofAnOutOfRangeAnswerReportsTheItemAndExitsOne() throws IOException {
        String response = Files.readString(PHQ9_RESPONSE).replaceFirst("\"valueDecimal\": 2", "\"valueDecimal\": 7");
        Path bad = Files.writeString(folder.resolve("bad.json"), response);

        SpRunner.Result result = SpRunner.run("fhir", "score", bad.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCode.DATA_PROBLEMS);
        assertThat(result.out()).contains("\"resourceType\": \"OperationOutcome\"");
        assertThat(result.err()).contains("QuestionnaireResponse.item[0]");
    }

    /** The HL7 PHR IG's Questionnaires and responses in one collection Bundle, as an IG's example Bundle holds them. */
    private Path phrCollection() throws IOException {
        StringBuilder json = new StringBuilder("{\"resourceType\": \"Bundle\", \"type\": \"collection\", \"entry\": [");
        String[] files = {
            "Questionnaire-phq9.json",
            "QuestionnaireResponse-phq9.json",
            "Questionnaire-gad7.json",
            "QuestionnaireResponse-gad7.json"
        };
        for (int i = 0; i < files.length; i++) {
            String kind = files[i].substring(0, files[i].indexOf('-'));
            String id = files[i].substring(files[i].indexOf('-') + 1, files[i].length() - ".json".length());
            json.append(i == 0 ? "" : ",")
                    .append("{\"fullUrl\": \"http://hl7.org/fhir/uv/phr/")
                    .append(kind)
                    .append('/')
                    .append(id)
                    .append("\", \"resource\": ")
                    .append(Files.readString(THIRD_PARTY.resolve("phr-ig").resolve(files[i])))
                    .append('}');
        }
        return Files.writeString(
                folder.resolve("phr-bundle.json"), json.append("]}").toString());
    }

    @Test
    void score_ofABundle_scoresEveryResponseThroughTheQuestionnairesInIt() throws IOException {
        SpRunner.Result result = SpRunner.run("fhir", "score", phrCollection().toString());

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.OK);
        Bundle bundle = bundle(result.out());
        assertThat(bundle.getEntry()).hasSize(2);
        assertThat(bundle.getEntry())
                .extracting(entry -> ((Observation) entry.getResource())
                        .getDerivedFromFirstRep()
                        .getReference())
                .containsExactly(
                        "http://hl7.org/fhir/uv/phr/QuestionnaireResponse/phq9",
                        "http://hl7.org/fhir/uv/phr/QuestionnaireResponse/gad7");
        assertThat(result.err())
                .contains("INFORMATION fhir.questionnaire.matched at Bundle.entry[1].resource.questionnaire: read as"
                        + " phq9 version 1 through the supplied Questionnaire")
                .doesNotContain("WARNING");
    }

    @Test
    void score_ofABundleWithoutResponses_orOfAnotherResource_exitsOne() throws IOException {
        Path empty = Files.writeString(
                folder.resolve("empty.json"), "{\"resourceType\": \"Bundle\", \"type\": \"collection\"}");
        SpRunner.Result none = SpRunner.run("fhir", "score", empty.toString());
        assertThat(none.exitCode()).isEqualTo(ExitCode.DATA_PROBLEMS);
        assertThat(none.err()).contains("holds no QuestionnaireResponse to score");

        Path patient = Files.writeString(folder.resolve("patient.json"), "{\"resourceType\": \"Patient\"}");
        SpRunner.Result other = SpRunner.run("fhir", "score", patient.toString());
        assertThat(other.exitCode()).isEqualTo(ExitCode.DATA_PROBLEMS);
        assertThat(other.err()).contains("is neither a QuestionnaireResponse nor a Bundle of them");
    }
}

package org.socialprescribing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FhirQuestionnaireAndScoreCommandTest {

    /** A PHQ-9 response (public-domain instrument): item weights 2,1,3,2,1,0,2,1,1 sum to 13, band 10-14 moderate. */
    private static final Path PHQ9_RESPONSE = Path.of("src", "test", "resources", "fhir", "phq9-response.json");

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
    void score_ofAnOutOfRangeAnswerReportsTheItemAndExitsOne() throws IOException {
        String response = Files.readString(PHQ9_RESPONSE).replaceFirst("\"valueDecimal\": 2", "\"valueDecimal\": 7");
        Path bad = Files.writeString(folder.resolve("bad.json"), response);

        SpRunner.Result result = SpRunner.run("fhir", "score", bad.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCode.DATA_PROBLEMS);
        assertThat(result.out()).contains("\"resourceType\": \"OperationOutcome\"");
        assertThat(result.err()).contains("QuestionnaireResponse.item[0]");
    }
}

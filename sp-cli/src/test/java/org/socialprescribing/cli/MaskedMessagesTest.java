package org.socialprescribing.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialprescribing.model.PersonalData;

/**
 * Issue 11, item 9: an NHS number given in the wrong field (an answer, a birth date, an ODS code, a postcode, a
 * charity number) is quoted by the message that rejects it, and must be masked there, on stdout and stderr alike.
 * Each test reproduces one case the issue lists. The number is written together, spaced or hyphenated.
 */
class MaskedMessagesTest {

    /** A valid NHS number (the one from the issue); only its last four digits may be printed. */
    private static final String NUMBER = "9960308243";

    private static final String SPACED = "996 030 8243";
    private static final String HYPHENATED = "996-030-8243";
    private static final String MASKED = "*** *** 8243";

    private static final Path STAR =
            Path.of("src", "main", "resources", "org", "socialprescribing", "cli", "demo", "demo-star.json");

    @TempDir
    static Path demo;

    @BeforeAll
    static void writeDemoEpisodes() {
        assertThat(SpRunner.run("demo", "-o", demo.toString()).exitCode()).isEqualTo(ExitCode.OK);
    }

    /** Fails, showing the text masked, if it holds an NHS number in clear. */
    private static void assertNoNumberIn(SpRunner.Result result) {
        assertNoNumberIn(result.out(), result.err());
    }

    private static void assertNoNumberIn(String... texts) {
        for (String text : texts) {
            String masked = PersonalData.mask(text);
            if (!masked.equals(text)) {
                fail("an NHS number is printed in clear (shown masked here):%n%s", masked);
            }
        }
    }

    @Test
    void score_messageColumn_masksTheCellItQuotes(@TempDir Path dir) {
        String csv = TestFiles.write(
                dir,
                "answers.csv",
                "id,swemwbs_1,swemwbs_2,swemwbs_3,swemwbs_4,swemwbs_5,swemwbs_6,swemwbs_7\n"
                        + "r1," + NUMBER + ",3,3,3,3,3,3\n"
                        + "r2," + SPACED + ",3,3,3,3,3,3\n"
                        + "r3," + HYPHENATED + ",3,3,3,3,3,3\n");

        for (String format : new String[] {"csv", "json"}) {
            SpRunner.Result result = SpRunner.run("score", "swemwbs", csv, "--format", format);

            assertThat(result.exitCode()).isEqualTo(ExitCode.DATA_PROBLEMS);
            assertThat(result.out())
                    .contains("swemwbs_1: " + MASKED + " is outside 1..5")
                    .contains("swemwbs_1: " + MASKED + " is not an integer");
            assertNoNumberIn(result);
        }
    }

    @Test
    void change_messageColumn_masksTheCellItQuotes(@TempDir Path dir) {
        String header = "id,swemwbs_1,swemwbs_2,swemwbs_3,swemwbs_4,swemwbs_5,swemwbs_6,swemwbs_7\n";
        String baseline = TestFiles.write(dir, "b.csv", header + "p1," + NUMBER + ",3,3,3,3,3,3\n");
        String followUp = TestFiles.write(dir, "f.csv", header + "p1,4,4,4,4,4,4,4\n");

        SpRunner.Result result = SpRunner.run("change", "swemwbs", baseline, followUp);

        assertThat(result.out()).contains("swemwbs_1: " + MASKED + " is outside 1..5");
        assertNoNumberIn(result);
    }

    @Test
    void fhirImport_ofABirthDateThatIsAnNhsNumber(@TempDir Path dir) throws IOException {
        String bundle =
                exportedBundle().replaceFirst("\"birthDate\": \"[0-9-]+\"", "\"birthDate\": \"" + NUMBER + "\"");
        Path file = Files.writeString(dir.resolve("bundle.json"), bundle);

        SpRunner.Result result = SpRunner.run("fhir", "import", file.toString(), "--definition", STAR.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err()).contains("birthDate: '" + MASKED + "'");
        assertNoNumberIn(result);
        assertNoNumberIn(SpRunner.run("fhir", "import", "--debug", file.toString(), "--definition", STAR.toString()));
    }

    @Test
    void fhirValidate_textAndJson(@TempDir Path dir) throws IOException {
        String bundle =
                exportedBundle().replaceFirst("\"birthDate\": \"[0-9-]+\"", "\"birthDate\": \"" + SPACED + "\"");
        Path file = Files.writeString(dir.resolve("bundle.json"), bundle);

        SpRunner.Result text = SpRunner.run("fhir", "validate", file.toString());
        SpRunner.Result json = SpRunner.run("fhir", "validate", "--format", "json", file.toString());

        assertThat(text.out()).contains("'" + MASKED + "'");
        assertThat(json.out()).contains("'" + MASKED + "'").contains("OperationOutcome");
        assertNoNumberIn(text);
        assertNoNumberIn(json);
    }

    @Test
    void fhirScore_ofAnAnswerCodeThatIsAnNhsNumber(@TempDir Path dir) throws IOException {
        String response = Files.readString(Path.of("src", "test", "resources", "fhir", "phq9-response.json"))
                .replaceFirst("\"code\": \"LA6570-1\"", "\"code\": \"" + HYPHENATED + "\"")
                .replaceFirst("\"linkId\": \"phq9_2\"", "\"linkId\": \"" + NUMBER + "\"");
        Path file = Files.writeString(dir.resolve("response.json"), response);

        SpRunner.Result result = SpRunner.run("fhir", "score", file.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCode.DATA_PROBLEMS);
        assertThat(result.out()).contains("OperationOutcome").contains("'" + MASKED + "'");
        assertThat(result.err()).contains("'" + MASKED + "'");
        assertNoNumberIn(result);
    }

    @Test
    void episode_withAnOdsCodeOrPostcodeThatIsAnNhsNumber(@TempDir Path dir) throws IOException {
        String episode = Files.readString(demo.resolve("episodes/EP-101.json"));
        Path ods = Files.writeString(
                dir.resolve("ods.json"),
                episode.replaceFirst("\"odsCode\":\"[A-Z0-9]+\"", "\"odsCode\":\"" + NUMBER + "\""));
        Path postcode = Files.writeString(
                dir.resolve("postcode.json"),
                episode.replaceFirst("\"birthDate\":", "\"postcode\":\"" + SPACED + "\",\"birthDate\":"));

        for (Path file : new Path[] {ods, postcode}) {
            SpRunner.Result result = SpRunner.run("fhir", "export", file.toString(), "--definition", STAR.toString());

            assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
            assertThat(result.err()).contains("'" + MASKED + "'");
            assertNoNumberIn(result);
        }
    }

    @Test
    void directory_postcodeAndCharityNumberWarnings(@TempDir Path dir) throws IOException {
        String services = Files.readString(Path.of("src", "test", "resources", "directory", "services.json"))
                .replace("\"identifier\": \"1199001\"", "\"identifier\": \"" + NUMBER + "\"")
                .replace("\"postal_code\": \"ZZ99 9ZZ\"", "\"postal_code\": \"" + SPACED + "\"");
        Path file = Files.writeString(dir.resolve("services.json"), services);

        for (String command : new String[] {"import", "to-fhir"}) {
            SpRunner.Result result = SpRunner.run("directory", command, file.toString());

            assertThat(result.err())
                    .contains("charityNumber: '" + MASKED + "'")
                    .contains("'" + MASKED + "' is not a UK postcode");
            assertNoNumberIn(result.err());
        }
    }

    @Test
    void usageErrors_quotingAnArgument() {
        assertNoNumberIn(SpRunner.run("score", NUMBER));
        assertNoNumberIn(SpRunner.run("score", "swemwbs", "--format", SPACED));
        assertNoNumberIn(SpRunner.run("fhir", "questionnaire", HYPHENATED));
        assertNoNumberIn(SpRunner.run("score", "swemwbs", "no-such-file-" + NUMBER + ".csv"));
    }

    private static String exportedBundle() {
        SpRunner.Result exported = SpRunner.run(
                "fhir", "export", demo.resolve("episodes/EP-101.json").toString(), "--definition", STAR.toString());
        assertThat(exported.exitCode()).as(exported.err()).isEqualTo(ExitCode.OK);
        return exported.out();
    }
}

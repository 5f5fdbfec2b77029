package org.socialprescribing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialprescribing.model.episode.SocialPrescribingEpisode;
import org.socialprescribing.model.json.SpJson;

class FhirExportImportCommandTest {

    /** The demo's invented star, needed because the demo episodes carry star readings. */
    private static final Path STAR =
            Path.of("src", "main", "resources", "org", "socialprescribing", "cli", "demo", "demo-star.json");

    private static final Path INTAKE = Path.of("..", "sp-fhir", "src", "test", "resources", "intake");

    @TempDir
    static Path demo;

    private static Path episode;

    /** The demo's first episode (SDK JSON, with ONS4 and SWEMWBS scores) is the input. */
    @BeforeAll
    static void writeDemoEpisodes() {
        assertThat(SpRunner.run("demo", "-o", demo.toString()).exitCode()).isEqualTo(ExitCode.OK);
        episode = demo.resolve("episodes/EP-101.json");
    }

    @Test
    void exportThenImport_givesBackTheSameEpisode(@TempDir Path folder) throws IOException {
        SpRunner.Result exported = SpRunner.run("fhir", "export", episode.toString(), "--definition", STAR.toString());
        assertThat(exported.exitCode()).as(exported.err()).isEqualTo(ExitCode.OK);
        assertThat(exported.out()).contains("\"type\": \"transaction\"").contains("871731000000106");
        Path bundle = Files.writeString(folder.resolve("bundle.json"), exported.out());

        SpRunner.Result imported = SpRunner.run("fhir", "import", bundle.toString(), "--definition", STAR.toString());

        assertThat(imported.exitCode()).as(imported.err()).isEqualTo(ExitCode.OK);
        SocialPrescribingEpisode original = SpJson.parseEpisode(Files.readString(episode));
        assertThat(SpJson.parseEpisode(imported.out())).isEqualTo(original);
    }

    @Test
    void exportedBundle_validatesWithoutErrors(@TempDir Path folder) throws IOException {
        String bundle = SpRunner.run("fhir", "export", episode.toString(), "--definition", STAR.toString())
                .out();
        Path file = Files.writeString(folder.resolve("bundle.json"), bundle);

        SpRunner.Result result = SpRunner.run("fhir", "validate", "--quiet", file.toString());

        assertThat(result.exitCode()).as(result.out()).isEqualTo(ExitCode.OK);
    }

    @Test
    void import_ofABundleWithADanglingReferenceFailsWithItsLocation(@TempDir Path folder) throws IOException {
        String bundle = SpRunner.run("fhir", "export", episode.toString(), "--definition", STAR.toString())
                .out();
        String broken =
                bundle.replaceFirst("\"reference\": \"urn:uuid:[0-9a-f-]+\"", "\"reference\": \"urn:uuid:nowhere\"");
        Path file = Files.writeString(folder.resolve("broken.json"), broken);

        SpRunner.Result result = SpRunner.run("fhir", "import", file.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err())
                .startsWith("sp: " + file + ": refused")
                .contains(file + ": ERROR fhir.input.unresolved-reference at Bundle.entry[")
                .doesNotContain("\tat ");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void import_ofAGravityReferral_printsEveryWarningOnALine_andExitsOne() {
        Path gravity = INTAKE.resolve("gravity/referral-accepted.json");

        SpRunner.Result result = SpRunner.run("fhir", "import", gravity.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCode.DATA_PROBLEMS);
        SocialPrescribingEpisode episode = SpJson.parse(result.out(), SocialPrescribingEpisode.class);
        assertThat(episode.status().name()).isEqualTo("ACCEPTED");
        assertThat(result.err().lines())
                .allSatisfy(line -> assertThat(line).startsWith(gravity + ": "))
                .anySatisfy(
                        line -> assertThat(line).contains("WARNING fhir.input.address-outside-uk at Bundle.entry[2]"))
                .anySatisfy(line -> assertThat(line).contains("INFORMATION fhir.input.intake-pattern"));
    }

    @Test
    void import_ofABundleWithNoReferral_isRefused_withEveryProblem_andExitsTwo() {
        Path booking = INTAKE.resolve("bars/POST-body-booking.json");

        SpRunner.Result result = SpRunner.run("fhir", "import", booking.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.out()).isEmpty();
        assertThat(result.err())
                .contains("ERROR fhir.input.missing-element at Bundle: holds no ServiceRequest")
                .contains("WARNING fhir.input.unexpected-resource at Bundle.entry[2].resource")
                .startsWith("sp: " + booking + ": refused: 1 error(s)");
    }

    @Test
    void anIncompleteEpisode_isConvertedBothWays_andCheckSaysWhatIsMissing(@TempDir Path folder) throws IOException {
        // The demo episode as a referral often arrives: no NHS number yet, no risks recorded.
        String json = Files.readString(episode)
                .replaceFirst("\"nhsNumber\":\"\\d{10}\",", "")
                .replace("\"risks\":{\"noKnownRisks\":true,\"entries\":[]},", "");
        SocialPrescribingEpisode incomplete = SpJson.parseEpisode(json);
        assertThat(incomplete.risks()).isEmpty();
        assertThat(incomplete.person().nhsNumber()).isEmpty();
        Path file = Files.writeString(folder.resolve("incomplete.json"), json);

        SpRunner.Result plain = SpRunner.run("fhir", "export", file.toString(), "--definition", STAR.toString());
        assertThat(plain.exitCode()).as(plain.err()).isEqualTo(ExitCode.OK);
        SpRunner.Result checked = SpRunner.run(
                "fhir", "export", file.toString(), "--definition", STAR.toString(), "--check", "national-dataset");
        assertThat(checked.exitCode()).isEqualTo(ExitCode.DATA_PROBLEMS);
        assertThat(checked.out()).as("the Bundle is written either way").contains("\"type\": \"transaction\"");
        assertThat(checked.err())
                .contains(file + ": ERROR episode.risks.missing at risks: ")
                .contains(file + ": ERROR person.nhs-number.missing at person.nhsNumber: ");

        Path bundle = Files.writeString(folder.resolve("bundle.json"), plain.out());
        SpRunner.Result imported =
                SpRunner.run("fhir", "import", bundle.toString(), "--definition", STAR.toString(), "--check", "prsb");
        assertThat(imported.exitCode()).isEqualTo(ExitCode.DATA_PROBLEMS);
        assertThat(imported.err()).contains("ERROR episode.risks.missing at risks: ");
        assertThat(SpJson.parseEpisode(imported.out())).isEqualTo(incomplete);
    }

    @Test
    void check_ofAnUnknownGroupIsAUsageError() {
        SpRunner.Result result = SpRunner.run("fhir", "export", episode.toString(), "--check", "everything");
        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err()).contains("'everything' must be one of prsb, national-dataset, provider, message-back");
    }

    @Test
    void export_ofSomethingThatIsNotAnEpisodeIsAUsageError(@TempDir Path folder) throws IOException {
        Path file = Files.writeString(folder.resolve("not-an-episode.json"), "{\"hello\": 1}");

        SpRunner.Result result = SpRunner.run("fhir", "export", file.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err()).startsWith("sp: " + file + ": not an SDK episode");
    }

    @Test
    void directoryToFhir_writesHealthcareServices() {
        SpRunner.Result result = SpRunner.run(
                "directory", "to-fhir", demo.resolve("directory/services.json").toString());

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.OK);
        assertThat(result.out())
                .contains("\"resourceType\": \"HealthcareService\"")
                .contains("Telephone befriending");
        assertThat(result.err()).contains("6 service(s) converted to");
    }
}

package org.socialprescribing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialprescribing.model.json.SpJson;

class DemoCommandTest {

    @Test
    void demo_runsEndToEndAndWritesItsFiles(@TempDir Path folder) throws IOException {
        SpRunner.Result result = SpRunner.run("demo", "--output", folder.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(result.out())
                .contains("1. A primary care network and its link worker")
                .contains("2. A directory of local VCSE services (Open Referral UK)")
                .contains("6 services read from an ORUK page and mapped to SDK services (0 mapping warnings)")
                .contains("     - Telephone befriending (Riverside Friends (synthetic)), telephone")
                .contains("3. Referrals and their journeys")
                .containsPattern("Complete for the national dataset: \\d+ of 12; the others lack: .*"
                        + "person\\.stated-gender\\.missing x12")
                .contains("4. Scores at baseline and discharge")
                .contains("5. What changed")
                .contains("6. FHIR R4: a transaction Bundle per episode, validated offline")
                .contains("Validated against FHIR R4, the SDK profiles and each response's Questionnaire: 0 error(s)")
                .contains("FHIR -> SDK gives back every episode unchanged: yes")
                .contains("SWEMWBS (metric), n=9")
                .contains("files written to");
        // Personal data stays masked in what the demo prints.
        assertThat(result.out()).contains("Person[*** *** ").doesNotContain("Okafor");
        assertThat(folder.resolve("scores.csv")).isRegularFile();
        assertThat(folder.resolve("directory/services.json")).isRegularFile();
        assertThat(folder.resolve("fhir/EP-101.bundle.json")).isRegularFile();
        assertThat(folder.resolve("fhir/EP-101.message-back.json")).isRegularFile();
        Path episode = folder.resolve("episodes/EP-101.json");
        assertThat(SpJson.parseEpisode(Files.readString(episode)).episodeId()).contains("EP-101");

        // The licensee's star is written where 'sp fhir validate --package' finds it, so every response, star
        // readings included, is checked against its Questionnaire.
        Path conformance = folder.resolve("conformance");
        assertThat(conformance.resolve("Questionnaire-demo-star.json")).isRegularFile();
        SpRunner.Result validated = SpRunner.run(
                "fhir",
                "validate",
                "--package",
                conformance.toString(),
                folder.resolve("fhir/EP-101.bundle.json").toString());
        assertThat(validated.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(validated.out()).contains("EP-101.bundle.json: WARNING").doesNotContain("could not be resolved");
    }

    @Test
    void demo_isTheSameEveryTime(@TempDir Path one, @TempDir Path two) throws IOException {
        String first = SpRunner.run("demo", "-o", one.toString()).out().replace(one.toString(), "DIR");
        String second = SpRunner.run("demo", "-o", two.toString()).out().replace(two.toString(), "DIR");
        assertThat(first).isEqualTo(second);
        assertThat(Files.readString(one.resolve("scores.csv"))).isEqualTo(Files.readString(two.resolve("scores.csv")));
    }
}

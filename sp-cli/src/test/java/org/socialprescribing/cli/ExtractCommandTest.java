package org.socialprescribing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialprescribing.measures.extract.ExtractRow;
import org.socialprescribing.model.episode.SocialPrescribingEpisode;
import org.socialprescribing.model.json.SpJson;

class ExtractCommandTest {

    private static final Path STAR =
            Path.of("src", "main", "resources", "org", "socialprescribing", "cli", "demo", "demo-star.json");

    @TempDir
    static Path demo;

    private static Path episode;
    private static Path key;

    @BeforeAll
    static void writeDemoEpisodesAndKey() throws IOException {
        assertThat(SpRunner.run("demo", "-o", demo.toString()).exitCode()).isEqualTo(ExitCode.OK);
        episode = demo.resolve("episodes/EP-101.json");
        key = Files.write(demo.resolve("key"), "social-prescribing-sdk-test-key-0001".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void extract_writesPseudonymisedRowsWithoutIdentifiers() throws IOException {
        SpRunner.Result result = SpRunner.run(
                "extract", episode.toString(), "--key-file", key.toString(), "--age-bands", "0-17,18-64,65+");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.OK);
        assertThat(result.out().lines().findFirst()).hasValue(String.join(",", ExtractRow.COLUMNS));
        SocialPrescribingEpisode source = SpJson.parseEpisode(Files.readString(episode));
        assertThat(result.out())
                .doesNotContain(source.person().nhsNumber().orElseThrow().value())
                .doesNotContain(
                        source.person().name().orElseThrow().familyName().orElseThrow())
                .contains(",swemwbs,");
        assertThat(result.out().lines().skip(1)).allMatch(line -> line.matches("[0-9a-f]{64},.*"));
        assertThat(result.err()).contains("0 episode(s) left out");
    }

    @Test
    void extract_ofTheFhirBundleGivesTheSameRows(@TempDir Path folder) throws IOException {
        String bundle = SpRunner.run("fhir", "export", episode.toString(), "--definition", STAR.toString())
                .out();
        Path file = Files.writeString(folder.resolve("bundle.json"), bundle);

        SpRunner.Result fromJson = SpRunner.run("extract", episode.toString(), "--key-file", key.toString(), "-q");
        SpRunner.Result fromFhir = SpRunner.run(
                "extract", file.toString(), "--key-file", key.toString(), "--definition", STAR.toString(), "-q");

        assertThat(fromFhir.exitCode()).as(fromFhir.err()).isEqualTo(ExitCode.OK);
        assertThat(fromFhir.out()).isEqualTo(fromJson.out());
    }

    @Test
    void aShortKeyOrNoKeyIsAUsageErrorThatNeverShowsTheKey(@TempDir Path folder) throws IOException {
        Path shortKey = Files.writeString(folder.resolve("short"), "secret-but-short");

        SpRunner.Result tooShort = SpRunner.run("extract", episode.toString(), "--key-file", shortKey.toString());
        SpRunner.Result none = SpRunner.run("extract", episode.toString());

        assertThat(tooShort.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(tooShort.err()).contains("at least 32").doesNotContain("secret-but-short");
        assertThat(none.exitCode()).isEqualTo(ExitCode.USAGE);
    }
}

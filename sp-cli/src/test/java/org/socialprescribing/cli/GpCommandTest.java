package org.socialprescribing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialprescribing.model.episode.SocialPrescribingEpisode;
import org.socialprescribing.model.json.SpJson;

/** {@code sp gp import} and {@code sp gp codes}: outputs, summary, exit codes, content sniffing. */
class GpCommandTest {

    private static final String HEADER = "person_id,date,code,code_system,value,practice_ods,record_id,note\n";

    @TempDir
    Path dir;

    @Test
    void import_extract_writesJsonLines_reportsRows_andSummarises() {
        String extract = TestFiles.write(
                dir,
                "extract.csv",
                HEADER
                        + "P1,2024-03-01,871731000000106,snomed,,A12345,R1,hello\n"
                        + "P1,2024-04-01,718426000,snomed,45,A12345,R2,\n"
                        + "P1,2024-04-02,718426000,snomed,99,A12345,R3,\n"
                        + "P2,2024-05-01,8T09.,read2,,B23456,,\n"
                        + "P2,2024-05-02,99999,snomed,,B23456,,\n");
        SpRunner.Result result = SpRunner.run("gp", "import", extract, "--today", "2026-12-07");
        assertThat(result.exitCode()).isEqualTo(ExitCode.DATA_PROBLEMS);
        List<String> lines = result.out().lines().collect(Collectors.toList());
        assertThat(lines).hasSize(2);
        SocialPrescribingEpisode first = SpJson.parse(lines.get(0), SocialPrescribingEpisode.class);
        assertThat(first.episodeId()).contains("P1/1");
        assertThat(first.outcomeMeasurements()).hasSize(1);
        assertThat(result.err())
                .contains(extract + ": row 3: gp.value.out-of-range: value: '99' is outside 14..70")
                .contains(extract + ": row 5: gp.code.unknown")
                .contains(extract + ": 5 rows: 3 mapped, 2 reported (gp.code.unknown 1, gp.value.out-of-range 1);"
                        + " 2 persons, 2 episodes")
                .contains("columns not read (outside the extract contract): note")
                .contains("person.ethnic-category.missing 2, person.name.missing 2, person.nhs-number.missing 2");
    }

    @Test
    void import_everyRowMapped_exitsZero_andWritesFhirBundles() throws IOException {
        String extract =
                TestFiles.write(dir, "extract.csv", HEADER + "P1,2024-03-01,871731000000106,snomed,,A12345,R1,\n");
        Path fhir = dir.resolve("fhir");
        Path output = dir.resolve("episodes.jsonl");
        SpRunner.Result result = SpRunner.run(
                "gp",
                "import",
                extract,
                "--today",
                "2026-12-07",
                "--output",
                output.toString(),
                "--to-fhir",
                fhir.toString());
        assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(result.out()).isEmpty();
        assertThat(Files.readAllLines(output)).hasSize(1);
        try (Stream<Path> files = Files.list(fhir)) {
            assertThat(files.map(path -> path.getFileName().toString())).containsExactly("episode-000001.json");
        }
        assertThat(Files.readString(fhir.resolve("episode-000001.json"))).contains("\"type\": \"transaction\"");
    }

    @Test
    void import_gpConnectJson_isToldApartByContent() {
        String record = TestFiles.write(
                dir,
                "record.txt",
                "\n  {\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[{\"resource\":{\"resourceType\":"
                        + "\"Patient\",\"id\":\"p\"}},{\"resource\":{\"resourceType\":\"ReferralRequest\",\"status\":"
                        + "\"unknown\",\"intent\":\"order\",\"authoredOn\":\"2024-03-01\",\"subject\":{\"reference\":"
                        + "\"Patient/p\"},\"reasonCode\":[{\"coding\":[{\"system\":\"http://snomed.info/sct\","
                        + "\"code\":\"871731000000106\"}]}]}}]}");
        SpRunner.Result result = SpRunner.run("gp", "import", record, "--today", "2026-12-07");
        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.OK);
        assertThat(SpJson.parse(result.out().strip(), SocialPrescribingEpisode.class)
                        .episodeId())
                .contains("Patient/p/1");
        assertThat(result.err()).contains(record + ": 1 row: 1 mapped, 0 reported; 1 person, 1 episode");
    }

    @Test
    void import_extractInAnyOrder_givesEachPersonsEpisodes_andGroupedReportsTheReturningPerson() throws IOException {
        String extract = TestFiles.write(
                dir,
                "extract.csv",
                HEADER
                        + "P2,2024-05-01,8T09.,read2,,B23456,,\n"
                        + "P1,2024-04-01,718426000,snomed,45,A12345,R2,\n"
                        + "P2,2024-06-01,1362931000000106,snomed,,B23456,,\n"
                        + "P1,2024-03-01,871731000000106,snomed,,A12345,R1,\n");
        Path temp = Files.createDirectory(dir.resolve("sort"));
        SpRunner.Result any =
                SpRunner.run("gp", "import", extract, "--today", "2026-12-07", "--temp-dir", temp.toString());
        assertThat(any.exitCode()).as(any.err()).isEqualTo(ExitCode.OK);
        List<SocialPrescribingEpisode> episodes = any.out()
                .lines()
                .map(line -> SpJson.parse(line, SocialPrescribingEpisode.class))
                .collect(Collectors.toList());
        assertThat(episodes).extracting(e -> e.episodeId().orElseThrow()).containsExactly("P2/1", "P1/1");
        assertThat(episodes.get(0).contacts()).hasSize(1);
        assertThat(episodes.get(1).outcomeMeasurements()).hasSize(1);
        try (Stream<Path> left = Files.list(temp)) {
            assertThat(left).isEmpty();
        }

        SpRunner.Result grouped = SpRunner.run("gp", "import", extract, "--today", "2026-12-07", "--grouped");
        assertThat(grouped.exitCode()).isEqualTo(ExitCode.DATA_PROBLEMS);
        // Row 3 is P2's after P1's row 2; row 4 is P1's again, contiguous with row 2 once row 3 is reported.
        assertThat(grouped.err())
                .contains(extract + ": row 3: gp.person.not-contiguous")
                .contains(extract + ": 4 rows: 3 mapped, 1 reported (gp.person.not-contiguous 1)");

        SpRunner.Result noDirectory = SpRunner.run(
                "gp", "import", extract, "--temp-dir", dir.resolve("absent").toString());
        assertThat(noDirectory.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(noDirectory.err()).contains("--temp-dir must be an existing directory");
    }

    @Test
    void import_gpConnectJsonThatHapiCannotParse_isAUsageErrorNamingTheProblem() {
        String record = TestFiles.write(
                dir,
                "record.json",
                "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[{\"resource\":"
                        + "{\"resourceType\":\"NoSuchResource\"}}]}");
        SpRunner.Result result = SpRunner.run("gp", "import", record, "--today", "2026-12-07");
        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.out()).isEmpty();
        assertThat(result.err())
                .contains("is not a FHIR STU3 resource HAPI can read: ")
                .contains("NoSuchResource");
    }

    @Test
    void import_withoutTheRequiredColumns_isAUsageError() {
        String extract = TestFiles.write(dir, "extract.csv", "id,when,what\n1,2024-01-01,x\n");
        SpRunner.Result result = SpRunner.run("gp", "import", extract);
        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("needs a column nhs_number or person_id");
    }

    @Test
    void codes_printsEveryRowWithItsSource() {
        SpRunner.Result result = SpRunner.run("gp", "codes");
        assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(result.out())
                .startsWith("# sp-gp-codes 2\nsystem\tcode\tkind\tinstrument\tcomponent\trange\tdisplay\tsource\n")
                .contains("snomed\t871731000000106\treferral\t\t\t\tReferral to social prescribing service\tGM SDE")
                .contains("snomed\t718466001\tscore\tswemwbs\t(not stated)\t7..35\t");
        assertThat(result.out().lines().count()).isEqualTo(15);
    }
}

package org.socialprescribing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FhirValidateCommandTest {

    private static final String VALID_PATIENT = "{\"resourceType\":\"Patient\",\"id\":\"p1\","
            + "\"identifier\":[{\"system\":\"https://fhir.nhs.uk/Id/nhs-number\",\"value\":\"9434765919\"}],"
            + "\"name\":[{\"family\":\"Smithson\",\"given\":[\"Joan\"]}],\"gender\":\"female\","
            + "\"birthDate\":\"1950-05-17\"}";

    private static final Path UK_CORE = Path.of("..", "..", "shared", "reference", "uk-core-2.0.2");

    @TempDir
    Path folder;

    @Test
    void validResource_exitsZeroAndSaysSo() throws IOException {
        Path patient = write("patient.json", VALID_PATIENT);

        SpRunner.Result result = SpRunner.run("fhir", "validate", patient.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(result.err()).contains("1 file(s): 1 valid, 0 with errors; 0 error(s)");
    }

    @Test
    void invalidResource_reportsTheIssueWithItsLocationAndExitsOne() throws IOException {
        Path valid = write("valid.json", VALID_PATIENT);
        Path invalid = write("invalid.json", VALID_PATIENT.replace("\"female\"", "\"woman\""));

        SpRunner.Result result = SpRunner.run("fhir", "validate", valid.toString(), invalid.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCode.DATA_PROBLEMS);
        assertThat(result.out())
                .contains(invalid + ": ERROR")
                .contains("gender")
                .doesNotContain(valid + ":");
        assertThat(result.err()).contains("2 file(s): 1 valid, 1 with errors");
    }

    @Test
    void jsonFormat_writesOneOperationOutcomePerFileAndLine() throws IOException {
        Path invalid = write("invalid.json", VALID_PATIENT.replace("\"female\"", "\"woman\""));

        SpRunner.Result result = SpRunner.run("fhir", "validate", "--format", "json", "--quiet", invalid.toString());

        assertThat(result.out().lines())
                .hasSize(1)
                .allMatch(line -> line.startsWith("{\"resourceType\":\"OperationOutcome\""));
        assertThat(result.err()).isEmpty();
    }

    @Test
    void unreadableInput_isAUsageError() throws IOException {
        SpRunner.Result missing =
                SpRunner.run("fhir", "validate", folder.resolve("nope.json").toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(missing.err())
                .startsWith("sp: ")
                .contains("nope.json: no such file")
                .doesNotContain("\tat ");

        Path binary = folder.resolve("binary.json");
        Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});
        SpRunner.Result garbage = SpRunner.run("fhir", "validate", binary.toString());
        assertThat(garbage.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(garbage.err()).contains("not UTF-8");
    }

    @Test
    void malformedJson_isReportedAsAProblemInThatFile() throws IOException {
        Path truncated = write("truncated.json", VALID_PATIENT.substring(0, 40));

        SpRunner.Result result = SpRunner.run("fhir", "validate", truncated.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCode.DATA_PROBLEMS);
        assertThat(result.out()).contains(truncated + ": FATAL");
    }

    @Test
    void ukCorePackage_checksTheProfile() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(UK_CORE), "UK Core 2.0.2 reference folder absent: " + UK_CORE);
        Path patient = write("patient.json", VALID_PATIENT);

        SpRunner.Result result = SpRunner.run(
                "fhir",
                "validate",
                "--package",
                UK_CORE.toString(),
                "--profile",
                "https://fhir.hl7.org.uk/StructureDefinition/UKCore-Patient",
                patient.toString());

        assertThat(result.exitCode()).as(result.out()).isEqualTo(ExitCode.OK);
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content);
    }
}

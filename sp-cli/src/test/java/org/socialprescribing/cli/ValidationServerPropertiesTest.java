package org.socialprescribing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.socialprescribing.fhir.FhirIssueCode;
import org.socialprescribing.fhir.OperationOutcomes;
import org.socialprescribing.fhir.SpFhir;
import org.socialprescribing.model.Severity;
import org.socialprescribing.model.ValidationIssue;
import org.socialprescribing.model.ValidationReport;

/**
 * The parsers and the mapping of {@code sp fhir serve} and its client, with random input: the root type, the
 * Parameters body, the OperationOutcome read back, and any bytes posted to the server.
 */
class ValidationServerPropertiesTest {

    private static final Pattern NO_JAVA = Pattern.compile("Exception|\\tat |\\b(java|javax|jdk|org)\\.[a-z]+\\.");

    @Property(tries = 300)
    void rootType_isTheTopLevelResourceTypeWhereverItStands(
            @ForAll("names") String type, @ForAll("fields") List<String> before, @ForAll("fields") List<String> after) {
        List<String> fields = new ArrayList<>(before);
        fields.add("\"resourceType\":\"" + type + "\"");
        fields.addAll(after);
        String json = "\n {" + String.join(",", fields) + "}";

        assertThat(RootType.of(json)).contains(type);
        assertThat(RootType.of("<?xml version=\"1.0\"?>\n<" + type + " xmlns=\"http://hl7.org/fhir\"/>"))
                .contains(type);
    }

    @Property(tries = 300)
    void rootType_neverFailsAndOnlyNamesWhatTheTextHolds(@ForAll("text") String text) {
        RootType.of(text).ifPresent(type -> assertThat(text).contains(type));
    }

    @Property(tries = 200)
    void parametersInput_passesTheResourceTextOnUnchanged(
            @ForAll("fields") List<String> fields, @ForAll("urls") List<String> profiles) throws IOException {
        String resource =
                "{\"resourceType\":\"Patient\"" + (fields.isEmpty() ? "" : "," + String.join(",", fields)) + "}";
        List<String> parts = new ArrayList<>();
        profiles.forEach(url -> parts.add("{\"name\":\"profile\",\"valueCanonical\":\"" + url + "\"}"));
        parts.add(parts.size() / 2, "{\"name\":\"resource\",\"resource\":" + resource + "}");
        String body = "{\"resourceType\":\"Parameters\",\"parameter\":[" + String.join(",", parts) + "]}";

        ParametersInput input = ParametersInput.read(body);

        assertThat(input.refusal()).isEmpty();
        assertThat(input.resource()).isEqualTo(resource);
        assertThat(input.profiles()).isEqualTo(profiles);
    }

    @Property(tries = 300)
    void parametersInput_failsOnlyAsDocumentedAndCutsTheResourceFromTheText(@ForAll("text") String text) {
        try {
            ParametersInput input = ParametersInput.read(text);
            // What it passes on is a JSON object cut from the text itself, never made up.
            if (!input.resource().isEmpty()) {
                assertThat(text).contains(input.resource());
                assertThat(input.resource()).startsWith("{").endsWith("}");
            }
        } catch (IOException e) {
            // Documented: not JSON of a Parameters' shape.
        }
    }

    @Property(tries = 300)
    void outcomeReadBack_isTheReportItWasWrittenFrom(@ForAll("issues") List<ValidationIssue> issues) {
        ValidationReport report = ValidationReport.of(issues);
        String outcome = SpFhir.newJsonParser().encodeResourceToString(OperationOutcomes.from(report));

        ValidationReport read = RemoteValidation.read("test", outcome);

        assertThat(read.issues()).hasSameSizeAs(report.issues());
        assertThat(read.issues().stream().map(ValidationIssue::toString))
                .containsExactlyElementsOf(
                        report.issues().stream().map(ValidationIssue::toString).toList());
        assertThat(read.isValid()).isEqualTo(report.isValid());
    }

    @Property(tries = 60)
    void anyBody_getsAnOperationOutcomeAndADocumentedStatus(
            @ForAll("bodies") byte[] body, @ForAll("paths") String path, @ForAll("mediaTypes") String mediaType)
            throws IOException {
        LoopbackValidator.Response answer =
                LoopbackValidator.call("POST", LoopbackValidator.smallServer() + path, mediaType, body);

        assertThat(answer.status()).as(answer.body()).isIn(200, 400, 413, 415);
        assertThat(answer.body()).startsWith("{\"resourceType\":\"OperationOutcome\"");
        assertThat(NO_JAVA.matcher(answer.body()).find()).as(answer.body()).isFalse();
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.strings()
                .withCharRange('A', 'Z')
                .ofLength(1)
                .flatMap(first -> Arbitraries.strings().alpha().ofMaxLength(20).map(rest -> first + rest));
    }

    @Provide
    Arbitrary<List<String>> fields() {
        Arbitrary<String> value = Arbitraries.oneOf(
                Arbitraries.integers().map(String::valueOf),
                Arbitraries.of("\"x\"", "true", "null", "1.50", "[1,{\"resourceType\":\"Other\"}]", "{\"a\":[]}"),
                Arbitraries.of("{\"resourceType\":\"Nested\"}", "\"resourceType\""));
        return Combinators.combine(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8), value)
                .as((name, v) -> "\"" + (name.equals("resourceType") ? "x" : name) + "\":" + v)
                .list()
                .ofMaxSize(5);
    }

    @Provide
    Arbitrary<List<String>> urls() {
        return Arbitraries.strings()
                .alpha()
                .ofMinLength(1)
                .ofMaxLength(10)
                .map(s -> "https://example.org/StructureDefinition/" + s)
                .list()
                .ofMaxSize(3);
    }

    @Provide
    Arbitrary<String> text() {
        return Arbitraries.strings()
                .withChars("{}[]\":,01e-+.aZ \n<>/=!?&;\u00e9\uFEFF")
                .withChars("resourceTypParm")
                .ofMaxLength(200);
    }

    @Provide
    Arbitrary<List<ValidationIssue>> issues() {
        Arbitrary<String> words = Arbitraries.strings()
                .withChars("abc XYZ.[]0123456789:/'\"\u00e9")
                .ofMaxLength(40);
        return Combinators.combine(
                        Arbitraries.of(FhirIssueCode.class),
                        Arbitraries.of(Severity.class),
                        words,
                        words.filter(s -> !s.isBlank()))
                .as((code, severity, path, message) -> ValidationIssue.of(code, severity, path.strip(), message))
                .list()
                .ofMaxSize(6);
    }

    @Provide
    Arbitrary<byte[]> bodies() {
        return Arbitraries.oneOf(
                Arbitraries.bytes().array(byte[].class).ofMaxSize(300),
                text().map(s -> s.getBytes(StandardCharsets.UTF_8)),
                Arbitraries.of(
                                "{\"resourceType\":\"Parameters\",\"parameter\":[{\"name\":\"resource\",\"resource\":"
                                        + "{\"resourceType\":\"Patient\"}}]}",
                                "{\"resourceType\":\"Patient\",\"gender\":\"woman\"}",
                                "<Patient xmlns=\"http://hl7.org/fhir\"/>",
                                "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><Patient>&e;</Patient>",
                                "[".repeat(5000))
                        .map(s -> s.getBytes(StandardCharsets.UTF_8)),
                Arbitraries.integers().between(20_001, 40_000).map(n -> new byte[n]));
    }

    @Provide
    Arbitrary<String> paths() {
        return Arbitraries.of("/$validate", "/Patient/$validate", "/Bundle/$validate", "/Parameters/$validate");
    }

    @Provide
    Arbitrary<String> mediaTypes() {
        return Arbitraries.of(ValidationServer.FHIR_JSON, "application/fhir+xml", "application/json", "text/plain");
    }
}

package org.socialprescribing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Every command that reads a document, driven with random bytes and with structurally valid but hostile documents
 * (deep, wide, long, huge numbers, far dates, formula cells), in-process and under small limits so that each try is
 * cheap: only the documented exit codes, one line per message, no stack trace and no Java class name.
 */
class HostileInputPropertiesTest {

    private static final Pattern NO_JAVA = Pattern.compile("Exception|\\tat |\\b(java|javax|jdk)\\.[a-z]+\\.");
    private static final List<String> SMALL_LIMITS =
            List.of("--limit", "maxBytes=20000", "--limit", "maxValues=3000", "--limit", "maxStringLength=2000");

    @Property(tries = 200)
    void anyBytes_giveOnlyDocumentedOutcomes(@ForAll("commands") String command, @ForAll("bytes") byte[] content)
            throws IOException {
        check(command, content);
    }

    @Property(tries = 200)
    void hostileDocuments_giveOnlyDocumentedOutcomes(
            @ForAll("commands") String command, @ForAll("hostile") String document) throws IOException {
        check(command, document.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * {@code sp fhir validate} builds a validator per run (seconds, not milliseconds), so it gets fewer tries of its
     * own, both kinds of input.
     */
    @Property(tries = 20)
    void validate_givesOnlyDocumentedOutcomes(@ForAll("bytes") byte[] content, @ForAll("hostile") String document)
            throws IOException {
        check("fhir validate FILE", content);
        check("fhir validate FILE", document.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code sp fhir validate --server}: the same inputs through a server under the same byte limit. */
    @Property(tries = 30)
    void validateWithServer_givesOnlyDocumentedOutcomes(
            @ForAll("bytes") byte[] content, @ForAll("hostile") String document) throws IOException {
        check("fhir validate --server " + LoopbackValidator.smallServer() + " FILE", content);
        check(
                "fhir validate --server " + LoopbackValidator.smallServer() + " FILE",
                document.getBytes(StandardCharsets.UTF_8));
    }

    private static void check(String command, byte[] content) throws IOException {
        Path file = Files.createTempFile("sp-hostile", ".json");
        Path key = Files.createTempFile("sp-hostile", ".key");
        try {
            Files.write(file, content);
            Files.writeString(key, "a pseudonymisation key of 32 bytes or more, for tests only");
            List<String> args = new ArrayList<>(List.of(command.split(" ")));
            args.replaceAll(arg -> arg.equals("FILE") ? file.toString() : arg.equals("KEY") ? key.toString() : arg);
            args.addAll(SMALL_LIMITS);
            SpRunner.Result result = SpRunner.run(args.toArray(new String[0]));

            assertThat(result.exitCode()).as(result.err()).isIn(ExitCode.OK, ExitCode.DATA_PROBLEMS, ExitCode.USAGE);
            assertThat(NO_JAVA.matcher(result.err()).find()).as(result.err()).isFalse();
            if (result.exitCode() == ExitCode.USAGE) {
                // Either one error ("sp: ...", at most two lines), or a refusal as the intake commands print it:
                // each issue on a line of its own, naming the file, then the file's summary line.
                if (result.err().startsWith("sp: ")) {
                    assertThat(result.err().lines().count()).as(result.err()).isLessThanOrEqualTo(2);
                } else {
                    assertThat(result.err().lines()).as(result.err()).allMatch(line -> line.startsWith(file + ": "));
                    assertThat(result.err()).contains(file + ": refused");
                }
            }
        } finally {
            Files.delete(file);
            Files.delete(key);
        }
    }

    @Provide
    Arbitrary<String> commands() {
        return Arbitraries.of(
                "fhir import FILE",
                "fhir export FILE",
                "fhir score FILE",
                "directory to-fhir FILE",
                "fhir questionnaire demo_star --definition FILE",
                "fhir message response FILE",
                "fhir message-back FILE",
                "gp import FILE --today 2026-12-07",
                "report demand FILE --no-suppression",
                "score wemwbs FILE",
                "change wemwbs FILE FILE",
                "extract --key-file KEY FILE",
                "directory import FILE");
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        return Arbitraries.oneOf(
                Arbitraries.bytes().array(byte[].class).ofMaxSize(400),
                Arbitraries.strings()
                        .withChars("{}[]\":,01e-+.aZ \n<>/=!?\u00e9\uFEFF")
                        .ofMaxLength(300)
                        .map(s -> s.getBytes(StandardCharsets.UTF_8)));
    }

    /** Valid JSON shapes, each with something built to hurt in place of an ordinary value. */
    @Provide
    Arbitrary<String> hostile() {
        Arbitrary<String> attack = Arbitraries.oneOf(
                Arbitraries.integers().between(1, 300).map(n -> "[".repeat(n) + "]".repeat(n)),
                Arbitraries.integers().between(1, 6000).map(n -> "[" + "0,".repeat(n) + "0]"),
                Arbitraries.integers().between(1, 30_000).map(n -> "\"" + "a".repeat(n) + "\""),
                Arbitraries.integers().map(e -> "1e" + e),
                Arbitraries.integers().between(1, 200).map(n -> "9".repeat(n)),
                Arbitraries.of(
                        "\"+1000000000-01-01T00:00:00Z\"",
                        "\"=cmd|' /C calc'!A0\"",
                        "-1e999999999",
                        "null",
                        "{}",
                        "\"\\u0000\""));
        Arbitrary<String> shape = Arbitraries.of(
                "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"total\":%s}",
                "{\"resourceType\":\"QuestionnaireResponse\",\"status\":\"completed\",\"item\":[{\"linkId\":\"phq9_1\","
                        + "\"answer\":[{\"valueCoding\":%s}]}]}",
                "{\"resourceType\":\"Patient\",\"birthDate\":%s}",
                "{\"episodeId\":%s,\"person\":{}}",
                "{\"contents\":[{\"id\":\"s\",\"name\":%s}]}",
                "{\"id\":\"demo_star\",\"version\":\"1\",\"title\":\"t\",\"scaleMax\":%s,\"areas\":[],\"stages\":[]}",
                "{\"id\":\"demo_star\",\"version\":\"1\",\"title\":\"t\",\"scaleMax\":5,\"areas\":[{\"key\":%s,"
                        + "\"name\":\"A\"}],\"stages\":[]}");
        return shape.flatMap(s -> attack.map(a -> s.replace("%s", a)));
    }
}

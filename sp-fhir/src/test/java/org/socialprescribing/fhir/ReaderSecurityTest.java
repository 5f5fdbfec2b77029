package org.socialprescribing.fhir;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialprescribing.model.input.InputLimits;

/** The reader's limits and its defence against XML entity attacks, each proven on hostile input. */
class ReaderSecurityTest {

    private static final FhirResourceReader READER = FhirResourceReader.standard();
    private static final String SECRET = "SECRET-7f3a9c";

    @TempDir
    static Path temp;

    private static String secretFileUri() throws IOException {
        Path secret = temp.resolve("secret.txt");
        Files.writeString(secret, SECRET);
        return secret.toUri().toString();
    }

    @Test
    void xml_externalEntityIsNeverResolved() throws IOException {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE Patient [<!ENTITY xxe SYSTEM \"" + secretFileUri() + "\">]>"
                + "<Patient xmlns=\"http://hl7.org/fhir\"><name><family value=\"&xxe;\"/></name></Patient>";
        assertThatExceptionOfType(FhirFormatException.class)
                .isThrownBy(() -> READER.parse(xml, Patient.class))
                .satisfies(e -> {
                    assertThat(e.code()).isEqualTo(FhirIssueCode.INPUT_DOCTYPE);
                    assertThat(e.getMessage()).doesNotContain(SECRET);
                });
    }

    @Test
    void xml_externalDtdIsNeverRead() throws IOException {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE Patient SYSTEM \"" + secretFileUri() + "\">"
                + "<Patient xmlns=\"http://hl7.org/fhir\"><gender value=\"male\"/></Patient>";
        assertThatExceptionOfType(FhirFormatException.class)
                .isThrownBy(() -> READER.parse(xml, Patient.class))
                .satisfies(e -> assertThat(e.code()).isEqualTo(FhirIssueCode.INPUT_DOCTYPE));
    }

    @Test
    void xml_entityExpansionIsRejected() {
        StringBuilder entities = new StringBuilder("<!ENTITY a0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            entities.append("<!ENTITY a")
                    .append(i)
                    .append(" \"")
                    .append(("&a" + (i - 1) + ";").repeat(10))
                    .append("\">");
        }
        String xml = "<!DOCTYPE Patient [" + entities + "]>"
                + "<Patient xmlns=\"http://hl7.org/fhir\"><name><family value=\"&a9;\"/></name></Patient>";
        assertThatExceptionOfType(FhirFormatException.class)
                .isThrownBy(() -> READER.parse(xml, Patient.class))
                .satisfies(e -> assertThat(e.code()).isEqualTo(FhirIssueCode.INPUT_DOCTYPE));
    }

    @Test
    void xml_undeclaredEntityIsMalformed() {
        String xml = "<Patient xmlns=\"http://hl7.org/fhir\"><name><family value=\"&xxe;\"/></name></Patient>";
        assertThatExceptionOfType(FhirFormatException.class)
                .isThrownBy(() -> READER.parse(xml, Patient.class))
                .satisfies(e -> assertThat(e.code()).isEqualTo(FhirIssueCode.INPUT_MALFORMED));
    }

    @Test
    void xml_predefinedEntitiesStillWork() {
        String xml = "<Patient xmlns=\"http://hl7.org/fhir\"><name><family value=\"O&apos;Brien &amp; Co\"/></name>"
                + "</Patient>";
        assertThat(READER.parse(xml, Patient.class).getNameFirstRep().getFamily())
                .isEqualTo("O'Brien & Co");
    }

    @Test
    void size_exactlyAtTheLimitIsRead_oneByteMoreIsNot() {
        String json = "{\"resourceType\":\"Patient\",\"gender\":\"other\"}";
        FhirResourceReader reader =
                FhirResourceReader.withLimits(InputLimits.defaults().withMaxBytes(100));
        String atLimit = json + " ".repeat(100 - json.length());
        assertThat(reader.parse(atLimit, Patient.class).hasGender()).isTrue();
        assertThat(reader.read(atLimit.getBytes(UTF_8), Patient.class).hasGender())
                .isTrue();
        assertThatExceptionOfType(FhirFormatException.class)
                .isThrownBy(() -> reader.parse(atLimit + " ", Patient.class))
                .satisfies(e -> {
                    assertThat(e.code()).isEqualTo(FhirIssueCode.INPUT_TOO_LARGE);
                    assertThat(e).hasMessage("input: is larger than 100 bytes (limit maxBytes)");
                });
        assertThatExceptionOfType(FhirFormatException.class)
                .isThrownBy(() -> reader.read((atLimit + " ").getBytes(UTF_8), Patient.class))
                .satisfies(e -> assertThat(e.code()).isEqualTo(FhirIssueCode.INPUT_TOO_LARGE));
    }

    @Test
    void size_isCountedInUtf8Bytes() {
        // "é" is one char but two bytes: the text is under 100 chars but over 100 bytes.
        String padded = "{\"resourceType\":\"Patient\",\"name\":[{\"text\":\"" + "é".repeat(28) + "\"}]}";
        FhirResourceReader reader =
                FhirResourceReader.withLimits(InputLimits.defaults().withMaxBytes(100));
        assertThat(padded.length()).isLessThan(100);
        assertThat(padded.getBytes(UTF_8).length).isGreaterThan(100);
        assertThatExceptionOfType(FhirFormatException.class)
                .isThrownBy(() -> reader.parse(padded, Patient.class))
                .satisfies(e -> assertThat(e.code()).isEqualTo(FhirIssueCode.INPUT_TOO_LARGE));
    }

    @Test
    void size_defaultLimitIs16MiB() {
        String json = "{\"resourceType\":\"Patient\"}";
        String huge = json + " ".repeat((int) InputLimits.DEFAULT_MAX_BYTES - json.length() + 1);
        assertThatExceptionOfType(FhirFormatException.class)
                .isThrownBy(() -> READER.parse(huge, Patient.class))
                .satisfies(e -> assertThat(e).hasMessage("input: is larger than 16777216 bytes (limit maxBytes)"));
    }

    @Test
    void size_endlessStreamIsReadOnlyToTheLimit() {
        CountingEndlessStream endless = new CountingEndlessStream();
        FhirResourceReader reader =
                FhirResourceReader.withLimits(InputLimits.defaults().withMaxBytes(4096));
        assertThatExceptionOfType(FhirFormatException.class)
                .isThrownBy(() -> reader.read(endless, Patient.class))
                .satisfies(e -> assertThat(e.code()).isEqualTo(FhirIssueCode.INPUT_TOO_LARGE));
        assertThat(endless.bytesRead).isEqualTo(4097);
    }

    @Test
    void depth_tenThousandNestedArraysFailCleanly() {
        assertThatExceptionOfType(FhirFormatException.class)
                .isThrownBy(() -> READER.parse(NestedInputs.jsonArrays(10_000), Patient.class))
                .satisfies(e -> {
                    assertThat(e.code()).isEqualTo(FhirIssueCode.INPUT_TOO_DEEP);
                    assertThat(e).hasMessage("Patient: nests deeper than 128 levels (limit maxDepth)");
                });
    }

    @Test
    void depth_tenThousandNestedExtensionsFailCleanly() {
        assertThatExceptionOfType(FhirFormatException.class)
                .isThrownBy(() -> READER.parse(NestedInputs.jsonExtensions(10_000), Patient.class))
                .satisfies(e -> assertThat(e.code()).isEqualTo(FhirIssueCode.INPUT_TOO_DEEP));
        assertThatExceptionOfType(FhirFormatException.class)
                .isThrownBy(() -> READER.parse(NestedInputs.xmlExtensions(10_000), Patient.class))
                .satisfies(e -> assertThat(e.code()).isEqualTo(FhirIssueCode.INPUT_TOO_DEEP));
    }

    @Test
    void depth_defaultLimitIs128Levels() {
        // JSON: 63 nested extensions nest 127 deep, 64 nest 129 deep.
        // XML: 62 nest 64 elements deep (128 levels), 63 nest 65 elements deep (130 levels).
        assertThat(READER.parse(NestedInputs.jsonExtensions(63), Patient.class).getExtension())
                .hasSize(1);
        assertThatExceptionOfType(FhirFormatException.class)
                .isThrownBy(() -> READER.parse(NestedInputs.jsonExtensions(64), Patient.class));
        assertThat(READER.parse(NestedInputs.xmlExtensions(62), Patient.class).getExtension())
                .hasSize(1);
        assertThatExceptionOfType(FhirFormatException.class)
                .isThrownBy(() -> READER.parse(NestedInputs.xmlExtensions(63), Patient.class))
                .satisfies(
                        e -> assertThat(e)
                                .hasMessage(
                                        "Patient: nests elements deeper than 64 levels (limit maxDepth, which counts an element as two levels)"));
    }

    @Test
    void depth_atTheHighestLimitParsesAndEncodesWithoutStackOverflow() {
        FhirResourceReader reader =
                FhirResourceReader.withLimits(InputLimits.defaults().withMaxDepth(InputLimits.MAX_DEPTH));
        IBaseResource fromJson = reader.parse(NestedInputs.jsonExtensions(124), IBaseResource.class);
        IBaseResource fromXml = reader.parse(NestedInputs.xmlExtensions(123), IBaseResource.class);
        assertThat(SpFhir.newJsonParser().encodeResourceToString(fromJson)).endsWith("]}]}");
        assertThat(SpFhir.newXmlParser().encodeResourceToString(fromXml)).endsWith("</Patient>");
    }

    /** A stream that never ends and counts what was taken from it. */
    private static final class CountingEndlessStream extends InputStream {
        long bytesRead;

        @Override
        public int read() {
            bytesRead++;
            return ' ';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            Arrays.fill(buffer, offset, offset + length, (byte) ' ');
            bytesRead += length;
            return length;
        }
    }
}

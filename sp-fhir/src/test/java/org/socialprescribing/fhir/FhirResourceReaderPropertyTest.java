package org.socialprescribing.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Patient;

/** Whatever the input, the reader returns a resource or throws {@link FhirFormatException}, nothing else. */
class FhirResourceReaderPropertyTest {

    private static final FhirResourceReader READER = FhirResourceReader.standard();
    private static final String PATIENT_JSON = "{\"resourceType\":\"Patient\",\"active\":true,\"gender\":\"female\","
            + "\"birthDate\":\"1970-01-02\",\"name\":[{\"family\":\"Example\",\"given\":[\"A\",\"B\"]}],"
            + "\"extension\":[{\"url\":\"https://example.org/x\",\"valueCode\":\"y\"}]}";
    private static final String PATIENT_XML = "<Patient xmlns=\"http://hl7.org/fhir\"><extension url=\"https://"
            + "example.org/x\"><valueCode value=\"y\"/></extension><active value=\"true\"/><name><family value=\""
            + "Example\"/><given value=\"A\"/></name><gender value=\"female\"/><birthDate value=\"1970-01-02\"/>"
            + "</Patient>";

    @Property(tries = 300)
    void randomBytes_giveOnlyFhirFormatException(@ForAll @Size(max = 200) byte[] bytes) {
        readOrFormatException(() -> READER.read(bytes, IBaseResource.class));
    }

    @Property(tries = 300)
    void randomText_givesOnlyFhirFormatException(@ForAll String text) {
        readOrFormatException(() -> READER.parse(text, Patient.class));
        readOrFormatException(() -> READER.parse("{" + text, Patient.class));
        readOrFormatException(() -> READER.parse("<" + text, Patient.class));
    }

    @Property(tries = 300)
    void randomJson_givesOnlyFhirFormatException(@ForAll("patientLikeJson") String json) {
        readOrFormatException(() -> READER.parse(json, IBaseResource.class));
    }

    @Property(tries = 300)
    void mutatedJson_givesOnlyFhirFormatException(
            @ForAll @IntRange(min = 0, max = 400) int position, @ForAll char inserted, @ForAll boolean delete) {
        readOrFormatException(() -> READER.parse(mutate(PATIENT_JSON, position, inserted, delete), Patient.class));
    }

    @Property(tries = 300)
    void mutatedXml_givesOnlyFhirFormatException(
            @ForAll @IntRange(min = 0, max = 400) int position, @ForAll char inserted, @ForAll boolean delete) {
        readOrFormatException(() -> READER.parse(mutate(PATIENT_XML, position, inserted, delete), Patient.class));
    }

    @Property(tries = 200)
    void duplicateKeys_areFoundInObjectsOfAnySize(
            @ForAll @Size(min = 1, max = 40) List<@IntRange(min = 0, max = 60) Integer> keyNumbers) {
        String json = keyNumbers.stream()
                .map(n -> "\"k" + n + "\":1")
                .collect(Collectors.joining(",", "{\"resourceType\":\"Patient\",", "}"));
        boolean duplicated = keyNumbers.stream().distinct().count() < keyNumbers.size();
        try {
            READER.parse(json, Patient.class);
        } catch (FhirFormatException e) {
            assertThat(e.rule().equals("appears twice in the same object")).isEqualTo(duplicated);
            return;
        }
        throw new AssertionError("unknown keys were accepted: " + json);
    }

    @Property(tries = 200)
    void patients_surviveEncodeAndRead(
            @ForAll("names") String family,
            @ForAll AdministrativeGender gender,
            @ForAll @IntRange(min = 1900, max = 2100) int year,
            @ForAll boolean xml) {
        Patient patient = new Patient();
        patient.addName().setFamily(family);
        if (gender != AdministrativeGender.NULL) {
            patient.setGender(gender);
        }
        patient.setBirthDateElement(new DateType(String.format("%04d-02-28", year)));
        String encoded = (xml ? SpFhir.newXmlParser() : SpFhir.newJsonParser()).encodeResourceToString(patient);
        assertThat(READER.parse(encoded, Patient.class).equalsDeep(patient)).isTrue();
        assertThat(READER.read(encoded.getBytes(StandardCharsets.UTF_8), Patient.class)
                        .equalsDeep(patient))
                .isTrue();
    }

    @Provide
    Arbitrary<String> names() {
        // Any text without control characters, which FHIR strings may not hold, and not blank (HAPI drops those).
        return Arbitraries.strings()
                .ofMinLength(1)
                .ofMaxLength(30)
                .excludeChars('\u0000')
                .filter(s -> s.chars().noneMatch(Character::isISOControl)
                        && !s.isBlank()
                        && s.strip().equals(s));
    }

    @Provide
    Arbitrary<String> patientLikeJson() {
        Arbitrary<String> keys = Arbitraries.of(
                "id",
                "active",
                "gender",
                "birthDate",
                "name",
                "family",
                "given",
                "extension",
                "url",
                "valueString",
                "contained",
                "resourceType",
                "_gender",
                "contact",
                "telecom",
                "x");
        Arbitrary<String> scalars = Arbitraries.oneOf(
                Arbitraries.of("\"male\"", "\"woman\"", "true", "1", "-0.5e3", "null", "\"1970-01-01\"", "\"\""),
                Arbitraries.strings().ofMaxLength(8).map(s -> "\"" + escape(s) + "\""));
        Arbitrary<String> values = Arbitraries.recursive(
                () -> scalars,
                inner -> Arbitraries.oneOf(
                        Combinators.combine(keys, inner)
                                .as((k, v) -> Map.entry(k, v))
                                .list()
                                .ofMaxSize(4)
                                .map(FhirResourceReaderPropertyTest::object),
                        inner.list().ofMaxSize(3).map(list -> "[" + String.join(",", list) + "]")),
                0,
                4);
        return Combinators.combine(keys, values)
                .as(Map::entry)
                .list()
                .ofMaxSize(5)
                .map(entries -> {
                    String body = object(entries);
                    return "{\"resourceType\":\"Patient\"" + (body.length() > 2 ? "," + body.substring(1) : "}");
                });
    }

    private static String object(List<Map.Entry<String, String>> entries) {
        return entries.stream()
                .map(e -> "\"" + e.getKey() + "\":" + e.getValue())
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static String escape(String s) {
        StringBuilder out = new StringBuilder();
        s.chars().forEach(c -> out.append(c < 0x20 || c == '"' || c == '\\' ? String.format("\\u%04x", c) : (char) c));
        return out.toString();
    }

    private static String mutate(String text, int position, char inserted, boolean delete) {
        int at = position % text.length();
        return delete
                ? text.substring(0, at) + text.substring(at + 1)
                : text.substring(0, at) + inserted + text.substring(at);
    }

    private static void readOrFormatException(Runnable read) {
        try {
            read.run();
        } catch (FhirFormatException expected) {
            assertThat(expected.code()).isNotNull();
            assertThat(expected.getMessage()).isNotBlank();
        }
    }
}

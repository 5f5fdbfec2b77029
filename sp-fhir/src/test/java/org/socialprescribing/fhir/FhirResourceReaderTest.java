package org.socialprescribing.fhir;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.socialprescribing.model.InvalidValueException;

class FhirResourceReaderTest {

    private static final FhirResourceReader READER = FhirResourceReader.standard();
    private static final String PATIENT_JSON =
            "{\"resourceType\":\"Patient\",\"gender\":\"female\",\"name\":[{\"family\":\"Example\"}]}";
    private static final String PATIENT_XML = "<Patient xmlns=\"http://hl7.org/fhir\"><name><family value=\"Example\"/>"
            + "</name><gender value=\"female\"/></Patient>";

    @Test
    void read_jsonTextBytesAndStreamGiveTheSamePatient() {
        Patient fromText = READER.parse(PATIENT_JSON, Patient.class);
        Patient fromBytes = READER.read(PATIENT_JSON.getBytes(UTF_8), Patient.class);
        Patient fromStream = READER.read(new ByteArrayInputStream(PATIENT_JSON.getBytes(UTF_8)), Patient.class);
        assertThat(fromText.getGender()).isEqualTo(AdministrativeGender.FEMALE);
        assertThat(fromText.getNameFirstRep().getFamily()).isEqualTo("Example");
        assertThat(fromBytes.equalsDeep(fromText)).isTrue();
        assertThat(fromStream.equalsDeep(fromText)).isTrue();
    }

    @Test
    void read_xmlGivesTheSamePatientAsJson() {
        assertThat(READER.parse(PATIENT_XML, Patient.class).equalsDeep(READER.parse(PATIENT_JSON, Patient.class)))
                .isTrue();
    }

    @Test
    void read_acceptsByteOrderMarkAndLeadingWhitespace() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] json = (" \n\t" + PATIENT_JSON).getBytes(UTF_8);
        byte[] both = new byte[bom.length + json.length];
        System.arraycopy(bom, 0, both, 0, bom.length);
        System.arraycopy(json, 0, both, bom.length, json.length);
        assertThat(READER.read(both, Patient.class).getGender()).isEqualTo(AdministrativeGender.FEMALE);
    }

    @Test
    void read_ofABirthDateThatIsAnNhsNumber_masksItInTheMessageLocationAndCause() {
        // Issue 11: HAPI quotes the value it rejects; the SDK's exception, and the cause it keeps, show it masked.
        for (String number : List.of("9960308243", "996 030 8243")) {
            String patient = "{\"resourceType\":\"Patient\",\"birthDate\":\"" + number + "\"}";
            assertThatExceptionOfType(FhirFormatException.class)
                    .isThrownBy(() -> READER.parse(patient, Patient.class))
                    .satisfies(e -> {
                        assertThat(e.getMessage()).contains("'*** *** 8243'").doesNotContain(number);
                        assertThat(e.toIssue().message()).doesNotContain(number);
                        StringWriter trace = new StringWriter();
                        e.printStackTrace(new PrintWriter(trace));
                        assertThat(trace.toString()).doesNotContain(number);
                    });
        }
    }

    @Test
    void read_keepsDecimalsExactlyAsWritten() {
        String observation = "{\"resourceType\":\"Observation\",\"status\":\"final\",\"code\":{\"text\":\"x\"},"
                + "\"valueQuantity\":{\"value\":1.50}}";
        for (Class<? extends IBaseResource> type : List.of(Observation.class, IBaseResource.class)) {
            Observation read = (Observation) READER.parse(observation, type);
            assertThat(read.getValueQuantity().getValueElement().getValueAsString())
                    .isEqualTo("1.50");
        }
    }

    @Test
    void read_neverLetsABundleEntryFullUrlReplaceTheIdOfItsResource() {
        String bundle = "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":["
                + "{\"fullUrl\":\"urn:uuid:6f1c3a52-3c51-4a4e-9d7b-0d1bd1b1a001\",\"resource\":" + PATIENT_JSON + "},"
                + "{\"fullUrl\":\"https://example.org/fhir/Patient/2\",\"resource\":"
                + "{\"resourceType\":\"Patient\",\"id\":\"1\"}}]}";
        for (Class<? extends IBaseResource> type : List.of(Bundle.class, IBaseResource.class)) {
            Bundle read = (Bundle) READER.parse(bundle, type);
            assertThat(read.getEntry().get(0).getResource().getIdElement().isEmpty())
                    .isTrue();
            assertThat(read.getEntry().get(1).getResource().getIdElement().getIdPart())
                    .isEqualTo("1");
        }
    }

    @Test
    void read_abstractTypeAcceptsAnyResourceOfThatKind() {
        String observation = "{\"resourceType\":\"Observation\",\"status\":\"final\",\"code\":{\"text\":\"x\"}}";
        assertThat(READER.parse(observation, IBaseResource.class)).isInstanceOf(Observation.class);
        assertThat(READER.parse(observation, Resource.class)).isInstanceOf(Observation.class);
        assertThat(READER.parse(PATIENT_XML, DomainResource.class)).isInstanceOf(Patient.class);
    }

    @Test
    void read_wrongResourceTypeNamesBoth() {
        String observation = "{\"resourceType\":\"Observation\",\"status\":\"final\",\"code\":{\"text\":\"x\"}}";
        assertThatExceptionOfType(FhirFormatException.class)
                .isThrownBy(() -> READER.parse(observation, Patient.class))
                .satisfies(e -> {
                    assertThat(e.code()).isEqualTo(FhirIssueCode.WRONG_RESOURCE_TYPE);
                    assertThat(e.location()).isEqualTo("resourceType");
                    assertThat(e.value()).contains("Observation");
                    assertThat(e).hasMessage("resourceType: 'Observation' must be Patient");
                });
    }

    @Test
    void read_rejectsNonResourceClass() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> READER.parse(PATIENT_JSON, org.hl7.fhir.dstu3.model.Patient.class))
                .satisfies(e -> assertThat(e.field()).isEqualTo("type"));
    }

    static Stream<Arguments> badInput() {
        return Stream.of(
                // Invalid primitive values: located by FHIRPath, value quoted.
                arguments(
                        "{\"resourceType\":\"Patient\",\"contact\":[{\"name\":{\"text\":\"A\"}},{\"gender\":\"woman\"}]}",
                        FhirIssueCode.INVALID_VALUE,
                        "Patient.contact[1].gender"),
                arguments(
                        "{\"resourceType\":\"Patient\",\"gender\":\"woman\"}",
                        FhirIssueCode.INVALID_VALUE,
                        "Patient.gender"),
                arguments(
                        "{\"resourceType\":\"Patient\",\"birthDate\":\"2020-13-45\"}",
                        FhirIssueCode.INVALID_VALUE,
                        "Patient.birthDate"),
                arguments(
                        "{\"resourceType\":\"Patient\",\"multipleBirthInteger\":1.5}",
                        FhirIssueCode.INVALID_VALUE,
                        "Patient.multipleBirthInteger"),
                arguments(
                        "<Patient xmlns=\"http://hl7.org/fhir\"><contact><gender value=\"male\"/></contact>"
                                + "<contact><gender value=\"woman\"/></contact></Patient>",
                        FhirIssueCode.INVALID_VALUE,
                        "Patient.contact[1].gender"),
                arguments(
                        "<Bundle xmlns=\"http://hl7.org/fhir\"><type value=\"collection\"/><entry><resource><Patient>"
                                + "<active value=\"yes\"/></Patient></resource></entry></Bundle>",
                        FhirIssueCode.INVALID_VALUE,
                        "Bundle.entry.resource.active"),
                // Unknown elements and attributes.
                arguments(
                        "{\"resourceType\":\"Patient\",\"name\":[{\"family\":\"A\",\"nickname\":\"B\"}]}",
                        FhirIssueCode.UNKNOWN_ELEMENT,
                        "Patient.name[0].nickname"),
                arguments(
                        "<Patient xmlns=\"http://hl7.org/fhir\"><nickname value=\"B\"/></Patient>",
                        FhirIssueCode.UNKNOWN_ELEMENT,
                        "Patient.nickname"),
                arguments(
                        "<Patient xmlns=\"http://hl7.org/fhir\"><gender value=\"male\" colour=\"red\"/></Patient>",
                        FhirIssueCode.UNKNOWN_ELEMENT,
                        "Patient.gender"),
                // Structure.
                arguments(
                        "{\"resourceType\":\"Patient\",\"active\":true,\"active\":false}",
                        FhirIssueCode.INVALID_STRUCTURE,
                        "Patient.active"),
                arguments(
                        "{\"active\":true,\"active\":false,\"resourceType\":\"Patient\"}",
                        FhirIssueCode.INVALID_STRUCTURE,
                        "active"),
                arguments("{\"active\":true}", FhirIssueCode.INVALID_STRUCTURE, "resourceType"),
                arguments("{\"resourceType\":7}", FhirIssueCode.INVALID_STRUCTURE, "resourceType"),
                arguments(
                        "{\"resourceType\":\"Patient\",\"contained\":[{\"resourceType\":\"Organization\"}]}",
                        FhirIssueCode.INVALID_STRUCTURE,
                        "Patient.contained"),
                arguments(
                        "{\"resourceType\":\"Patient\",\"extension\":[{\"url\":\"https://example.org/a\",\"valueString\":"
                                + "\"a\",\"extension\":[{\"url\":\"b\",\"valueString\":\"b\"}]}]}",
                        FhirIssueCode.INVALID_STRUCTURE,
                        "Patient"),
                arguments(
                        "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[{\"resource\":"
                                + "{\"resourceType\":\"Unicorn\"}}]}",
                        FhirIssueCode.INVALID_STRUCTURE,
                        "Bundle"),
                arguments("{\"resourceType\":\"Unicorn\"}", FhirIssueCode.WRONG_RESOURCE_TYPE, "resourceType"),
                arguments(
                        "<Unicorn xmlns=\"http://hl7.org/fhir\"/>", FhirIssueCode.WRONG_RESOURCE_TYPE, "resourceType"),
                // Syntax.
                arguments("{\"resourceType\":\"Patient\",\"gender\":", FhirIssueCode.INPUT_MALFORMED, ""),
                arguments("{\"resourceType\":\"Patient\"} {}", FhirIssueCode.INPUT_MALFORMED, "Patient"),
                arguments(
                        "<Patient xmlns=\"http://hl7.org/fhir\"><gender value=\"male\">",
                        FhirIssueCode.INPUT_MALFORMED,
                        ""),
                arguments("<Patient><gender value=\"male\"/></Patient>", FhirIssueCode.INPUT_MALFORMED, ""),
                arguments("", FhirIssueCode.INPUT_UNKNOWN_FORMAT, ""),
                arguments("  \n", FhirIssueCode.INPUT_UNKNOWN_FORMAT, ""),
                arguments("resourceType: Patient", FhirIssueCode.INPUT_UNKNOWN_FORMAT, ""),
                arguments("[{\"resourceType\":\"Patient\"}]", FhirIssueCode.INPUT_UNKNOWN_FORMAT, ""));
    }

    @ParameterizedTest
    @MethodSource("badInput")
    void read_badInputFailsWithCodeAndLocation(String content, FhirIssueCode code, String location) {
        assertThatExceptionOfType(FhirFormatException.class)
                .isThrownBy(() -> READER.parse(content, IBaseResource.class))
                .satisfies(e -> {
                    assertThat(e.code()).isEqualTo(code);
                    assertThat(e.location()).isEqualTo(location);
                    assertThat(e.toIssue().code()).isEqualTo(code);
                    assertThat(e.toIssue().path()).isEqualTo(location);
                });
    }

    @Test
    void read_invalidValueMessageNamesPathValueAndReason() {
        assertThatExceptionOfType(FhirFormatException.class)
                .isThrownBy(() -> READER.parse("{\"resourceType\":\"Patient\",\"gender\":\"woman\"}", Patient.class))
                .withMessage("Patient.gender: 'woman' is not a valid value: Unknown AdministrativeGender code 'woman'");
    }

    @Test
    void read_primitiveExtensionIsLocatedOnThePrimitive() {
        String json = "{\"resourceType\":\"Patient\",\"_gender\":{\"extension\":[{\"url\":\"https://example.org/x\","
                + "\"valueBoolean\":\"maybe\"}]}}";
        assertThatExceptionOfType(FhirFormatException.class)
                .isThrownBy(() -> READER.parse(json, Patient.class))
                .satisfies(e -> assertThat(e.location()).isEqualTo("Patient.gender.extension[0].valueBoolean"));
    }

    @Test
    void read_malformedJsonReportsPositionButNotTheText() {
        String json = "{\"resourceType\":\"Patient\",\"name\":[{\"family\": Smithson}]}";
        assertThatExceptionOfType(FhirFormatException.class)
                .isThrownBy(() -> READER.parse(json, Patient.class))
                .satisfies(e -> {
                    assertThat(e.code()).isEqualTo(FhirIssueCode.INPUT_MALFORMED);
                    assertThat(e.getMessage()).contains("line 1, column").doesNotContain("Smithson");
                });
    }

    @Test
    void read_badNarrativeIsNotQuoted() {
        String json = "{\"resourceType\":\"Patient\",\"text\":{\"status\":\"generated\",\"div\":\"<div>Jo Bloggs\"}}";
        assertThatExceptionOfType(FhirFormatException.class)
                .isThrownBy(() -> READER.parse(json, Patient.class))
                .satisfies(e -> {
                    assertThat(e.code()).isEqualTo(FhirIssueCode.INVALID_STRUCTURE);
                    assertThat(e.getMessage()).doesNotContain("Bloggs");
                });
    }

    @Test
    void read_rejectsBytesThatAreNotUtf8() {
        byte[] latin1 = "{\"resourceType\":\"Patient\",\"name\":[{\"family\":\"Müller\"}]}"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThatExceptionOfType(FhirFormatException.class)
                .isThrownBy(() -> READER.read(latin1, Patient.class))
                .satisfies(e -> {
                    assertThat(e.code()).isEqualTo(FhirIssueCode.INPUT_NOT_UTF8);
                    assertThat(e.location()).isEmpty();
                    assertThat(e.field()).isEqualTo("input");
                    assertThat(e).hasMessageStartingWith("input: is not UTF-8 (at byte offset 46)");
                });
    }
}

package org.socialprescribing.fhir.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import ca.uhn.fhir.parser.DataFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.socialprescribing.fhir.FhirFormatException;
import org.socialprescribing.fhir.FhirResourceReader;
import org.socialprescribing.fhir.SpFhir;

/**
 * The reader hands HAPI its own compact structure in place of HAPI's Jackson tree; HAPI must build the very resource
 * it builds from the text itself, and refuse what it refuses.
 */
class CompactJsonTest {

    private static final FhirResourceReader READER = FhirResourceReader.standard();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "episode-completed.json",
                "episode-declined.json",
                "message-back-completed-coded.json",
                "phq9-questionnaire.json",
                "phq9-response.json",
                "phq9-score-observation.json"
            })
    void goldenResources_readAsHapiReadsThem(String name) throws IOException {
        String json;
        try (InputStream in = getClass().getResourceAsStream("/golden/" + name)) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertSameOutcome(json);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"resourceType\":\"Observation\",\"status\":\"final\",\"code\":{\"text\":\"x\"},"
                        + "\"valueQuantity\":{\"value\":1.50}}",
                "{\"resourceType\":\"Observation\",\"status\":\"final\",\"code\":{\"text\":\"x\"},"
                        + "\"valueQuantity\":{\"value\":1e3}}",
                "{\"resourceType\":\"Observation\",\"status\":\"final\",\"code\":{\"text\":\"x\"},"
                        + "\"valueInteger\":12345678901}",
                "{\"resourceType\":\"Observation\",\"status\":\"final\",\"code\":{\"text\":\"x\"},"
                        + "\"valueInteger\":7}",
                "{\"resourceType\":\"Patient\",\"active\":true,\"deceasedBoolean\":false}",
                "{\"resourceType\":\"Patient\",\"active\":\"true\"}",
                "{\"resourceType\":\"Patient\",\"active\":null}",
                "{\"resourceType\":\"Patient\",\"name\":[{\"given\":[\"Anna\",null]}]}",
                "{\"resourceType\":\"Patient\",\"name\":[{\"given\":[\"Anna\"],\"_given\":[null,{\"id\":\"g\"}]}]}",
                "{\"resourceType\":\"Patient\",\"name\":{\"family\":\"Okafor\"}}",
                "{\"resourceType\":\"Patient\",\"gender\":{\"value\":\"female\"}}",
                "{\"resourceType\":\"Patient\",\"birthDate\":19800101}",
                "{\"resourceType\":\"Patient\",\"unknownElement\":1}"
            })
    void edgeValues_readAsHapiReadsThem(String json) {
        assertSameOutcome(json);
    }

    @Property(tries = 300)
    void randomValues_readAsHapiReadsThem(@ForAll("patients") String json) {
        assertSameOutcome(json);
    }

    /** HAPI's own strict parse of the text, against the reader: the same resource, or both refuse it. */
    private static void assertSameOutcome(String json) {
        Resource expected;
        try {
            expected = (Resource) SpFhir.newJsonParser().parseResource(json);
        } catch (DataFormatException e) {
            assertThatExceptionOfType(FhirFormatException.class).isThrownBy(() -> READER.parse(json, Resource.class));
            return;
        }
        Resource read = READER.parse(json, Resource.class);
        assertThat(read.equalsDeep(expected)).as(json).isTrue();
        assertThat(SpFhir.newJsonParser().encodeResourceToString(read))
                .isEqualTo(SpFhir.newJsonParser().encodeResourceToString(expected));
    }

    /** Patients whose elements hold JSON values of every kind, often the wrong kind for the element. */
    @Provide
    Arbitrary<String> patients() {
        Arbitrary<String> value = Arbitraries.oneOf(
                Arbitraries.of("null", "true", "false", "0", "-1", "1.50", "2e2", "12345678901234567890", "{}", "[]"),
                Arbitraries.of("female", "2024-02-29", "1980", "x", "").map(text -> "\"" + text + "\""),
                Arbitraries.of("[\"a\",null]", "[{\"id\":\"1\"}]", "{\"value\":1}"));
        Arbitrary<String> member = Combinators.combine(
                        Arbitraries.of(
                                "active",
                                "gender",
                                "birthDate",
                                "deceasedBoolean",
                                "multipleBirthInteger",
                                "_gender",
                                "id",
                                "language"),
                        value)
                .as((name, json) -> "\"" + name + "\":" + json);
        return member.list()
                .ofMaxSize(4)
                .uniqueElements(text -> text.substring(0, text.indexOf(':')))
                .map(members -> "{\"resourceType\":\"Patient\""
                        + (members.isEmpty() ? "" : "," + String.join(",", members)) + "}");
    }
}

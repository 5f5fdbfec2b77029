package org.socialprescribing.fhir.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Patient;
import org.socialprescribing.fhir.FhirFormatException;
import org.socialprescribing.fhir.FhirResourceReader;
import org.socialprescribing.fhir.SpFhir;
import org.socialprescribing.model.MappingResult;
import org.socialprescribing.model.episode.SocialPrescribingEpisode;

/**
 * The episode importer's only failure on bad input is {@link FhirFormatException}: random text, and valid episode
 * Bundles with one element removed, replaced or repeated at random, either map or fail with that exception.
 */
class EpisodeBundlesInputPropertyTest {

    private static final EpisodeBundles BUNDLES = EpisodeBundles.standard();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ANNA =
            SpFhir.newJsonParser().encodeResourceToString(BUNDLES.toTransaction(Fixtures.annaEpisode()));
    private static final String SERVICE =
            SpFhir.newJsonParser().encodeResourceToString(ServiceMapper.toBundle(Fixtures.allotmentGroup()));
    private static final String PATIENT =
            SpFhir.newJsonParser().encodeResourceToString(PersonMapper.toPatient(Fixtures.anna()));
    private static final String DAVID =
            SpFhir.newJsonParser().encodeResourceToString(BUNDLES.toCollection(Fixtures.declinedEpisode()));

    @Property(tries = 200)
    void randomText_failsOnlyWithFhirFormatException(@ForAll("texts") String text) {
        assertOnlyDocumentedFailure(text);
    }

    @Property(tries = 150)
    void mutatedBundle_mapsOrFailsWithFhirFormatException(
            @ForAll boolean anna,
            @ForAll @IntRange(min = 0, max = 100_000) int where,
            @ForAll @IntRange(min = 0, max = 5) int how,
            @ForAll("values") JsonNode replacement)
            throws Exception {
        JsonNode tree = JSON.readTree(anna ? ANNA : DAVID);
        List<Slot> slots = new ArrayList<>();
        collect(tree, slots);
        slots.get(where % slots.size()).mutate(how, replacement);
        assertOnlyDocumentedFailure(JSON.writeValueAsString(tree));
    }

    @Property(tries = 150)
    void mutatedServiceOrPatient_mapsOrFailsWithFhirFormatException(
            @ForAll boolean service,
            @ForAll @IntRange(min = 0, max = 100_000) int where,
            @ForAll @IntRange(min = 0, max = 5) int how,
            @ForAll("values") JsonNode replacement)
            throws Exception {
        JsonNode tree = JSON.readTree(service ? SERVICE : PATIENT);
        List<Slot> slots = new ArrayList<>();
        collect(tree, slots);
        slots.get(where % slots.size()).mutate(how, replacement);
        String text = JSON.writeValueAsString(tree);
        try {
            if (service) {
                ServiceMapper.toService(FhirResourceReader.standard().parse(text, Bundle.class));
            } else {
                PersonMapper.toPerson(FhirResourceReader.standard().parse(text, Patient.class));
            }
        } catch (FhirFormatException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }

    private static void assertOnlyDocumentedFailure(String text) {
        try {
            MappingResult<SocialPrescribingEpisode> result = BUNDLES.parseEpisode(text);
            assertThat(result.value()).isNotNull();
        } catch (FhirFormatException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(200),
                Arbitraries.strings()
                        .withChars("{}[]\":,0123456789abcdefnulltrue ")
                        .ofMaxLength(200),
                Arbitraries.of(
                        "{\"resourceType\":\"Bundle\"}",
                        "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[{}]}",
                        "{\"resourceType\":\"Patient\"}",
                        "<Bundle xmlns=\"http://hl7.org/fhir\"><type value=\"collection\"/></Bundle>"));
    }

    @Provide
    Arbitrary<JsonNode> values() {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(12).map(nodes::textNode),
                Arbitraries.integers().map(nodes::numberNode),
                Arbitraries.of(true, false).map(nodes::booleanNode),
                Arbitraries.of(
                        nodes.objectNode(),
                        nodes.arrayNode(),
                        nodes.textNode("urn:uuid:00000000-0000-0000-0000-000000000000"),
                        nodes.textNode("Patient/1"),
                        nodes.textNode("2025-13-45"),
                        nodes.textNode("entered_in_error")));
    }

    /** A place in the tree that can be changed: a field of an object or an element of an array. */
    private static final class Slot {
        private final JsonNode parent;
        private final String field;
        private final int index;

        Slot(JsonNode parent, String field, int index) {
            this.parent = parent;
            this.field = field;
            this.index = index;
        }

        void mutate(int how, JsonNode replacement) {
            if (parent instanceof ObjectNode) {
                ObjectNode object = (ObjectNode) parent;
                if (how < 2) {
                    object.remove(field);
                } else {
                    object.set(field, replacement);
                }
            } else {
                ArrayNode array = (ArrayNode) parent;
                if (how < 2) {
                    array.remove(index);
                } else if (how < 4) {
                    array.set(index, replacement);
                } else {
                    array.add(array.get(index).deepCopy());
                }
            }
        }
    }

    private static void collect(JsonNode node, List<Slot> slots) {
        if (node instanceof ObjectNode) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                slots.add(new Slot(node, field.getKey(), -1));
                collect(field.getValue(), slots);
            }
        } else if (node instanceof ArrayNode) {
            for (int i = 0; i < node.size(); i++) {
                slots.add(new Slot(node, null, i));
                collect(node.get(i), slots);
            }
        }
    }
}

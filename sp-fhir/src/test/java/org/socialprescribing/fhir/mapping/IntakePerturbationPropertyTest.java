package org.socialprescribing.fhir.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hl7.fhir.r4.model.Bundle;
import org.socialprescribing.fhir.FhirFormatException;
import org.socialprescribing.fhir.FhirResourceReader;
import org.socialprescribing.model.episode.SocialPrescribingEpisode;

/**
 * "Nothing is dropped without a report", as a property over published Gravity and BaRS referrals: take away any one
 * value of the input (a member of a JSON object that holds a string, number or boolean) and the import must differ,
 * in the episode or in the report. If neither changes, the value was neither mapped nor reported: dropped silently.
 * Adding content is covered by {@code IntakeRulesTest} (an extension anywhere is reported at its path). The values
 * {@code docs/fhir.md} says are read as derived and not reported (a resource's {@code id}, {@code meta}, the
 * narrative {@code text}) are passed over.
 */
class IntakePerturbationPropertyTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path FOLDER = Path.of("src", "test", "resources", "intake");
    private static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");
    private static final EpisodeBundles BUNDLES = EpisodeBundles.standard().withClock(Clock.fixed(NOW, ZoneOffset.UTC));

    /** Members read as derived and never reported ({@code docs/fhir.md}, "Reading: errors and warnings"). */
    private static final Set<String> DERIVED = Set.of("id", "meta", "text", "resourceType");

    /** One removable value: the object that holds it and the member's name, with its JSON path for messages. */
    private record Leaf(ObjectNode parent, String name, String path) {}

    @Property(tries = 200)
    void removingAnyValue_changesTheEpisodeOrTheReport(@ForAll("examples") String example, @ForAll("picks") int pick) {
        JsonNode original = tree(example);
        JsonNode perturbed = original.deepCopy();
        List<Leaf> leaves = new ArrayList<>();
        leaves(perturbed, "", leaves);
        Leaf leaf = leaves.get(pick % leaves.size());
        leaf.parent().remove(leaf.name());

        Bundle before = FhirResourceReader.withDefaults().read(original.toString(), Bundle.class);
        Bundle after;
        try {
            after = FhirResourceReader.withDefaults().read(perturbed.toString(), Bundle.class);
        } catch (FhirFormatException e) {
            assertThat(e.location()).as("the reader refuses with a location").isNotNull();
            return; // refused by the reader, with where: not silent
        }
        IntakeResult<SocialPrescribingEpisode> was = BUNDLES.importEpisode(before);
        IntakeResult<SocialPrescribingEpisode> is = BUNDLES.importEpisode(after);

        assertThat(!was.value().equals(is.value())
                        || !was.report().issues().equals(is.report().issues()))
                .as(
                        "%s without %s: the same episode and the same report, so the value was dropped silently",
                        example, leaf.path())
                .isTrue();
    }

    @Provide
    Arbitrary<String> examples() {
        return Arbitraries.of(
                "gravity/referral-accepted.json",
                "gravity/referral-completed.json",
                "gravity/servicerequest-patient-transaction.json",
                "bars/POST-999ToCASServiceRequest.json",
                "bars/ValidationRequest-POST.json");
    }

    @Provide
    Arbitrary<Integer> picks() {
        return Arbitraries.integers().between(0, 100_000);
    }

    private static JsonNode tree(String example) {
        try {
            return JSON.readTree(Files.readString(FOLDER.resolve(example)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every member of an object that holds a scalar, outside what is read as derived. */
    private static void leaves(JsonNode node, String path, List<Leaf> found) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                leaves(node.get(i), path + "[" + i + "]", found);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        boolean resource = node.has("resourceType");
        for (Map.Entry<String, JsonNode> member : node.properties()) {
            String name = member.getKey();
            String at = path + "." + name;
            if (resource && DERIVED.contains(name)) {
                continue;
            }
            if (member.getValue().isValueNode()) {
                found.add(new Leaf((ObjectNode) node, name, at));
            } else {
                leaves(member.getValue(), at, found);
            }
        }
    }
}

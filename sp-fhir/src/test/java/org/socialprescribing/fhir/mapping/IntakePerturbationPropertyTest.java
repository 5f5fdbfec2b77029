package org.socialprescribing.fhir.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hl7.fhir.r4.model.Bundle;
import org.socialprescribing.fhir.FhirFormatException;
import org.socialprescribing.fhir.FhirResourceReader;
import org.socialprescribing.fhir.JsonLeaves;
import org.socialprescribing.model.episode.SocialPrescribingEpisode;

/**
 * "Nothing is dropped without a report", as a property over published Gravity and BaRS referrals: take away any one
 * value of a resource of the input (a member of a JSON object that holds a string, number or boolean) and the
 * import must differ,
 * in the episode or in the report. If neither changes, the value was neither mapped nor reported: dropped silently.
 * Adding content is covered by {@code IntakeRulesTest} (an extension anywhere is reported at its path). The values
 * {@code docs/fhir.md} says are read as derived and not reported (a resource's {@code id}, {@code meta}, the
 * narrative {@code text}; the values read as the pattern or to choose, {@link #readAsDerived}) are passed over, and so is the Bundle's envelope (its {@code type}, an entry's {@code
 * request} or {@code search}): transport, read only to choose the pattern.
 */
class IntakePerturbationPropertyTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path FOLDER = Path.of("src", "test", "resources", "intake");
    private static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");
    private static final EpisodeBundles BUNDLES = EpisodeBundles.standard().withClock(Clock.fixed(NOW, ZoneOffset.UTC));

    /** Members read as derived and never reported ({@code docs/fhir.md}, "Reading: errors and warnings"). */
    private static final Set<String> DERIVED = Set.of("id", "meta", "text", "resourceType");

    @Property(tries = 200)
    void removingAnyValue_changesTheEpisodeOrTheReport(@ForAll("examples") String example, @ForAll("picks") int pick) {
        JsonNode original = tree(example);
        JsonNode perturbed = original.deepCopy();
        List<JsonLeaves.Leaf> leaves = JsonLeaves.ofEntries(
                perturbed,
                (parent, name, path, ofResource) ->
                        (ofResource && DERIVED.contains(name)) || readAsDerived(parent, name, path));
        JsonLeaves.Leaf leaf = leaves.get(pick % leaves.size());
        leaf.remove();

        Bundle before = FhirResourceReader.standard().parse(original.toString(), Bundle.class);
        Bundle after;
        try {
            after = FhirResourceReader.standard().parse(perturbed.toString(), Bundle.class);
        } catch (FhirFormatException e) {
            assertThat(e.location()).as("the reader refuses with a location").isNotNull();
            return; // refused by the reader, with where: not silent
        }
        IntakeResult<SocialPrescribingEpisode> was = BUNDLES.importEpisode(before);
        IntakeResult<SocialPrescribingEpisode> is = BUNDLES.importEpisode(after);

        assertThat(accounted(was, is, leaf.path()))
                .as(
                        "%s without %s: the same episode and the same report, so the value was dropped silently",
                        example, leaf.path())
                .isTrue();
    }

    /**
     * Whether a value was accounted for: without it the episode or the report differs (it was mapped, or read and its
     * absence is reported), or the import reported it (an issue at it, or at an element or resource that holds it).
     */
    private static boolean accounted(IntakeResult<?> was, IntakeResult<?> is, String path) {
        return !was.value().equals(is.value())
                || !was.report().issues().equals(is.report().issues())
                || reported(was, path);
    }

    /**
     * Values the intake reads as the pattern or to choose, not as data (docs/fhir.md, "Intake"), whose removal
     * rightly changes nothing: the FHIR-mandatory {@code status} and {@code intent} in their usual values, the kind of
     * message ({@code MessageHeader.event}), the display of a reference the intake resolves or of a coding it keeps by
     * code, the {@code use}, {@code period} and {@code preferred} that choose the current name, address and language,
     * a name's {@code text} beside its parts, and the reference to the person of a resource about them.
     */
    private static boolean readAsDerived(JsonNode parent, String name, String path) {
        return name.equals("status")
                || name.equals("intent")
                || path.contains(".eventCoding.")
                || (name.equals("display") && (parent.has("reference") || parent.has("code")))
                || name.equals("use")
                || name.equals("preferred")
                || path.matches(".*\\.(name|address)\\[\\d+]\\.period\\..*")
                || (name.equals("text") && (parent.has("family") || parent.has("given")))
                || path.matches(".*\\.(subject|patient|for)\\.reference");
    }

    private static boolean reported(IntakeResult<?> result, String path) {
        return result.report().issues().stream()
                .map(issue -> issue.path())
                .filter(at -> at.contains(".resource"))
                .anyMatch(at -> path.equals(at)
                        || path.startsWith(at + ".")
                        || path.startsWith(at + "[")
                        || choiceOf(path, at));
    }

    /** JSON names a choice element with its type ({@code onsetPeriod}), FHIRPath without it ({@code onset}). */
    private static boolean choiceOf(String path, String at) {
        return path.length() > at.length() && path.startsWith(at) && Character.isUpperCase(path.charAt(at.length()));
    }

    @Provide
    Arbitrary<String> examples() {
        return Arbitraries.of(IntakeGoldenTest.REFERRALS);
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
}

package org.socialprescribing.fhir.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hl7.fhir.r4.model.Bundle;
import org.socialprescribing.fhir.FhirFormatException;
import org.socialprescribing.fhir.FhirResourceReader;
import org.socialprescribing.fhir.JsonLeaves;
import org.socialprescribing.fhir.SpFhir;
import org.socialprescribing.model.Severity;
import org.socialprescribing.model.measure.ScoreResult;

/**
 * Bundles of published Questionnaires and responses ({@link BundleDefinitionsTest}): remove any one value of any
 * resource (a Questionnaire, a value set or a response) and every response either scores as before or the results
 * carry a warning or an error. A definition never changes a score silently.
 */
class BundleDefinitionsPerturbationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final QuestionnaireResponseScorer SCORER = QuestionnaireResponseScorer.standard();

    private static final Map<String, String> BUNDLES = Map.of(
            "phr-ig collection",
            json(BundleDefinitionsTest.phrCollection()),
            "mii-pro searchset",
            json(BundleDefinitionsTest.miiSearchset(ThirdParty.miiDefinitionsWithTheResponsesLinkIds())));

    private static String json(Bundle bundle) {
        return SpFhir.newJsonParser().encodeResourceToString(bundle);
    }

    @Property(tries = 200)
    void removingAnyValue_keepsEveryScoreOrAddsAnIssue(@ForAll("names") String name, @ForAll("picks") int pick)
            throws Exception {
        String original = BUNDLES.get(name);
        List<ScoredResponse> published = SCORER.scoreAll(read(original).orElseThrow());
        assertThat(published)
                .allSatisfy(scored -> assertThat(scored.report().issues())
                        .noneMatch(issue -> issue.severity() != Severity.INFORMATION));
        JsonNode tree = JSON.readTree(original);
        List<JsonLeaves.Leaf> leaves = JsonLeaves.ofEntries(tree, (parent, member, path, ofResource) -> false);
        JsonLeaves.Leaf leaf = leaves.get(pick % leaves.size());
        leaf.remove();

        Optional<Bundle> perturbed = read(tree.toString());
        if (perturbed.isEmpty()) {
            return; // the reader refused it, with a location
        }
        List<ScoredResponse> scored = SCORER.scoreAll(perturbed.get());

        assertThat(scored).hasSameSizeAs(published);
        for (int i = 0; i < scored.size(); i++) {
            Optional<ScoreResult> before = published.get(i).result();
            ScoredResponse after = scored.get(i);
            boolean same = after.result().equals(before);
            boolean reported =
                    after.report().issues().stream().anyMatch(issue -> issue.severity() != Severity.INFORMATION);
            assertThat(same || reported)
                    .as("%s without %s: %s, report %s", name, leaf.path(), after.result(), after.report())
                    .isTrue();
        }
    }

    private static Optional<Bundle> read(String json) {
        try {
            return Optional.of(FhirResourceReader.standard().parse(json, Bundle.class));
        } catch (FhirFormatException e) {
            assertThat(e.location()).isNotNull();
            return Optional.empty();
        }
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.of(BUNDLES.keySet());
    }

    @Provide
    Arbitrary<Integer> picks() {
        return Arbitraries.integers().between(0, 100_000);
    }
}

package org.socialprescribing.fhir.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.socialprescribing.measures.InvalidResponseException;
import org.socialprescribing.model.Severity;
import org.socialprescribing.model.measure.Collector;
import org.socialprescribing.model.measure.Timepoint;

/**
 * Perturbed third-party responses: removing, reordering or renaming items, or renaming their answers' codes, never
 * changes the score silently. Either the score is what the published response scores, or the report carries a
 * warning or an error (the published responses score with neither).
 */
class ThirdPartyPerturbationTest {

    /** A published response and the scorer that reads it (with its definitions where it needs them). */
    private record Base(String name, QuestionnaireResponse response, QuestionnaireResponseScorer scorer) {

        ScoredResponse score(QuestionnaireResponse response) {
            return scorer.score(response, ThirdParty.LHC_REFERENCE);
        }
    }

    private static final List<Base> BASES = List.of(
            new Base(
                    "phr-ig phq9",
                    ThirdParty.response("phr-ig/QuestionnaireResponse-phq9.json"),
                    QuestionnaireResponseScorer.standard()),
            new Base(
                    "phr-ig gad7",
                    ThirdParty.response("phr-ig/QuestionnaireResponse-gad7.json"),
                    QuestionnaireResponseScorer.standard()),
            new Base(
                    "lhc-forms a",
                    ThirdParty.response("lhc-forms/lhc-forms-phq9-response-a.json"),
                    QuestionnaireResponseScorer.standard()),
            new Base(
                    "lhc-forms b",
                    ThirdParty.response("lhc-forms/lhc-forms-phq9-response-b.json"),
                    QuestionnaireResponseScorer.standard()),
            new Base(
                    "mii-pro",
                    ThirdParty.response("mii-pro/QuestionnaireResponse-mii-exa-pro-phq-9-response.json"),
                    QuestionnaireResponseScorer.standard()
                            .withDefinitions(ThirdParty.miiDefinitionsWithTheResponsesLinkIds())));

    /** Names a renamed linkId or code may take: noise, LOINC codes of other items and instruments, the SDK's keys. */
    private static final List<String> NAMES = List.of(
            "x",
            "",
            "/44250-9",
            "44260-8",
            "/69725-0",
            "69736-7",
            "44261-6",
            "/70274-6",
            "phq9_1",
            "PHQ.3",
            "PHQ.Score",
            "69722-7",
            "/X789/44255-8");

    /**
     * Codes a renamed answer may take: none is another answer of the same item (that would be a different answer,
     * not a renamed one); item 10's answers, an unknown LOINC answer, digits and noise are.
     */
    private static final List<String> CODES = List.of("LA6572-7", "LA9999-9", "3", "0", "x", "");

    /** One change to a response. */
    private enum Kind {
        REMOVE,
        SHUFFLE,
        RENAME_LINK_ID,
        RENAME_CODE,
        DROP_SYSTEM,
        OTHER_SYSTEM,
        DROP_DISPLAY
    }

    private record Change(Kind kind, int item, int pick) {

        void apply(QuestionnaireResponse response, long seed) {
            List<QuestionnaireResponseItemComponent> items = response.getItem();
            if (items.isEmpty()) {
                return;
            }
            QuestionnaireResponseItemComponent target = items.get(item % items.size());
            Coding coding = target.hasAnswer() && target.getAnswerFirstRep().getValue() instanceof Coding
                    ? target.getAnswerFirstRep().getValueCoding()
                    : null;
            switch (kind) {
                case REMOVE:
                    items.remove(target);
                    break;
                case SHUFFLE:
                    Collections.shuffle(items, new Random(seed));
                    break;
                case RENAME_LINK_ID:
                    target.setLinkId(NAMES.get(pick % NAMES.size()));
                    break;
                case RENAME_CODE:
                    if (coding != null) {
                        coding.setCode(CODES.get(pick % CODES.size()));
                    }
                    break;
                case DROP_SYSTEM:
                    if (coding != null) {
                        coding.setSystem(null);
                    }
                    break;
                case OTHER_SYSTEM:
                    if (coding != null) {
                        coding.setSystem("urn:example:other");
                    }
                    break;
                default:
                    if (coding != null) {
                        coding.setDisplay(null);
                    }
            }
        }
    }

    @Provide
    Arbitrary<List<Change>> changes() {
        return Combinators.combine(
                        Arbitraries.of(Kind.class),
                        Arbitraries.integers().between(0, 15),
                        Arbitraries.integers().between(0, 50))
                .as(Change::new)
                .list()
                .ofMinSize(1)
                .ofMaxSize(3);
    }

    @Property(tries = 400)
    void perturbedResponses_scoreTheSameOrReportAnIssue(
            @ForAll("bases") Base base, @ForAll("changes") List<Change> changes, @ForAll long seed) {
        ScoredResponse published = base.score(base.response());
        assertThat(published.report().issues())
                .as("the published response %s", base.name())
                .noneMatch(issue -> issue.severity() != Severity.INFORMATION);
        QuestionnaireResponse perturbed = base.response().copy();
        for (Change change : changes) {
            change.apply(perturbed, seed);
        }

        ScoredResponse scored = base.score(perturbed);

        boolean same = scored.result().equals(published.result());
        boolean reported =
                scored.report().issues().stream().anyMatch(issue -> issue.severity() != Severity.INFORMATION);
        assertThat(same || reported)
                .as("%s after %s: %s, report %s", base.name(), changes, scored.result(), scored.report())
                .isTrue();
        assertThat(scored.isScored()).isEqualTo(scored.report().errors().isEmpty());
    }

    /**
     * The measurement the referral intake keeps agrees with the scorer on any perturbed response: the same score, or
     * an {@code InvalidResponseException} (never another exception) exactly when the scorer scores nothing.
     */
    @Property(tries = 200)
    void importMeasurement_agreesWithTheScorer(
            @ForAll("standardBases") Base base, @ForAll("changes") List<Change> changes, @ForAll long seed) {
        QuestionnaireResponse perturbed = base.response().copy();
        for (Change change : changes) {
            change.apply(perturbed, seed);
        }
        ScoredResponse scored = base.score(perturbed);
        OutcomeMeasurementMapper mapper = OutcomeMeasurementMapper.standard();

        if (scored.isScored() && perturbed.hasAuthored()) {
            assertThat(mapper.importMeasurement(perturbed, Timepoint.OTHER, Collector.HEALTH_SYSTEM)
                            .value()
                            .score())
                    .isEqualTo(scored.result());
        } else if (!scored.isScored()) {
            assertThatExceptionOfType(InvalidResponseException.class)
                    .isThrownBy(() -> mapper.importMeasurement(perturbed, Timepoint.OTHER, Collector.HEALTH_SYSTEM));
        }
    }

    @Provide
    Arbitrary<Base> standardBases() {
        return Arbitraries.of(BASES.subList(0, 4)); // those the standard scorer reads with no supplied Questionnaire
    }

    @Property(tries = 100)
    void reorderedResponses_scoreTheSame(@ForAll("bases") Base base, @ForAll long seed) {
        QuestionnaireResponse shuffled = base.response().copy();
        List<QuestionnaireResponseItemComponent> items = new ArrayList<>(shuffled.getItem());
        Collections.shuffle(items, new Random(seed));
        shuffled.setItem(items);

        assertThat(base.score(shuffled).result())
                .isEqualTo(base.score(base.response()).result());
    }

    @Provide
    Arbitrary<Base> bases() {
        return Arbitraries.of(BASES);
    }
}

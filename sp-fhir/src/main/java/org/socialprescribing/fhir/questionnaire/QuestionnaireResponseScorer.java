package org.socialprescribing.fhir.questionnaire;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.Resource;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.fhir.FhirFormatException;
import org.socialprescribing.fhir.FhirIssueCode;
import org.socialprescribing.fhir.FhirResourceReader;
import org.socialprescribing.measures.InstrumentRegistry;
import org.socialprescribing.measures.InvalidResponseException;
import org.socialprescribing.measures.star.StarDefinition;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.Severity;
import org.socialprescribing.model.ValidationIssue;
import org.socialprescribing.model.ValidationReport;
import org.socialprescribing.model.measure.InstrumentId;
import org.socialprescribing.model.measure.ScoreComponent;
import org.socialprescribing.model.measure.ScoreResult;

/**
 * Scores any QuestionnaireResponse to a Questionnaire of {@link InstrumentQuestionnaires} with sp-measures and returns
 * the score Observations, each {@code derivedFrom} the response.
 *
 * <pre>{@code
 * ScoredResponse scored = QuestionnaireResponseScorer.standard().score(response);
 * if (scored.isScored()) {
 *     scored.observations().forEach(bundle::add);
 * } else {
 *     return scored.operationOutcome();     // e.g. QuestionnaireResponse.item[2].answer[0]: phq9_3: 4 is outside 0..3
 * }
 * }</pre>
 *
 * <p><b>Responses to the SDK's Questionnaires</b> name them by canonical URL (with or without {@code |version}).
 * Answers are read as {@link InstrumentQuestionnaires} defines the items: Codings of the answer options (national or
 * SDK codes, or any Coding carrying the weight of exactly one option, in the SDC {@code itemWeight} extension or the
 * older {@code ordinalValue}), whole numbers for star areas. Answers of the wrong type, unknown linkIds,
 * out-of-range answers, an item given twice and nested items are errors in the {@linkplain ScoredResponse#report()
 * report}, each located by a FHIRPath such as {@code QuestionnaireResponse.item[2].answer[0]}; nothing is scored
 * then, and nothing is thrown. A missing answer is a warning, and the score is {@code incomplete} as sp-measures
 * defines it.
 *
 * <p><b>Responses from other systems</b> are matched to an instrument by the Questionnaire they name, if the caller
 * supplies it ({@link #withDefinitions}, or in the same Bundle: {@link #scoreAll}; its {@code code}, its items' LOINC
 * codes, or {@code derivedFrom} an SDK
 * Questionnaire), or else by linkIds that are the LOINC codes of an instrument's items ({@code 44250-9}, or {@code
 * /44250-9} as LHC-Forms writes them). They are read leniently: items at any depth, LOINC answer codes with or
 * without their system, weights from the supplied Questionnaire, whole numbers as answer codes; an answered item
 * the instrument does not use is a warning, and a total the response states is compared with the SDK's (a warning
 * when they differ). Items matching two instruments are an error unless {@link #forInstrument} names one. A
 * response that matches nothing is an error naming its Questionnaire in full and saying how to supply it. PHQ-9
 * item 10 (recorded, never scored) never blocks a score, whatever form its answer takes.
 *
 * <p>The Observations: ONS4 as four Observations (no total); WEMWBS total with SNOMED CT 718426000; SWEMWBS with
 * SNOMED CT 718466001, raw score as the value and the converted (metric) score as a component; PHQ-9 total LOINC
 * 44261-6 with the item 9 risk flag as a {@code valueBoolean} component; GAD-7 total LOINC 70274-6; other
 * instruments under their {@linkplain InstrumentCodeSystems SDK code system} only; a star reading as one
 * Observation with a component per area. Each carries the scoring-rule version ({@value
 * MeasurementCanonicals#SCORING_RULE_VERSION}); a band is the {@code interpretation}, with its source in {@value
 * MeasurementCanonicals#BAND_SOURCE}. Subject and effective time come from the response. Immutable and thread-safe.
 */
public final class QuestionnaireResponseScorer {

    private final Catalogue catalogue;
    private final Definitions definitions;
    private final @Nullable InstrumentId only;

    private QuestionnaireResponseScorer(Catalogue catalogue, Definitions definitions, @Nullable InstrumentId only) {
        this.catalogue = catalogue;
        this.definitions = definitions;
        this.only = only;
    }

    /**
     * A scorer for the instruments of {@link InstrumentRegistry#standard()}.
     *
     * @return the scorer, never null
     */
    public static QuestionnaireResponseScorer standard() {
        return of(InstrumentRegistry.standard());
    }

    /**
     * A scorer for the instruments of a registry, e.g. one with local instruments added.
     *
     * @param registry the instruments, not null
     * @return the scorer, never null
     */
    public static QuestionnaireResponseScorer of(InstrumentRegistry registry) {
        return new QuestionnaireResponseScorer(
                Catalogue.of(requireNonNull(registry, "registry")), Definitions.NONE, null);
    }

    /**
     * This scorer plus a licensee's Outcomes Star, whose readings it records as one Observation.
     *
     * @param star the star, not null
     * @return a new scorer, never null
     * @throws InvalidValueException if an instrument or star already has the star's id
     */
    public QuestionnaireResponseScorer withStar(StarDefinition star) {
        return new QuestionnaireResponseScorer(catalogue.withStar(requireNonNull(star, "star")), definitions, only);
    }

    /**
     * This scorer plus the definitions of other systems' Questionnaires: a response naming one of them (by canonical
     * URL, or by a reference ending {@code Questionnaire/<id>}) is read through it, if its {@code code}, its items'
     * LOINC codes or its {@code derivedFrom} identify an instrument. ValueSets and CodeSystems give the weights of
     * its answers ({@code itemWeight} or {@code ordinalValue}).
     *
     * @param resources Questionnaires, ValueSets, CodeSystems, or Bundles holding them (other resources in a Bundle
     *     are passed over), not null; copied
     * @return a new scorer, never null
     * @throws InvalidValueException if a resource is of another type
     */
    public QuestionnaireResponseScorer withDefinitions(List<? extends Resource> resources) {
        requireNonNull(resources, "resources");
        return new QuestionnaireResponseScorer(catalogue, definitions.and(resources), only);
    }

    /**
     * This scorer reading every response as one instrument: a response whose items match two instruments is read
     * as this one (the other's items are reported as not used), and one that matches another instrument is an error.
     *
     * @param instrument the instrument or star id, not null
     * @return a new scorer, never null
     * @throws InvalidValueException if no instrument or star of this scorer has the id
     */
    public QuestionnaireResponseScorer forInstrument(InstrumentId instrument) {
        return new QuestionnaireResponseScorer(
                catalogue,
                definitions,
                catalogue.get(requireNonNull(instrument, "instrument")).id());
    }

    /**
     * Scores a response that has an id; the Observations refer to it as {@code QuestionnaireResponse/<id>} (or by
     * its {@code urn:uuid:} id). A response without an id is reported, not scored: pass its reference instead.
     *
     * @param response the response, not null
     * @return the score or the problems, never null
     */
    public ScoredResponse score(QuestionnaireResponse response) {
        requireNonNull(response, "response");
        IdType id = response.getIdElement();
        String value = id.getValue();
        if (value != null && References.isUuidUrn(value)) {
            return score(response, value);
        }
        if (!id.hasIdPart()) {
            List<ValidationIssue> issues =
                    new ArrayList<>(reader().read(response).issues());
            issues.add(
                    0,
                    ValidationIssue.of(
                            FhirIssueCode.INVALID_STRUCTURE,
                            ResponseReading.ROOT + ".id",
                            "the response has no id, so the score Observations cannot refer to it; give it one or pass its"
                                    + " reference"));
            return ScoredResponse.failed(ValidationReport.of(issues));
        }
        return score(response, "QuestionnaireResponse/" + id.getIdPart());
    }

    /**
     * Scores a response that the Observations refer to by a reference of the caller's choosing, such as the {@code
     * urn:uuid:} full URL of its Bundle entry.
     *
     * @param response the response, not null
     * @param responseReference {@code QuestionnaireResponse/<id>}, a URL ending so, or a {@code urn:uuid:}, not null
     * @return the score or the problems, never null
     * @throws InvalidValueException if the reference has another form
     */
    public ScoredResponse score(QuestionnaireResponse response, String responseReference) {
        requireNonNull(response, "response");
        References.check(requireNonNull(responseReference, "responseReference"));
        ResponseReading.Result reading = reader().read(response);
        List<ValidationIssue> issues = new ArrayList<>(reading.issues());
        FormDefinition form = reading.form();
        if (form != null) {
            form.notScoredReason()
                    .ifPresent(reason -> issues.add(ValidationIssue.of(
                            FhirIssueCode.INVALID_VALUE,
                            ResponseReading.ROOT + ".questionnaire",
                            form.id() + " is record-only, so the SDK scores no response to it: " + reason)));
        }
        if (form == null || issues.stream().anyMatch(ResponseReading::isError)) {
            return ScoredResponse.failed(ValidationReport.of(issues));
        }
        ScoreResult result;
        try {
            result = form.score(reading.answers());
        } catch (InvalidResponseException e) {
            // The reading checks what sp-measures checks, so this is a safety net, located as well as it can be.
            for (ValidationIssue issue : e.report().issues()) {
                issues.add(ValidationIssue.of(
                        issue.code(), issue.severity(), itemPath(response, issue.path()), issue.message()));
            }
            return ScoredResponse.failed(ValidationReport.of(issues));
        }
        compareStated(reading.stated(), result, issues);
        List<Observation> observations = ScoreObservations.write(
                form,
                result,
                response.hasAuthoredElement() ? response.getAuthoredElement() : null,
                response.hasSubject() ? response.getSubject() : null,
                responseReference);
        return new ScoredResponse(ValidationReport.of(issues), result, observations);
    }

    /**
     * Reads a response from FHIR JSON or XML text ({@link FhirResourceReader#standard()}) and scores it as
     * {@link #score(QuestionnaireResponse)} does. Text that cannot be read is reported, not thrown.
     *
     * @param content the response as FHIR JSON or XML, not null
     * @return the score or the problems, never null
     */
    public ScoredResponse score(String content) {
        requireNonNull(content, "content");
        QuestionnaireResponse response;
        try {
            response = FhirResourceReader.standard().parse(content, QuestionnaireResponse.class);
        } catch (FhirFormatException e) {
            return ScoredResponse.failed(ValidationReport.of(e.toIssue()));
        }
        return score(response);
    }

    /**
     * Scores every QuestionnaireResponse of a Bundle (a server's search result with {@code _include}, an IG's example
     * Bundle, a transaction), reading the Bundle's Questionnaires, ValueSets and CodeSystems as supplied definitions,
     * exactly as {@link #withDefinitions} does: a response may name a Questionnaire of the same Bundle by canonical
     * URL, by a reference ending {@code Questionnaire/<id>}, or by its entry's {@code fullUrl}. The Observations
     * refer to each response by its entry's {@code fullUrl} when that is a {@code urn:uuid:} or ends {@code
     * QuestionnaireResponse/<id>}, else by {@code QuestionnaireResponse/<id>}.
     *
     * @param bundle the Bundle, of any type; not changed, not null
     * @return one result per QuestionnaireResponse entry, in entry order, with every issue located under its entry
     *     ({@code Bundle.entry[3].resource.item[2].answer[0]}); empty if the Bundle holds none; never null
     */
    public List<ScoredResponse> scoreAll(Bundle bundle) {
        requireNonNull(bundle, "bundle");
        QuestionnaireResponseScorer scorer = withDefinitions(List.of(bundle));
        List<ScoredResponse> results = new ArrayList<>();
        List<Bundle.BundleEntryComponent> entries = bundle.getEntry();
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).getResource() instanceof QuestionnaireResponse) {
                QuestionnaireResponse response =
                        (QuestionnaireResponse) entries.get(i).getResource();
                String fullUrl = entries.get(i).getFullUrl();
                ScoredResponse scored = fullUrl != null && References.isReference(fullUrl)
                        ? scorer.score(response, fullUrl)
                        : scorer.score(response);
                results.add(scored.locatedAt("Bundle.entry[" + i + "].resource"));
            }
        }
        return results;
    }

    private ResponseReading reader() {
        return new ResponseReading(catalogue, definitions, only, false);
    }

    /** A score the response states itself is checked against the SDK's, never used in its place. */
    private static void compareStated(
            List<ResponseReading.StatedScore> stated, ScoreResult result, List<ValidationIssue> issues) {
        for (ResponseReading.StatedScore score : stated) {
            Optional<ScoreComponent> computed = result.component(score.component());
            String given = score.value().stripTrailingZeros().toPlainString();
            if (computed.isEmpty()) {
                issues.add(ValidationIssue.of(
                        FhirIssueCode.TOTAL_DIFFERS,
                        Severity.WARNING,
                        score.path(),
                        "the response states a " + score.component() + " of " + given + ", but the SDK computes none"
                                + " from its answers (" + result.status().code() + ")"));
            } else if (computed.get().value().compareTo(score.value()) != 0) {
                issues.add(ValidationIssue.of(
                        FhirIssueCode.TOTAL_DIFFERS,
                        Severity.WARNING,
                        score.path(),
                        "the response states a " + score.component() + " of " + given + ", but its answers give "
                                + computed.get().value().toPlainString() + "; the SDK's score is written"));
            } else {
                issues.add(ValidationIssue.of(
                        FhirIssueCode.ITEM_NOT_USED,
                        Severity.INFORMATION,
                        score.path(),
                        "the response states a " + score.component() + " of " + given + ", which the SDK's score"
                                + " from its answers confirms"));
            }
        }
    }

    private static String itemPath(QuestionnaireResponse response, String key) {
        List<QuestionnaireResponseItemComponent> items = response.getItem();
        for (int i = 0; i < items.size(); i++) {
            if (key.equals(items.get(i).getLinkId())) {
                return ResponseReading.ROOT + ".item[" + i + "].answer[0]";
            }
        }
        return ResponseReading.ROOT + ".item.where(linkId='" + key + "')";
    }

    @Override
    public String toString() {
        return "QuestionnaireResponseScorer" + catalogue + (definitions.isEmpty() ? "" : " + " + definitions)
                + (only == null ? "" : " as " + only);
    }
}

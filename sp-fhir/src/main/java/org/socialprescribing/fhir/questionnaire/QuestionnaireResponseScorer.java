package org.socialprescribing.fhir.questionnaire;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.socialprescribing.fhir.FhirFormatException;
import org.socialprescribing.fhir.FhirIssueCode;
import org.socialprescribing.fhir.FhirResourceReader;
import org.socialprescribing.measures.InstrumentRegistry;
import org.socialprescribing.measures.InvalidResponseException;
import org.socialprescribing.measures.star.StarDefinition;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.ValidationIssue;
import org.socialprescribing.model.ValidationReport;
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
 * <p>The response names its Questionnaire by canonical URL (with or without {@code |version}). Answers are read as
 * {@link InstrumentQuestionnaires} defines the items: Codings of the answer options (or any Coding carrying the
 * weight of exactly one option, in the SDC {@code itemWeight} extension or the older {@code ordinalValue}), whole
 * numbers for star areas and unscored items. Answers of the wrong type, unknown linkIds, out-of-range answers, an
 * item given twice and nested items are errors in the {@linkplain ScoredResponse#report() report}, each located by a
 * FHIRPath such as {@code QuestionnaireResponse.item[2].answer[0]}; nothing is scored then, and nothing is thrown.
 * A missing answer is a warning, and the score is {@code incomplete} as sp-measures defines it.
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

    private QuestionnaireResponseScorer(Catalogue catalogue) {
        this.catalogue = catalogue;
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
        return new QuestionnaireResponseScorer(Catalogue.of(requireNonNull(registry, "registry")));
    }

    /**
     * This scorer plus a licensee's Outcomes Star, whose readings it records as one Observation.
     *
     * @param star the star, not null
     * @return a new scorer, never null
     * @throws InvalidValueException if an instrument or star already has the star's id
     */
    public QuestionnaireResponseScorer withStar(StarDefinition star) {
        return new QuestionnaireResponseScorer(catalogue.withStar(requireNonNull(star, "star")));
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
            List<ValidationIssue> issues = new ArrayList<>(
                    new ResponseReading(catalogue).read(response).issues());
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
        ResponseReading.Result reading = new ResponseReading(catalogue).read(response);
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
        List<Observation> observations = ScoreObservations.write(
                form,
                result,
                response.hasAuthoredElement() ? response.getAuthoredElement() : null,
                response.hasSubject() ? response.getSubject() : null,
                responseReference);
        return new ScoredResponse(ValidationReport.of(issues), result, observations);
    }

    /**
     * Reads a response from FHIR JSON or XML text ({@link FhirResourceReader#withDefaults()}) and scores it as
     * {@link #score(QuestionnaireResponse)} does. Text that cannot be read is reported, not thrown.
     *
     * @param content the response as FHIR JSON or XML, not null
     * @return the score or the problems, never null
     */
    public ScoredResponse score(String content) {
        requireNonNull(content, "content");
        QuestionnaireResponse response;
        try {
            response = FhirResourceReader.withDefaults().read(content, QuestionnaireResponse.class);
        } catch (FhirFormatException e) {
            return ScoredResponse.failed(ValidationReport.of(e.toIssue()));
        }
        return score(response);
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
        return "QuestionnaireResponseScorer" + catalogue;
    }
}

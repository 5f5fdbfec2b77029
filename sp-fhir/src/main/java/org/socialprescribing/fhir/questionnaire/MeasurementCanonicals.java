package org.socialprescribing.fhir.questionnaire;

import org.socialprescribing.fhir.SpFhir;
import org.socialprescribing.model.measure.InstrumentId;

/**
 * The canonical URLs of outcome measurement in FHIR: the SDK's Questionnaires and instrument code systems, the
 * extensions and profiles its QuestionnaireResponses and score Observations use, and the two SDC scoring extensions
 * it reads. All SDK URLs are under {@value SpFhir#CANONICAL_BASE}; the instrument id appears in them as it is
 * ({@code ons_loneliness}), so every URL is stable for as long as the instrument id is.
 */
public final class MeasurementCanonicals {

    /** SDC (Extensions Pack) answer weight, {@code valueDecimal}; written on answer options and answer codings. */
    public static final String ITEM_WEIGHT = "http://hl7.org/fhir/StructureDefinition/itemWeight";

    /** The older name of {@link #ITEM_WEIGHT} (FHIR R4 core); read, never written. */
    public static final String ORDINAL_VALUE = "http://hl7.org/fhir/StructureDefinition/ordinalValue";

    /** FHIR R4 core extension: the lowest allowed answer of an integer item. */
    public static final String MIN_VALUE = "http://hl7.org/fhir/StructureDefinition/minValue";

    /** FHIR R4 core extension: the highest allowed answer of an integer item. */
    public static final String MAX_VALUE = "http://hl7.org/fhir/StructureDefinition/maxValue";

    private static final String EXTENSION = SpFhir.CANONICAL_BASE + "/StructureDefinition/";

    /** Extension on a score Observation: the version of the scoring rule that produced it, {@code valueString}. */
    public static final String SCORING_RULE_VERSION = EXTENSION + "scoring-rule-version";

    /** Extension on a band ({@code Observation.interpretation}): where the band comes from, {@code valueString}. */
    public static final String BAND_SOURCE = EXTENSION + "score-band-source";

    /** Extension on a score Observation: why a score is incomplete, or a note (code, item, text). */
    public static final String SCORE_MESSAGE = EXTENSION + "score-message";

    /** Extension on a score Observation: who computed a score the SDK records but does not compute (PAM). */
    public static final String SUPPLIED_BY = EXTENSION + "score-supplied-by";

    /** Extension on a QuestionnaireResponse: when in the episode it was taken, {@code valueCoding}. */
    public static final String TIMEPOINT = EXTENSION + "measurement-timepoint";

    /** Extension on a QuestionnaireResponse: who collected it (the three tiers), {@code valueCoding}. */
    public static final String COLLECTOR = EXTENSION + "measurement-collector";

    /** Profile of the score Observations the SDK writes. */
    public static final String SCORE_OBSERVATION_PROFILE = EXTENSION + "sp-score-observation";

    /** Profile of the QuestionnaireResponses that {@link OutcomeMeasurementMapper} writes. */
    public static final String OUTCOME_RESPONSE_PROFILE = EXTENSION + "sp-outcome-response";

    /** The code system of {@link org.socialprescribing.model.measure.Timepoint} codes. */
    public static final String TIMEPOINT_SYSTEM = SpFhir.CANONICAL_BASE + "/CodeSystem/timepoint";

    /** The code system of {@link org.socialprescribing.model.measure.Collector} codes. */
    public static final String COLLECTOR_SYSTEM = SpFhir.CANONICAL_BASE + "/CodeSystem/collector";

    private MeasurementCanonicals() {}

    /**
     * The canonical URL of an instrument's (or star's) Questionnaire.
     *
     * @param instrument the instrument id, not null
     * @return {@code https://fhir.socialprescribing.org/Questionnaire/<id>}, never null
     */
    public static String questionnaire(InstrumentId instrument) {
        return SpFhir.CANONICAL_BASE + "/Questionnaire/" + instrument.value();
    }

    /**
     * The canonical URL of an instrument's (or star's) code system: its answer codes, score components, bands and
     * flags.
     *
     * @param instrument the instrument id, not null
     * @return {@code https://fhir.socialprescribing.org/CodeSystem/instrument-<id>}, never null
     */
    public static String codeSystem(InstrumentId instrument) {
        return SpFhir.CANONICAL_BASE + "/CodeSystem/instrument-" + instrument.value();
    }

    /** The id of a resource named after an instrument: FHIR ids may not hold underscores, so they become hyphens. */
    static String resourceId(String prefix, InstrumentId instrument) {
        return prefix + instrument.value().replace('_', '-');
    }
}

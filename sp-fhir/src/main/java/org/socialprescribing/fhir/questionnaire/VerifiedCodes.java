package org.socialprescribing.fhir.questionnaire;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.Coding;
import org.socialprescribing.model.coding.CodedConcept;
import org.socialprescribing.model.coding.Snomed;
import org.socialprescribing.model.measure.InstrumentId;

/**
 * The national codes for instruments and scores that a source verifies; nothing else is coded outside the SDK's
 * own code systems. LOINC and SNOMED CT have no codes for WEMWBS or SWEMWBS items, ONS4 or UCLA-3, so none are used.
 *
 * <ul>
 *   <li>SNOMED CT 718426000 (WEMWBS score) and 718466001 (SWEMWBS score), with the older UK-extension concepts
 *       885541000000103 and 960481000000107 accepted on input: sp-model {@link Snomed}.
 *   <li>LOINC PHQ-9 panel 44249-1, total 44261-6, GAD-7 total 70274-6 [V: the SDK's instrument reference, PHQ-9 and
 *       GAD-7]. No display is given: the reference does not quote LOINC's names.
 *   <li>LOINC PHQ-9 answers LA6568-5 .. LA6571-9 [V: same reference, which gives the range and the answer names
 *       "Not at all", "Several days", "More than half the days", "Nearly every day" for 0..3]; the two codes inside
 *       the range, LA6569-3 and LA6570-1, as in public LOINC-coded PHQ-9 Questionnaires [S].
 * </ul>
 */
final class VerifiedCodes {

    static final String LOINC = "http://loinc.org";

    private static final InstrumentId WEMWBS = InstrumentId.of("wemwbs");
    private static final InstrumentId SWEMWBS = InstrumentId.of("swemwbs");
    private static final InstrumentId PHQ9 = InstrumentId.of("phq9");
    private static final InstrumentId GAD7 = InstrumentId.of("gad7");

    /** Written on the score Observation of (instrument, component), before the SDK's own coding. */
    private static final Map<InstrumentId, Map<String, Coding>> WRITTEN = Map.of(
            WEMWBS, Map.of("total", coding(Snomed.WEMWBS_SCORE)),
            SWEMWBS, Map.of("raw", coding(Snomed.SWEMWBS_SCORE)),
            PHQ9, Map.of("total", new Coding(LOINC, "44261-6", null)),
            GAD7, Map.of("total", new Coding(LOINC, "70274-6", null)));

    /** Older codes accepted on input for (instrument, component), never written. */
    private static final Map<InstrumentId, Map<String, Coding>> LEGACY = Map.of(
            WEMWBS, Map.of("total", coding(Snomed.WEMWBS_SCORE_V1)),
            SWEMWBS, Map.of("raw", coding(Snomed.SWEMWBS_SCORE_V1)));

    /** PHQ-9 answers 0..3 (items 1..9). */
    private static final List<Coding> PHQ9_ANSWERS = List.of(
            new Coding(LOINC, "LA6568-5", "Not at all"),
            new Coding(LOINC, "LA6569-3", "Several days"),
            new Coding(LOINC, "LA6570-1", "More than half the days"),
            new Coding(LOINC, "LA6571-9", "Nearly every day"));

    private VerifiedCodes() {}

    private static Coding coding(CodedConcept concept) {
        return new Coding(concept.system(), concept.code(), concept.display().orElse(null));
    }

    /** @return a new copy of the national coding written for a score component, if one is verified */
    static Optional<Coding> scoreCoding(InstrumentId instrument, String component) {
        return Optional.ofNullable(WRITTEN.getOrDefault(instrument, Map.of()).get(component))
                .map(Coding::copy);
    }

    /**
     * The component a national coding stands for, reading the older codes too.
     *
     * @return the component name, or empty if the coding is not a verified code of this instrument
     */
    static Optional<String> componentOf(InstrumentId instrument, Coding coding) {
        for (Map<InstrumentId, Map<String, Coding>> table : List.of(WRITTEN, LEGACY)) {
            for (Map.Entry<String, Coding> entry :
                    table.getOrDefault(instrument, Map.of()).entrySet()) {
                if (entry.getValue().getSystem().equals(coding.getSystem())
                        && entry.getValue().getCode().equals(coding.getCode())) {
                    return Optional.of(entry.getKey());
                }
            }
        }
        return Optional.empty();
    }

    /** @return a new copy of the national code of an instrument's Questionnaire as a whole, if verified */
    static Optional<Coding> questionnaireCoding(InstrumentId instrument) {
        return instrument.equals(PHQ9) ? Optional.of(new Coding(LOINC, "44249-1", null)) : Optional.empty();
    }

    /**
     * The LOINC coding of a PHQ-9 answer.
     *
     * @param instrument the instrument
     * @param min the item's lowest code
     * @param max the item's highest code
     * @param code the answer code
     * @return a new coding, or empty if the item's answers have no verified national codes
     */
    static Optional<Coding> answerCoding(InstrumentId instrument, int min, int max, int code) {
        if (!instrument.equals(PHQ9) || min != 0 || max != PHQ9_ANSWERS.size() - 1 || code < min || code > max) {
            return Optional.empty();
        }
        return Optional.of(PHQ9_ANSWERS.get(code).copy());
    }
}

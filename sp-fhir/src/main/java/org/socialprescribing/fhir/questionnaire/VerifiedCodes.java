package org.socialprescribing.fhir.questionnaire;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.Coding;
import org.jspecify.annotations.Nullable;
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
 *   <li>[S: {@value #PUBLISHED}] the GAD-7 panel 69737-5; the item codes of PHQ-9 (44250-9, 44255-8, 44259-0,
 *       44254-1, 44251-7, 44258-2, 44252-5, 44253-3, 44260-8 for items 1..9, 69722-7 for item 10) and of GAD-7
 *       (69725-0, 68509-9, 69733-4, 69734-2, 69735-9, 69689-8, 69736-7); the same four answers for GAD-7 items;
 *       and PHQ-9 item 10's answers LA6572-7, LA6573-5, LA6575-0, LA6574-3 ("Not difficult at all", "Somewhat
 *       difficult", "Very difficult", "Extremely difficult", in that order), which are recorded, never scored. All
 *       three publications agree on every one of these codes; the golden tests check the SDK's against them.
 * </ul>
 */
final class VerifiedCodes {

    static final String LOINC = "http://loinc.org";

    /** Where the [S] LOINC codes above are read (the test resources keep the files, with their licences). */
    static final String PUBLISHED = "the LOINC-coded PHQ-9 and GAD-7 Questionnaires of the HL7 Personal Health Record"
            + " IG (HL7/personal-health-record-format-ig), LHC-Forms (LHNCBC/lforms test/data/R4/phq9.json) and the"
            + " German MII PRO module (medizininformatik-initiative/kerndatensatzmodul-proms)";

    private static final InstrumentId WEMWBS = InstrumentId.of("wemwbs");
    private static final InstrumentId SWEMWBS = InstrumentId.of("swemwbs");
    static final InstrumentId PHQ9 = InstrumentId.of("phq9");
    static final InstrumentId GAD7 = InstrumentId.of("gad7");

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

    /** The LOINC code of each instrument's Questionnaire (panel). */
    private static final Map<InstrumentId, String> PANELS = Map.of(PHQ9, "44249-1", GAD7, "69737-5");

    /** The LOINC codes of each instrument's items, item 1 first. */
    private static final Map<InstrumentId, List<String>> ITEMS = Map.of(
            PHQ9,
            List.of(
                    "44250-9", "44255-8", "44259-0", "44254-1", "44251-7", "44258-2", "44252-5", "44253-3", "44260-8",
                    "69722-7"),
            GAD7,
            List.of("69725-0", "68509-9", "69733-4", "69734-2", "69735-9", "69689-8", "69736-7"));

    /** The answers 0..3 of PHQ-9 items 1..9 and of GAD-7 items 1..7 (LOINC answer list LL358-3). */
    private static final List<Coding> FREQUENCY_ANSWERS = List.of(
            new Coding(LOINC, "LA6568-5", "Not at all"),
            new Coding(LOINC, "LA6569-3", "Several days"),
            new Coding(LOINC, "LA6570-1", "More than half the days"),
            new Coding(LOINC, "LA6571-9", "Nearly every day"));

    /** PHQ-9 item 10's answers (LOINC answer list LL359-1), recorded as given, never scored. */
    private static final List<Coding> DIFFICULTY_ANSWERS = List.of(
            new Coding(LOINC, "LA6572-7", "Not difficult at all"),
            new Coding(LOINC, "LA6573-5", "Somewhat difficult"),
            new Coding(LOINC, "LA6575-0", "Very difficult"),
            new Coding(LOINC, "LA6574-3", "Extremely difficult"));

    /** Item 10 of PHQ-9, the one item whose answers {@link #DIFFICULTY_ANSWERS} are. */
    private static final int PHQ9_DIFFICULTY_ITEM = 10;

    /** Which instrument and item number each LOINC item code stands for. */
    private static final Map<String, ItemCode> ITEMS_BY_CODE = new HashMap<>();

    static {
        ITEMS.forEach((instrument, codes) -> {
            for (int i = 0; i < codes.size(); i++) {
                ITEMS_BY_CODE.put(codes.get(i), new ItemCode(instrument, i + 1));
            }
        });
    }

    /** An item of an instrument, known by its national code. */
    record ItemCode(InstrumentId instrument, int itemNumber) {}

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
        return Optional.ofNullable(PANELS.get(instrument)).map(code -> new Coding(LOINC, code, null));
    }

    /**
     * The instrument whose Questionnaire a national code names.
     *
     * @param system the coding's system, or null
     * @param code the coding's code, or null
     * @return the instrument, or empty if the coding is no instrument's panel code
     */
    static Optional<InstrumentId> instrumentOfPanel(@Nullable String system, @Nullable String code) {
        if (!LOINC.equals(system) || code == null) {
            return Optional.empty();
        }
        return PANELS.entrySet().stream()
                .filter(entry -> entry.getValue().equals(code))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    /** @return a new copy of the national code of an item, if verified */
    static Optional<Coding> itemCoding(InstrumentId instrument, int itemNumber) {
        List<String> codes = ITEMS.getOrDefault(instrument, List.of());
        return itemNumber >= 1 && itemNumber <= codes.size()
                ? Optional.of(new Coding(LOINC, codes.get(itemNumber - 1), null))
                : Optional.empty();
    }

    /**
     * The item a LOINC item code stands for; a code without a system is read as LOINC, since LOINC codes have a
     * form ({@code 44250-9}) that no other code system of these items shares.
     *
     * @param system the system, or null if none is given
     * @param code the code, or null
     * @return the instrument and item number, or empty if the code is no item's national code
     */
    static Optional<ItemCode> itemOf(@Nullable String system, @Nullable String code) {
        if ((system != null && !LOINC.equals(system)) || code == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(ITEMS_BY_CODE.get(code));
    }

    /**
     * The component a national code of a score stands for, for any instrument (a total given inside a response).
     *
     * @param system the system, or null if none is given (read as LOINC)
     * @param code the code, or null
     * @return the instrument and component, or empty if the code is no verified score code
     */
    static Optional<Map.Entry<InstrumentId, String>> scoreOf(@Nullable String system, @Nullable String code) {
        if (code == null) {
            return Optional.empty();
        }
        String read = system == null ? LOINC : system;
        for (Map.Entry<InstrumentId, Map<String, Coding>> instrument : WRITTEN.entrySet()) {
            for (Map.Entry<String, Coding> component : instrument.getValue().entrySet()) {
                if (component.getValue().getSystem().equals(read)
                        && component.getValue().getCode().equals(code)) {
                    return Optional.of(Map.entry(instrument.getKey(), component.getKey()));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The instrument and component of a score recorded elsewhere under a national code (another system's
     * Observation): the LOINC totals of PHQ-9 and GAD-7, the SNOMED CT WEMWBS score concepts (current and older), and
     * the SWEMWBS ones, whose component is not given: those concepts do not say whether a value is the raw or the
     * converted score (sp-gp's code table cites the same source and says so), and the SDK does not guess.
     *
     * @param system the coding's system; a coding without one is no recorded score
     * @param code the coding's code, or null
     * @return the instrument and the component, if the code names one; empty if it is no verified score code
     */
    static Optional<Map.Entry<InstrumentId, Optional<String>>> recordedScoreOf(
            @Nullable String system, @Nullable String code) {
        if (system == null || code == null) {
            return Optional.empty();
        }
        Coding coding = new Coding(system, code, null);
        for (InstrumentId instrument : List.of(PHQ9, GAD7, WEMWBS)) {
            Optional<String> component = componentOf(instrument, coding);
            if (component.isPresent()) {
                return Optional.of(Map.entry(instrument, component));
            }
        }
        return componentOf(SWEMWBS, coding).map(raw -> Map.entry(SWEMWBS, Optional.empty()));
    }

    /**
     * The LOINC coding of an answer to a PHQ-9 or GAD-7 item answered 0..3.
     *
     * @param instrument the instrument
     * @param min the item's lowest code
     * @param max the item's highest code
     * @param code the answer code
     * @return a new coding, or empty if the item's answers have no verified national codes
     */
    static Optional<Coding> answerCoding(InstrumentId instrument, int min, int max, int code) {
        if (!PANELS.containsKey(instrument)
                || min != 0
                || max != FREQUENCY_ANSWERS.size() - 1
                || code < min
                || code > max) {
            return Optional.empty();
        }
        return Optional.of(FREQUENCY_ANSWERS.get(code).copy());
    }

    /**
     * The national answer of an item that is recorded, not scored: PHQ-9 item 10's difficulty.
     *
     * @param instrument the instrument
     * @param itemNumber the item number
     * @param code the answer's code (its system, if any, is checked by the caller)
     * @return a new coding with LOINC's display, or empty if the code is not one of the item's answers
     */
    static Optional<Coding> recordedAnswer(InstrumentId instrument, int itemNumber, @Nullable String code) {
        if (!instrument.equals(PHQ9) || itemNumber != PHQ9_DIFFICULTY_ITEM || code == null) {
            return Optional.empty();
        }
        return DIFFICULTY_ANSWERS.stream()
                .filter(answer -> answer.getCode().equals(code))
                .findFirst()
                .map(Coding::copy);
    }
}

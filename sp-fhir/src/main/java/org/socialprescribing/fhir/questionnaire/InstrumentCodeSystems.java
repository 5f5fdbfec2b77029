package org.socialprescribing.fhir.questionnaire;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeSystem.CodeSystemContentMode;
import org.hl7.fhir.r4.model.CodeSystem.ConceptDefinitionComponent;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.MetadataResource;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.fhir.questionnaire.FormDefinition.AnswerType;
import org.socialprescribing.fhir.questionnaire.FormDefinition.Question;
import org.socialprescribing.measures.Instrument;
import org.socialprescribing.measures.ItemFlag;
import org.socialprescribing.measures.ResponseOption;
import org.socialprescribing.measures.instruments.BuiltInInstruments;
import org.socialprescribing.measures.instruments.Ucla3;
import org.socialprescribing.measures.instruments.Wemwbs;
import org.socialprescribing.measures.star.StarDefinition;
import org.socialprescribing.model.measure.InstrumentId;

/**
 * The code system of an instrument or star ({@link MeasurementCanonicals#codeSystem}), generated from its
 * sp-measures definition so that the codes are never typed twice. It holds four kinds of concept, told apart by
 * their form:
 *
 * <ul>
 *   <li>answer codes, the digits of the answer code ({@code 3}), for answers no national code system covers;
 *   <li>score components, {@code score.<component>} ({@code score.total}, {@code score.life_satisfaction}, a star's
 *       {@code score.<area>}), and a star's whole reading, {@code reading};
 *   <li>bands, {@code band.<code>} ({@code band.moderate}, a star's {@code band.<stage>});
 *   <li>flags, {@code flag.<code>} ({@code flag.phq9.item9_positive}).
 * </ul>
 *
 * The jar ships the code systems of the built-in instruments ({@link #builtIn()}), so the validator checks their
 * codes; build the code system of a local instrument or a licensee's star with {@link #of(Instrument)} or {@link
 * #of(StarDefinition)} and add it to {@code FhirValidation.Builder#addConformanceResource} to have its codes
 * checked too. A star's code system holds the licensee's area and stage names, so it is for the licensee's own use.
 */
public final class InstrumentCodeSystems {

    /** The prefix of score-component codes. */
    static final String SCORE = "score.";
    /** The prefix of band codes. */
    static final String BAND = "band.";
    /** The prefix of flag codes. */
    static final String FLAG = "flag.";
    /** The code of a star's whole reading. */
    static final String READING = "reading";

    static final String PUBLISHER = "Social Prescribing SDK";

    private InstrumentCodeSystems() {}

    /**
     * The code system of an instrument, from its definition and the bands of its own scoring rule.
     *
     * @param instrument the instrument, not null
     * @return a new code system, never null
     */
    public static CodeSystem of(Instrument instrument) {
        return of(FormDefinition.of(instrument), List.of());
    }

    /**
     * The code system of a licensee's star: its areas and stages, named as the licensee names them.
     *
     * @param star the star, not null
     * @return a new code system, never null
     */
    public static CodeSystem of(StarDefinition star) {
        return of(FormDefinition.of(star), List.of());
    }

    /**
     * The code systems the jar ships: one per built-in instrument, including the bands of the opt-in variants that
     * keep the instrument's id ({@link Wemwbs#withInterpretationBands()}, {@link Ucla3#withCutOff}).
     *
     * @return new code systems, in the order of the built-in instruments, never null
     */
    public static List<CodeSystem> builtIn() {
        List<CodeSystem> systems = new ArrayList<>();
        for (Instrument instrument : BuiltInInstruments.all()) {
            List<String> extraBands = new ArrayList<>();
            if (instrument.id().equals(Wemwbs.instrument().id())) {
                Wemwbs.INTERPRETATION_BANDS.bands().forEach(band -> extraBands.add(band.code()));
            } else if (instrument.id().equals(Ucla3.instrument().id())) {
                extraBands.add(Ucla3.NOT_LONELY);
                extraBands.add(Ucla3.LONELY);
            }
            systems.add(of(FormDefinition.of(instrument), extraBands));
        }
        return systems;
    }

    static CodeSystem of(FormDefinition form, Collection<String> extraBands) {
        InstrumentId id = form.id();
        CodeSystem system = describe(
                new CodeSystem(),
                MeasurementCanonicals.resourceId("instrument-", id),
                form.codeSystemUrl(),
                "Instrument" + pascal(id.value()),
                form.title() + ": answers, scores, bands and flags",
                "Codes of " + form.title() + " (" + id + " version " + form.version() + ") in the Social"
                        + " Prescribing SDK, generated from its definition: answer codes (the digits of the code),"
                        + " score components (score.*), bands (band.*) and flags (flag.*). No item wording.");
        system.setVersion(form.version());
        system.setCaseSensitive(true);
        system.setContent(CodeSystemContentMode.COMPLETE);
        answerCodings(form)
                .forEach((code, coding) ->
                        concept(system, coding.getCode(), coding.getDisplay(), "The answer coded " + code + "."));
        if (form.shape() == FormDefinition.Shape.STAR) {
            concept(system, READING, "Star reading", "A reading of " + form.title() + ", one component per area.");
        }
        for (String component : form.components()) {
            concept(
                    system,
                    SCORE + component,
                    form.componentDisplay(component),
                    "The " + component + " score of " + form.title() + ".");
        }
        Set<String> bands = new LinkedHashSet<>(form.bands());
        bands.addAll(extraBands);
        for (String band : bands) {
            concept(system, BAND + band, form.bandDisplay(band), "The band " + band + ".");
        }
        for (ItemFlag flag : form.flags()) {
            concept(
                    system,
                    FLAG + flag.code(),
                    FormDefinition.flagDisplay(flag),
                    "Raised by an answer above " + flag.above() + " to item " + flag.itemNumber() + " ("
                            + flag.source().label() + ").");
        }
        system.setCount(system.getConcept().size());
        return system;
    }

    private static void concept(CodeSystem system, String code, @Nullable String display, String definition) {
        ConceptDefinitionComponent concept = system.addConcept().setCode(code).setDefinition(definition);
        if (display != null) {
            concept.setDisplay(display);
        }
    }

    /** The codings of the answers no national code system covers, by answer code, ascending. */
    private static Map<Integer, Coding> answerCodings(FormDefinition form) {
        Map<Integer, Coding> codings = new TreeMap<>();
        for (Question question : form.questions()) {
            if (question.type() == AnswerType.CHOICE) {
                for (ResponseOption option : question.options()) {
                    Coding coding = form.answerCoding(question, option);
                    if (coding.getSystem().equals(form.codeSystemUrl())) {
                        codings.putIfAbsent(option.code(), coding);
                    }
                }
            }
        }
        return codings;
    }

    /** Sets the metadata every SDK conformance resource carries; the status is draft until the SDK's 1.0. */
    static <T extends MetadataResource> T describe(
            T resource, String id, String url, String name, String title, String description) {
        resource.setId(id);
        resource.setUrl(url);
        resource.setName(name);
        resource.setTitle(title);
        resource.setStatus(PublicationStatus.DRAFT);
        resource.setExperimental(false);
        resource.setPublisher(PUBLISHER);
        resource.setDescription(description);
        return resource;
    }

    /** {@code ons_loneliness} as {@code OnsLoneliness}, for computer-friendly resource names. */
    static String pascal(String id) {
        StringBuilder name = new StringBuilder();
        for (String part : id.split("_")) {
            if (!part.isEmpty()) {
                name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return name.toString();
    }
}

package org.socialprescribing.fhir.questionnaire;

import java.util.List;
import java.util.function.Function;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeSystem.CodeSystemContentMode;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.MetadataResource;
import org.hl7.fhir.r4.model.ValueSet;
import org.socialprescribing.fhir.SpFhir;
import org.socialprescribing.model.measure.Collector;
import org.socialprescribing.model.measure.Timepoint;

/**
 * The code systems (and value sets of all their codes) of sp-model's {@link Timepoint} and {@link Collector},
 * generated from the enums so that the codes are never typed twice. The jar ships them; {@code SdkConformanceTest}
 * fails if the shipped files drift from what this class generates.
 */
final class MeasurementCodeSystems {

    private MeasurementCodeSystems() {}

    /** @return the timepoint and collector code systems, each followed by its value set */
    static List<MetadataResource> all() {
        return List.of(
                codeSystem(
                        "timepoint",
                        "Timepoint",
                        "Outcome measurement timepoint",
                        "When in a person's social prescribing episode an outcome was measured.",
                        Timepoint.values(),
                        Timepoint::code),
                valueSet("timepoint", "Timepoint", "Outcome measurement timepoints"),
                codeSystem(
                        "collector",
                        "Collector",
                        "Outcome measurement collector",
                        "Who collects a measure: the three tiers of responsibility in the National Voices report"
                                + " (2020): the health system, link workers and community providers.",
                        Collector.values(),
                        Collector::code),
                valueSet("collector", "Collector", "Outcome measurement collectors"));
    }

    /** @return the coding of a timepoint, as written in the {@link MeasurementCanonicals#TIMEPOINT} extension */
    static Coding coding(Timepoint timepoint) {
        return new Coding(
                MeasurementCanonicals.TIMEPOINT_SYSTEM, timepoint.code(), FormDefinition.words(timepoint.code()));
    }

    /** @return the coding of a collector, as written in the {@link MeasurementCanonicals#COLLECTOR} extension */
    static Coding coding(Collector collector) {
        return new Coding(
                MeasurementCanonicals.COLLECTOR_SYSTEM, collector.code(), FormDefinition.words(collector.code()));
    }

    private static <E extends Enum<E>> CodeSystem codeSystem(
            String id, String name, String title, String description, E[] values, Function<E, String> codeOf) {
        CodeSystem system = InstrumentCodeSystems.describe(
                new CodeSystem(),
                id,
                SpFhir.CANONICAL_BASE + "/CodeSystem/" + id,
                name,
                title,
                description + " Generated from the SDK's Java enum; codes never change meaning.");
        system.setCaseSensitive(true);
        system.setValueSet(SpFhir.CANONICAL_BASE + "/ValueSet/" + id);
        system.setContent(CodeSystemContentMode.COMPLETE);
        for (E value : values) {
            String code = codeOf.apply(value);
            system.addConcept().setCode(code).setDisplay(FormDefinition.words(code));
        }
        system.setCount(values.length);
        return system;
    }

    private static ValueSet valueSet(String id, String name, String title) {
        ValueSet valueSet = InstrumentCodeSystems.describe(
                new ValueSet(),
                id,
                SpFhir.CANONICAL_BASE + "/ValueSet/" + id,
                name,
                title,
                "Every code of " + SpFhir.CANONICAL_BASE + "/CodeSystem/" + id + ".");
        valueSet.getCompose().addInclude().setSystem(SpFhir.CANONICAL_BASE + "/CodeSystem/" + id);
        return valueSet;
    }
}

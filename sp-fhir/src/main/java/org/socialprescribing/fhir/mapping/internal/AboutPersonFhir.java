package org.socialprescribing.fhir.mapping.internal;

import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.Basic;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.UriType;
import org.socialprescribing.model.coding.CodedText;
import org.socialprescribing.model.episode.IndividualRequirements;
import org.socialprescribing.model.episode.WhatMatters;

/**
 * The PRSB sections FHIR has no resource for, "About me" (what matters to the person) and "Individual requirements",
 * each as a {@code Basic} resource whose {@code code} says which (SDK record-type) and whose content is one complex
 * SDK extension. A section that was recorded empty is a Basic without the extension, so it is not lost.
 */
final class AboutPersonFhir {

    private static final String[] WHAT_MATTERS = {
        "most-important-to-me",
        "important-people",
        "communication",
        "wellness",
        "please-do-and-dont",
        "how-and-when-to-support-me",
        "also-worth-knowing",
        "supported-to-write-by"
    };

    private AboutPersonFhir() {}

    static Basic write(EpisodeWriter writer, WhatMatters what) {
        Basic basic = basic(writer, RecordType.WHAT_MATTERS);
        List<Optional<String>> texts = texts(what);
        if (texts.stream().anyMatch(Optional::isPresent)
                || what.multimediaLink().isPresent()) {
            Extension extension = Extensions.addComplex(basic, SpExtension.WHAT_MATTERS);
            for (int i = 0; i < WHAT_MATTERS.length; i++) {
                String name = WHAT_MATTERS[i];
                texts.get(i).ifPresent(text -> Extensions.addPart(extension, name, new StringType(text)));
            }
            what.multimediaLink()
                    .ifPresent(link -> Extensions.addPart(extension, "multimedia-link", new UriType(link.toString())));
        }
        return basic;
    }

    static Basic write(EpisodeWriter writer, IndividualRequirements requirements) {
        Basic basic = basic(writer, RecordType.INDIVIDUAL_REQUIREMENTS);
        if (!requirements.reasonableAdjustments().isEmpty()
                || !requirements.impairments().isEmpty()
                || !requirements.mobility().isEmpty()
                || !requirements.other().isEmpty()) {
            Extension extension = Extensions.addComplex(basic, SpExtension.INDIVIDUAL_REQUIREMENTS);
            add(extension, "reasonable-adjustment", requirements.reasonableAdjustments());
            add(extension, "impairment", requirements.impairments());
            add(extension, "mobility", requirements.mobility());
            add(extension, "other", requirements.other());
        }
        return basic;
    }

    private static void add(Extension extension, String name, List<CodedText> values) {
        values.forEach(value -> Extensions.addPart(extension, name, Codings.concept(value)));
    }

    private static Basic basic(EpisodeWriter writer, RecordType type) {
        Basic basic = new Basic();
        basic.setCode(Codings.concept(type));
        basic.setSubject(writer.patient());
        return basic;
    }

    private static List<Optional<String>> texts(WhatMatters what) {
        return List.of(
                what.mostImportantToMe(),
                what.importantPeople(),
                what.communication(),
                what.wellness(),
                what.pleaseDoAndDont(),
                what.howAndWhenToSupportMe(),
                what.alsoWorthKnowing(),
                what.supportedToWriteBy());
    }

    /** The record type of a Basic, if it is one of the SDK's. */
    static Optional<RecordType> type(Basic basic) {
        if (!basic.hasCode() || basic.getCode().getCoding().size() != 1) {
            return Optional.empty();
        }
        String system = basic.getCode().getCodingFirstRep().getSystem();
        String code = basic.getCode().getCodingFirstRep().getCode();
        for (RecordType type : RecordType.values()) {
            if (type.system().equals(system) && type.code().equals(code)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    static WhatMatters readWhatMatters(EpisodeReading episode, At<Basic> basic) {
        Reading reading = start(episode, basic);
        WhatMatters.Builder what = WhatMatters.builder();
        Extensions.one(reading, basic, SpExtension.WHAT_MATTERS).ifPresent(extension -> {
            what.mostImportantToMe(text(reading, extension, WHAT_MATTERS[0]));
            what.importantPeople(text(reading, extension, WHAT_MATTERS[1]));
            what.communication(text(reading, extension, WHAT_MATTERS[2]));
            what.wellness(text(reading, extension, WHAT_MATTERS[3]));
            what.pleaseDoAndDont(text(reading, extension, WHAT_MATTERS[4]));
            what.howAndWhenToSupportMe(text(reading, extension, WHAT_MATTERS[5]));
            what.alsoWorthKnowing(text(reading, extension, WHAT_MATTERS[6]));
            what.supportedToWriteBy(text(reading, extension, WHAT_MATTERS[7]));
            Extensions.part(reading, extension, "multimedia-link", UriType.class)
                    .ifPresent(link -> what.multimediaLink(
                            reading.uri(link.path(), link.node().getValue())));
        });
        return reading.build(basic.path(), what::build);
    }

    static IndividualRequirements readIndividualRequirements(EpisodeReading episode, At<Basic> basic) {
        Reading reading = start(episode, basic);
        IndividualRequirements.Builder requirements = IndividualRequirements.builder();
        Extensions.one(reading, basic, SpExtension.INDIVIDUAL_REQUIREMENTS).ifPresent(extension -> {
            for (At<CodeableConcept> value :
                    Extensions.parts(reading, extension, "reasonable-adjustment", CodeableConcept.class)) {
                requirements.addReasonableAdjustment(Codings.codedText(reading, value));
            }
            for (At<CodeableConcept> value :
                    Extensions.parts(reading, extension, "impairment", CodeableConcept.class)) {
                requirements.addImpairment(Codings.codedText(reading, value));
            }
            for (At<CodeableConcept> value : Extensions.parts(reading, extension, "mobility", CodeableConcept.class)) {
                requirements.addMobility(Codings.codedText(reading, value));
            }
            for (At<CodeableConcept> value : Extensions.parts(reading, extension, "other", CodeableConcept.class)) {
                requirements.addOther(Codings.codedText(reading, value));
            }
        });
        return reading.build(basic.path(), requirements::build);
    }

    private static Reading start(EpisodeReading episode, At<Basic> basic) {
        Reading reading = episode.reading();
        reading.read(basic);
        reading.use(basic.node().getCode());
        episode.requirePatient(basic.child(basic.node().getSubject(), "subject"), basic);
        return reading;
    }

    private static Optional<String> text(Reading reading, At<Extension> extension, String name) {
        return Extensions.part(reading, extension, name, StringType.class)
                .map(found -> found.node().getValue());
    }
}

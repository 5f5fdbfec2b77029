package org.socialprescribing.fhir.mapping.internal;

import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.RiskAssessment;
import org.hl7.fhir.r4.model.RiskAssessment.RiskAssessmentPredictionComponent;
import org.hl7.fhir.r4.model.RiskAssessment.RiskAssessmentStatus;
import org.hl7.fhir.r4.model.StringType;
import org.socialprescribing.model.episode.Risk;
import org.socialprescribing.model.episode.Risks;
import org.socialprescribing.model.episode.SafeguardingConcern;

/**
 * Safeguarding concerns and risks. Each concern is a {@code Flag} (category safety, the concern as {@code code},
 * the dates as {@code period}, the comment in an SDK extension); the PRSB Risks section is one {@code
 * RiskAssessment}: a {@code prediction} per risk ({@code outcome}, {@code whenPeriod}, the comment as {@code
 * rationale}), or, when none is known, no prediction and the SDK extension {@code no-known-risks}. Risks that are not
 * recorded are no RiskAssessment.
 */
final class SafetyFhir {

    private static final Coding SAFETY = new Coding(Systems.FLAG_CATEGORY, "safety", "Safety");

    private SafetyFhir() {}

    static Flag write(EpisodeWriter writer, SafeguardingConcern concern) {
        Flag flag = new Flag();
        concern.comment().ifPresent(comment -> Extensions.add(flag, SpExtension.COMMENT, new StringType(comment)));
        flag.setStatus(concern.to().isPresent() ? Flag.FlagStatus.INACTIVE : Flag.FlagStatus.ACTIVE);
        flag.addCategory(new CodeableConcept(SAFETY.copy()));
        flag.setCode(Codings.concept(concern.concern()));
        flag.setSubject(writer.patient());
        Times.period(concern.from(), concern.to()).ifPresent(flag::setPeriod);
        return flag;
    }

    static RiskAssessment write(EpisodeWriter writer, Risks risks) {
        RiskAssessment assessment = new RiskAssessment();
        if (risks.noKnownRisks()) {
            Extensions.add(assessment, SpExtension.NO_KNOWN_RISKS, new BooleanType(true));
        }
        assessment.setStatus(RiskAssessmentStatus.FINAL);
        assessment.setSubject(writer.patient());
        for (Risk risk : risks.entries()) {
            RiskAssessmentPredictionComponent prediction = assessment.addPrediction();
            prediction.setOutcome(Codings.concept(risk.risk()));
            Times.period(risk.from(), risk.to()).ifPresent(prediction::setWhen);
            risk.comment().ifPresent(prediction::setRationale);
        }
        return assessment;
    }

    /** Whether a Flag is a safeguarding concern: category safety. */
    static boolean isSafeguarding(Flag flag) {
        return flag.getCategory().stream()
                .anyMatch(category -> category.getCoding().stream()
                        .anyMatch(coding -> SAFETY.getSystem().equals(coding.getSystem())
                                && SAFETY.getCode().equals(coding.getCode())));
    }

    static SafeguardingConcern read(EpisodeReading episode, At<Flag> flag) {
        Reading reading = episode.reading();
        Flag node = reading.read(flag).node();
        SafeguardingConcern.Builder concern = SafeguardingConcern.builder();
        concern.comment(Extensions.text(reading, flag, SpExtension.COMMENT));
        reading.use(node.getStatusElement());
        for (CodeableConcept category : node.getCategory()) {
            Codings.useIfCode(reading, category, SAFETY);
        }
        if (!node.hasCode()) {
            throw reading.missing(flag.path() + ".code", "the concern");
        }
        concern.concern(Codings.codedText(reading, flag.child(node.getCode(), "code")));
        episode.requirePatient(flag.child(node.getSubject(), "subject"), flag);
        if (node.hasPeriod()) {
            At<Period> period = flag.child(node.getPeriod(), "period");
            concern.from(Times.start(reading, period)).to(Times.end(reading, period));
        }
        return reading.build(flag.path(), concern::build);
    }

    /**
     * Reads the PRSB Risks section.
     *
     * @return the risks, or empty if the input holds no RiskAssessment (the risks are not recorded)
     */
    static Optional<Risks> read(EpisodeReading episode, List<At<RiskAssessment>> assessments) {
        Reading reading = episode.reading();
        if (assessments.isEmpty()) {
            return Optional.empty();
        }
        if (assessments.size() > 1) {
            throw reading.structure(
                    "Bundle",
                    "must hold at most one RiskAssessment (the PRSB Risks section), not " + assessments.size());
        }
        At<RiskAssessment> assessment = reading.read(assessments.get(0));
        RiskAssessment node = assessment.node();
        Risks.Builder risks = Risks.builder();
        risks.noKnownRisks(
                Extensions.flag(reading, assessment, SpExtension.NO_KNOWN_RISKS).orElse(false));
        reading.use(node.getStatusElement());
        episode.requirePatient(assessment.child(node.getSubject(), "subject"), assessment);
        for (int i = 0; i < node.getPrediction().size(); i++) {
            At<RiskAssessmentPredictionComponent> prediction =
                    assessment.child(node.getPrediction().get(i), "prediction", i);
            RiskAssessmentPredictionComponent entry = prediction.node();
            Risk.Builder risk = Risk.builder();
            if (!entry.hasOutcome()) {
                throw reading.missing(prediction.path() + ".outcome", "the risk");
            }
            risk.risk(Codings.codedText(reading, prediction.child(entry.getOutcome(), "outcome")));
            if (entry.hasWhen()) {
                if (!(entry.getWhen() instanceof Period)) {
                    throw reading.invalid(prediction.path() + ".when", "must be a whenPeriod");
                }
                At<Period> period = prediction.child((Period) entry.getWhen(), "whenPeriod");
                risk.from(Times.start(reading, period)).to(Times.end(reading, period));
            }
            if (entry.hasRationaleElement()) {
                risk.comment(reading.value(prediction.child(entry.getRationaleElement(), "rationale"), "the comment"));
            }
            risks.addEntry(reading.build(prediction.path(), risk::build));
        }
        return Optional.of(reading.build(assessment.path(), risks::build));
    }
}

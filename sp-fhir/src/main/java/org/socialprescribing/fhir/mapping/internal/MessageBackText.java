package org.socialprescribing.fhir.mapping.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.socialprescribing.model.coding.CodedConcept;
import org.socialprescribing.model.coding.CodedText;
import org.socialprescribing.model.coding.Snomed;
import org.socialprescribing.model.episode.OnwardReferral;
import org.socialprescribing.model.episode.ProviderFeedback;
import org.socialprescribing.model.episode.ReferralStatus;
import org.socialprescribing.model.episode.Signposting;
import org.socialprescribing.model.episode.SocialPrescribingEpisode;
import org.socialprescribing.model.measure.OutcomeMeasurement;
import org.socialprescribing.model.measure.ScoreComponent;
import org.socialprescribing.model.measure.ScoreResult;
import org.socialprescribing.model.workforce.ProfessionalRef;

/**
 * The human-readable text of the message back: one paragraph per fact, so that a GP system shows the document by
 * rendering its narrative, with no code of its own for social prescribing. Never an NHS number: the Patient entry
 * carries it.
 */
final class MessageBackText {

    private MessageBackText() {}

    static List<String> heading(SocialPrescribingEpisode episode, ProfessionalRef author, Instant composedAt) {
        List<String> lines = new ArrayList<>();
        lines.add(MessageBackFhir.TITLE);
        lines.add("Written " + day(composedAt) + " by " + who(author) + ".");
        lines.add("Referral status: " + episode.journey().status().display() + ".");
        return lines;
    }

    static List<String> codesAndOutcomes(SocialPrescribingEpisode episode) {
        List<String> lines = new ArrayList<>();
        episode.journey()
                .firstEntered(ReferralStatus.ACCEPTED)
                .ifPresent(at -> lines.add(
                        coded(Snomed.REFERRAL_TO_SOCIAL_PRESCRIBING_SERVICE) + ": accepted on " + day(at) + "."));
        episode.journey()
                .firstEntered(ReferralStatus.DECLINED)
                .ifPresent(at -> lines.add(coded(Snomed.SOCIAL_PRESCRIBING_DECLINED) + " on " + day(at) + "."));
        for (OutcomeMeasurement measurement : episode.outcomeMeasurements()) {
            lines.add(measurement(measurement));
        }
        if (lines.isEmpty()) {
            lines.add("No social prescribing code or outcome measurement recorded.");
        }
        return lines;
    }

    static List<String> supportOffered(SocialPrescribingEpisode episode) {
        List<String> lines = new ArrayList<>();
        for (OnwardReferral onward : episode.onwardReferrals()) {
            StringBuilder line = new StringBuilder("Referred on to ")
                    .append(onward.to().map(MessageBackText::who).orElse("a service"))
                    .append(" on ")
                    .append(day(onward.history().get(0).at()))
                    .append(": ")
                    .append(onward.status().display());
            if (!onward.attendance().isEmpty()) {
                line.append("; attended ")
                        .append(onward.sessionsAttended())
                        .append(" of ")
                        .append(onward.attendance().size())
                        .append(" sessions");
            }
            lines.add(line.append('.').toString());
            for (ProviderFeedback feedback : onward.feedback()) {
                lines.add("Feedback from the provider on " + day(feedback.at()) + ": " + feedback.text());
            }
        }
        for (Signposting signposting : episode.signposting()) {
            lines.add("Signposted to "
                    + signposting.to().map(MessageBackText::who).orElse("a service") + " on " + signposting.date()
                    + ".");
        }
        return lines;
    }

    static List<String> episode(SocialPrescribingEpisode episode) {
        List<String> lines = new ArrayList<>();
        lines.add("The whole social prescribing record: referral, journey, plan, consents and outcomes, as FHIR"
                + " resources listed in this section.");
        episode.episodeId().ifPresent(id -> lines.add("Episode " + id + "."));
        return lines;
    }

    private static String measurement(OutcomeMeasurement measurement) {
        StringBuilder line = new StringBuilder(measurement.instrumentId().value())
                .append(" (")
                .append(measurement.timepoint().code())
                .append(", ")
                .append(measurement.date())
                .append(")");
        Optional<ScoreResult> score = measurement.score().filter(ScoreResult::isScored);
        if (score.isEmpty()) {
            return line.append(": answers recorded, no score.").toString();
        }
        List<String> parts = new ArrayList<>();
        for (ScoreComponent component : score.get().components()) {
            parts.add(component.name() + " " + component.value().toPlainString()
                    + component.band().map(band -> " (" + band.code() + ")").orElse(""));
        }
        return line.append(": ").append(String.join(", ", parts)).append('.').toString();
    }

    private static String coded(CodedConcept concept) {
        return concept.display().orElse(concept.code()) + " (SNOMED CT " + concept.code() + ")";
    }

    private static String who(ProfessionalRef ref) {
        List<String> parts = new ArrayList<>();
        ref.name().ifPresent(parts::add);
        ref.service().map(CodedText::displayText).ifPresent(parts::add);
        ref.organisation().flatMap(org -> org.name()).ifPresent(parts::add);
        return parts.isEmpty() ? "a professional" : String.join(", ", parts);
    }

    private static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }
}

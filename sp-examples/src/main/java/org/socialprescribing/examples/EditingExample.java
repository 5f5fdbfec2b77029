package org.socialprescribing.examples;

import java.time.Instant;
import java.time.LocalDate;
import org.socialprescribing.measures.Answers;
import org.socialprescribing.measures.InstrumentRegistry;
import org.socialprescribing.measures.Scorer;
import org.socialprescribing.model.ValidationIssue;
import org.socialprescribing.model.coding.CodedText;
import org.socialprescribing.model.episode.OnwardReferral;
import org.socialprescribing.model.episode.OnwardReferralStatus;
import org.socialprescribing.model.episode.Referral;
import org.socialprescribing.model.episode.ReferralJourney;
import org.socialprescribing.model.episode.SocialPrescribingEpisode;
import org.socialprescribing.model.measure.Collector;
import org.socialprescribing.model.measure.OutcomeMeasurement;
import org.socialprescribing.model.measure.ScoreComponent;
import org.socialprescribing.model.measure.ScoreResult;
import org.socialprescribing.model.measure.Timepoint;
import org.socialprescribing.model.org.OrganisationRef;
import org.socialprescribing.model.person.Person;
import org.socialprescribing.model.person.PersonName;
import org.socialprescribing.model.validation.SpValidator;
import org.socialprescribing.model.workforce.ProfessionalRef;

/** Measuring with the scorer, editing an episode over months, and the check of stored scores. */
public final class EditingExample {

    private EditingExample() {}

    /**
     * Runs the example.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        ProfessionalRef greenGym = ProfessionalRef.builder()
                .organisation(OrganisationRef.named("Green Gym"))
                .build();
        // START SNIPPET: editing
        // The scorer makes the measurement: the answers, their score and the rule version that produced it.
        Scorer swemwbs = InstrumentRegistry.standard().scorer("swemwbs");
        OutcomeMeasurement baseline = swemwbs.measure(
                Answers.ofCodes("swemwbs", 2, 3, 2, 3, 2, 3, 3),
                Timepoint.BASELINE,
                LocalDate.of(2025, 3, 10),
                Collector.LINK_WORKER);

        SocialPrescribingEpisode episode = SocialPrescribingEpisode.builder()
                .person(Person.builder().name(PersonName.of("Smithson", "Joan")).build())
                .referral(Referral.builder().build())
                .journey(ReferralJourney.received(Instant.parse("2025-03-03T09:30:00Z")))
                .addOnwardReferral(OnwardReferral.builder()
                        .id("or-1")
                        .to(greenGym)
                        .addNeed(CodedText.ofText("Loneliness"))
                        .addHistory(OnwardReferral.sent(Instant.parse("2025-03-12T10:00:00Z"), greenGym))
                        .build())
                .addOutcomeMeasurement(baseline)
                .build();

        // Edit as java.time values are edited: with... changes one attribute, toBuilder() several; nothing else moves.
        SocialPrescribingEpisode updated = episode.withOnwardReferral(
                        "or-1",
                        r -> r.transitionTo(OnwardReferralStatus.ACCEPTED, Instant.parse("2025-03-14T09:00:00Z")))
                .withClinicalSummary("Joining the Green Gym on Tuesdays");
        System.out.println(updated.onwardReferral("or-1").orElseThrow().status()); // ACCEPTED

        // A stored score must be what its rule gives for the answers, or name who supplied it (suppliedBy).
        ScoreResult tampered = baseline.score().orElseThrow().withComponents(ScoreComponent.of("raw", 7));
        SocialPrescribingEpisode doubtful = updated.withOutcomeMeasurements(baseline.withScore(tampered));
        for (ValidationIssue issue : SpValidator.validate(doubtful).issues()) {
            System.out.println(issue.code().code() + " at " + issue.path()); // ... at outcomeMeasurements[0].score
        }
        // END SNIPPET
    }
}

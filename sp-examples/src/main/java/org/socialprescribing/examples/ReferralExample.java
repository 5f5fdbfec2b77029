package org.socialprescribing.examples;

import java.time.Instant;
import org.socialprescribing.model.IllegalTransitionException;
import org.socialprescribing.model.ValidationIssue;
import org.socialprescribing.model.ValidationReport;
import org.socialprescribing.model.coding.CodedText;
import org.socialprescribing.model.coding.Snomed;
import org.socialprescribing.model.episode.GpRegistration;
import org.socialprescribing.model.episode.Referral;
import org.socialprescribing.model.episode.ReferralJourney;
import org.socialprescribing.model.episode.ReferralSource;
import org.socialprescribing.model.episode.ReferralStatus;
import org.socialprescribing.model.episode.Referrer;
import org.socialprescribing.model.episode.SocialPrescribingEpisode;
import org.socialprescribing.model.id.NhsNumber;
import org.socialprescribing.model.id.OdsCode;
import org.socialprescribing.model.json.SpJson;
import org.socialprescribing.model.org.GpPractice;
import org.socialprescribing.model.org.OrganisationRef;
import org.socialprescribing.model.person.Person;
import org.socialprescribing.model.person.PersonName;
import org.socialprescribing.model.validation.CompleteForNationalDataset;
import org.socialprescribing.model.validation.ReadyToSendToProvider;
import org.socialprescribing.model.validation.SpValidator;
import org.socialprescribing.model.workforce.PersonalisedCareRole;
import org.socialprescribing.model.workforce.PersonalisedCareRoleType;
import org.socialprescribing.model.workforce.ProfessionalRef;

/** A GP's referral to a link worker, its journey through the lifecycle, completeness as validation, and JSON. */
public final class ReferralExample {

    private ReferralExample() {}

    /**
     * Runs the example.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        // START SNIPPET: referral
        ProfessionalRef linkWorker = ProfessionalRef.builder()
                .name("Sam Link")
                .role(PersonalisedCareRole.of(PersonalisedCareRoleType.LINK_WORKER, "Community Navigator")
                        .toCodedText())
                .organisation(OrganisationRef.named("Together Co"))
                .build();
        Referral referral = Referral.builder()
                .referrer(Referrer.builder()
                        .name("Dr Asha Patel")
                        .service(CodedText.ofText("General practice"))
                        .organisation(OrganisationRef.of(OdsCode.parse("G81086")))
                        .contact("01234 567890")
                        .build())
                .source(ReferralSource.GP)
                .referredAt(Instant.parse("2025-03-02T10:00:00Z"))
                .addPresentingNeed(CodedText.ofText("Loneliness since bereavement"))
                .referredTo(ProfessionalRef.builder()
                        .service(CodedText.of(Snomed.REFERRAL_TO_SOCIAL_PRESCRIBING_SERVICE))
                        .organisation(OrganisationRef.named("Together Co"))
                        .build())
                .build();

        // The journey is an explicit state machine; every step is dated and says who made it.
        Instant received = Instant.parse("2025-03-03T09:30:00Z");
        ReferralJourney journey = ReferralJourney.received(received, linkWorker)
                .transitionTo(ReferralStatus.ACCEPTED, received.plusSeconds(7_200), linkWorker)
                .transitionTo(ReferralStatus.IN_PROGRESS, received.plusSeconds(86_400), linkWorker);

        // A referral as it often arrives: no date of birth, no risks recorded yet. It can still be built, written
        // as JSON and mapped to FHIR.
        SocialPrescribingEpisode episode = SocialPrescribingEpisode.builder()
                .person(Person.builder()
                        .nhsNumber(NhsNumber.parse("9434765919"))
                        .name(PersonName.of("Smithson", "Joan"))
                        .build())
                .addGpRegistration(GpRegistration.at(GpPractice.of(OdsCode.parse("G81086"))))
                .referral(referral)
                .journey(journey)
                .linkWorker(linkWorker)
                .build();
        System.out.println(episode.journey().status()); // IN_PROGRESS

        try {
            journey.transitionTo(ReferralStatus.RECEIVED, received.plusSeconds(90_000), linkWorker);
        } catch (IllegalTransitionException e) {
            System.out.println(e.getMessage()); // referral.status: cannot move from 'in_progress' to 'received'
        }

        // Completeness is a validation question: one issue per missing item, a stable code and a data path.
        ValidationReport complete = SpValidator.validate(episode, CompleteForNationalDataset.class);
        for (ValidationIssue issue : complete.issues()) {
            System.out.println(issue.code().code() + " at " + issue.path()); // episode.risks.missing at risks, ...
        }
        // Other groups: CompleteForPrsb, ReadyToSendToProvider, ReadyToMessageBack.
        ValidationReport forProvider = SpValidator.validate(episode, ReadyToSendToProvider.class);
        System.out.println(forProvider.isValid()); // false: no consent to refer on, no date of birth, no risks

        String json = SpJson.write(episode); // stable, documented JSON (see the published JSON Schema)
        System.out.println(SpJson.parseEpisode(json).equals(episode)); // true
        // END SNIPPET
    }
}

package org.socialprescribing.model.episode;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import org.socialprescribing.model.coding.CodedText;
import org.socialprescribing.model.coding.Snomed;
import org.socialprescribing.model.id.NhsNumber;
import org.socialprescribing.model.id.OdsCode;
import org.socialprescribing.model.measure.Collector;
import org.socialprescribing.model.measure.InstrumentId;
import org.socialprescribing.model.measure.OutcomeMeasurement;
import org.socialprescribing.model.measure.Timepoint;
import org.socialprescribing.model.org.GpPractice;
import org.socialprescribing.model.org.OrganisationRef;
import org.socialprescribing.model.person.Person;
import org.socialprescribing.model.person.PersonName;
import org.socialprescribing.model.service.ServiceCategory;
import org.socialprescribing.model.workforce.PersonalisedCareRole;
import org.socialprescribing.model.workforce.PersonalisedCareRoleType;
import org.socialprescribing.model.workforce.ProfessionalRef;

/** A complete, realistic episode with every section filled, for tests in any package. */
public final class EpisodeFixtures {

    public static final Instant RECEIVED_AT = Instant.parse("2025-03-03T09:30:00Z");
    public static final String NHS_NUMBER = "9434765919";
    public static final String FAMILY_NAME = "Smithson";

    public static final ProfessionalRef LINK_WORKER = ProfessionalRef.builder()
            .name("Sam Link")
            .role(PersonalisedCareRole.of(PersonalisedCareRoleType.LINK_WORKER, "Community Navigator")
                    .toCodedText())
            .organisation(OrganisationRef.named("Together Co"))
            .contact("sam.link@example.org")
            .build();

    private EpisodeFixtures() {}

    public static Person person() {
        return Person.builder()
                .nhsNumber(NhsNumber.parse(NHS_NUMBER))
                .name(PersonName.of(FAMILY_NAME, "Joan"))
                .birthDate(LocalDate.of(1950, 5, 17))
                .build();
    }

    public static Referral referral() {
        return Referral.builder()
                .referralId("REF-001")
                .referrer(Referrer.builder()
                        .name("Dr Asha Patel")
                        .role(CodedText.ofText("General practitioner"))
                        .service(CodedText.ofText("General practice"))
                        .organisation(OrganisationRef.of(OdsCode.parse("G81086")))
                        .contact("01234 567890")
                        .build())
                .source(ReferralSource.GP)
                .method(ReferralMethod.SECURE_EMAIL)
                .referredAt(RECEIVED_AT.minus(Duration.ofDays(1)))
                .addPresentingNeed(CodedText.ofText("Loneliness since bereavement"))
                .addPersonReportedNeed("I don't go out any more")
                .reasonForReferral("Would benefit from community groups")
                .urgency(Urgency.ROUTINE)
                .consentToShare(Consent.builder()
                        .basis(ConsentBasis.EXPLICIT)
                        .addPurposes(ConsentPurpose.REFERRING_ON, ConsentPurpose.SHARING_BACK_TO_REFERRER_AND_GP)
                        .recordedAt(RECEIVED_AT.minus(Duration.ofDays(1)))
                        .build())
                .referredTo(ProfessionalRef.builder()
                        .service(CodedText.of(Snomed.REFERRAL_TO_SOCIAL_PRESCRIBING_SERVICE))
                        .organisation(OrganisationRef.named("Together Co"))
                        .build())
                .build();
    }

    public static OnwardReferral onwardReferral() {
        return OnwardReferral.builder()
                .id("OR-1")
                .to(ProfessionalRef.builder()
                        .team("Green Gym")
                        .organisation(OrganisationRef.named("Green Gym Trust"))
                        .build())
                .serviceDirectoryId("0b7c8ad4-1f5e-4b39-9d1a-3c1d4e5f6a7b")
                .addCategory(ServiceCategory.GARDENING_AND_NATURE)
                .addNeed(CodedText.ofText("Loneliness since bereavement"))
                .addHistory(OnwardReferral.sent(RECEIVED_AT.plus(Duration.ofDays(10)), LINK_WORKER))
                .build()
                .transitionTo(OnwardReferralStatus.ACCEPTED, RECEIVED_AT.plus(Duration.ofDays(11)))
                .transitionTo(OnwardReferralStatus.STARTED, RECEIVED_AT.plus(Duration.ofDays(15)));
    }

    public static SocialPrescribingEpisode episode() {
        OnwardReferral onward = onwardReferral()
                .withFeedback(ProviderFeedback.of(RECEIVED_AT.plus(Duration.ofDays(30)), "Settling in well"))
                .withAttendance(
                        Attendance.attended(LocalDate.of(2025, 3, 18)), Attendance.missed(LocalDate.of(2025, 3, 25)));
        ReferralJourney journey = ReferralJourney.received(RECEIVED_AT, LINK_WORKER)
                .transitionTo(ReferralStatus.ACCEPTED, RECEIVED_AT.plus(Duration.ofHours(2)), LINK_WORKER)
                .transitionTo(ReferralStatus.CONTACTED, RECEIVED_AT.plus(Duration.ofDays(2)), LINK_WORKER)
                .transitionTo(ReferralStatus.IN_PROGRESS, RECEIVED_AT.plus(Duration.ofDays(7)), LINK_WORKER)
                .transitionTo(ReferralStatus.ONWARD_REFERRED, RECEIVED_AT.plus(Duration.ofDays(10)), LINK_WORKER);
        return SocialPrescribingEpisode.builder()
                .episodeId("EP-1")
                .person(person())
                .addGpRegistration(GpRegistration.at(GpPractice.of(OdsCode.parse("G81086"))))
                .referral(referral())
                .journey(journey)
                .linkWorker(LINK_WORKER)
                .whatMatters(WhatMatters.builder()
                        .mostImportantToMe("Getting back to my allotment")
                        .importantPeople("My daughter")
                        .build())
                .individualRequirements(IndividualRequirements.builder()
                        .addReasonableAdjustment(CodedText.of(Snomed.REQUIRES_REASONABLE_ADJUSTMENTS, "Large print"))
                        .build())
                .addConsent(Consent.builder()
                        .basis(ConsentBasis.IMPLIED)
                        .addPurpose(ConsentPurpose.REFERRING_ON)
                        .addSharedWith(OrganisationRef.named("Green Gym Trust"))
                        .recordedAt(RECEIVED_AT.plus(Duration.ofDays(7)))
                        .recordedBy(LINK_WORKER)
                        .build())
                .addContact(ProfessionalContact.builder()
                        .at(RECEIVED_AT.plus(Duration.ofDays(7)))
                        .location("Home visit")
                        .addSeenBy(LINK_WORKER)
                        .contactType(CodedText.ofText("First assessment"))
                        .method(CodedText.ofText("Face to face"))
                        .build())
                .supportPlan(SupportPlan.builder()
                        .addStrength(CodedText.ofText("Loves gardening"))
                        .addNeed(PlanNeed.builder()
                                .need(CodedText.ofText("Social isolation"))
                                .addGoal(Goal.builder()
                                        .description(CodedText.of(Snomed.GOAL, "Meet people twice a week"))
                                        .status(GoalStatus.ACTIVE)
                                        .importance(new BigDecimal("8.5"))
                                        .confidence(6)
                                        .setOn(LocalDate.of(2025, 3, 10))
                                        .reviewDate(LocalDate.of(2025, 6, 10))
                                        .addAction(PlanAction.builder()
                                                .what(CodedText.ofText("Join community gardening group"))
                                                .who(LINK_WORKER)
                                                .when(YearMonth.of(2025, 3))
                                                .status(ActionStatus.IN_PROGRESS)
                                                .confidence(7)
                                                .onwardReferralId("OR-1")
                                                .build())
                                        .build())
                                .build())
                        .agreement(PlanAgreement.byThePerson())
                        .lastUpdated(LocalDate.of(2025, 3, 10))
                        .build())
                .addRequestedAction(RequestedAction.builder()
                        .forProfessionals("None")
                        .agreedWithPerson("Weekly gardening group")
                        .build())
                .addOnwardReferral(onward)
                .addSignposting(Signposting.builder()
                        .date(LocalDate.of(2025, 3, 10))
                        .to(ProfessionalRef.builder()
                                .organisation(OrganisationRef.named("Citizens Advice"))
                                .build())
                        .addCategory(ServiceCategory.BENEFITS_ADVICE)
                        .addReason(CodedText.ofText("Pension credit check"))
                        .build())
                .risks(Risks.noneKnown())
                .clinicalSummary("Engaging well; attending gardening group")
                .addOutcomeMeasurement(OutcomeMeasurement.builder()
                        .instrumentId(InstrumentId.of("ons4"))
                        .instrumentVersion("1")
                        .timepoint(Timepoint.BASELINE)
                        .date(LocalDate.of(2025, 3, 10))
                        .collector(Collector.LINK_WORKER)
                        .putAnswer("ons4_1", "4")
                        .build())
                .build();
    }
}

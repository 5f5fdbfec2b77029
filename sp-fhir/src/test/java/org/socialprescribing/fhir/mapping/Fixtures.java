package org.socialprescribing.fhir.mapping;

import java.math.BigDecimal;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import org.socialprescribing.measures.Answers;
import org.socialprescribing.measures.Instrument;
import org.socialprescribing.measures.InstrumentRegistry;
import org.socialprescribing.measures.Scorer;
import org.socialprescribing.model.coding.CodedConcept;
import org.socialprescribing.model.coding.CodedText;
import org.socialprescribing.model.episode.ActionStatus;
import org.socialprescribing.model.episode.Attendance;
import org.socialprescribing.model.episode.Consent;
import org.socialprescribing.model.episode.ConsentBasis;
import org.socialprescribing.model.episode.ConsentPurpose;
import org.socialprescribing.model.episode.Goal;
import org.socialprescribing.model.episode.GoalStatus;
import org.socialprescribing.model.episode.GpRegistration;
import org.socialprescribing.model.episode.IndividualRequirements;
import org.socialprescribing.model.episode.OnwardReferral;
import org.socialprescribing.model.episode.OnwardReferralStatus;
import org.socialprescribing.model.episode.PlanAction;
import org.socialprescribing.model.episode.PlanAgreement;
import org.socialprescribing.model.episode.PlanNeed;
import org.socialprescribing.model.episode.ProfessionalContact;
import org.socialprescribing.model.episode.ProviderFeedback;
import org.socialprescribing.model.episode.Referral;
import org.socialprescribing.model.episode.ReferralJourney;
import org.socialprescribing.model.episode.ReferralMethod;
import org.socialprescribing.model.episode.ReferralSource;
import org.socialprescribing.model.episode.ReferralStatus;
import org.socialprescribing.model.episode.Referrer;
import org.socialprescribing.model.episode.RequestedAction;
import org.socialprescribing.model.episode.Risk;
import org.socialprescribing.model.episode.Risks;
import org.socialprescribing.model.episode.SafeguardingConcern;
import org.socialprescribing.model.episode.Signposting;
import org.socialprescribing.model.episode.SocialPrescribingEpisode;
import org.socialprescribing.model.episode.SupportPlan;
import org.socialprescribing.model.episode.Urgency;
import org.socialprescribing.model.episode.WhatMatters;
import org.socialprescribing.model.id.CharityNumber;
import org.socialprescribing.model.id.CompanyNumber;
import org.socialprescribing.model.id.DeprivationIndex;
import org.socialprescribing.model.id.ImdDecile;
import org.socialprescribing.model.id.NhsNumber;
import org.socialprescribing.model.id.OdsCode;
import org.socialprescribing.model.id.Postcode;
import org.socialprescribing.model.measure.Collector;
import org.socialprescribing.model.measure.OutcomeMeasurement;
import org.socialprescribing.model.measure.Timepoint;
import org.socialprescribing.model.org.Footprint;
import org.socialprescribing.model.org.GpPractice;
import org.socialprescribing.model.org.IntegratedCareBoard;
import org.socialprescribing.model.org.LocalAuthority;
import org.socialprescribing.model.org.OrganisationRef;
import org.socialprescribing.model.org.PrimaryCareNetwork;
import org.socialprescribing.model.org.VcseOrganisation;
import org.socialprescribing.model.org.VcseOrganisationType;
import org.socialprescribing.model.person.BirthSex;
import org.socialprescribing.model.person.EthnicCategory;
import org.socialprescribing.model.person.GenderIdentity;
import org.socialprescribing.model.person.Person;
import org.socialprescribing.model.person.PersonName;
import org.socialprescribing.model.person.StatedGender;
import org.socialprescribing.model.service.Capacity;
import org.socialprescribing.model.service.CostOption;
import org.socialprescribing.model.service.DeliveryMode;
import org.socialprescribing.model.service.Eligibility;
import org.socialprescribing.model.service.Service;
import org.socialprescribing.model.service.ServiceCategory;
import org.socialprescribing.model.service.ServiceContact;
import org.socialprescribing.model.service.ServiceLocation;
import org.socialprescribing.model.service.ServiceSchedule;
import org.socialprescribing.model.workforce.EmploymentModel;
import org.socialprescribing.model.workforce.LinkWorkerRole;
import org.socialprescribing.model.workforce.PersonalisedCareRole;
import org.socialprescribing.model.workforce.PersonalisedCareRoleType;
import org.socialprescribing.model.workforce.ProfessionalRef;
import org.socialprescribing.model.workforce.ReportedCaseload;

/**
 * Realistic, invented domain values for examples, validation and golden files. The people are synthetic: their NHS
 * numbers are valid in the 9xx range that is never issued, names and places are made up, and organisation codes
 * have the right shape without naming real organisations on purpose.
 */
final class Fixtures {

    static final OdsCode PRACTICE_ODS = OdsCode.parse("G81086");
    static final OdsCode PCN_ODS = OdsCode.parse("U12345");
    static final OdsCode ICB_ODS = OdsCode.parse("QNQ");

    private Fixtures() {}

    static Person anna() {
        return Person.builder()
                .nhsNumber(NhsNumber.parse("9000000017"))
                .name(PersonName.builder()
                        .familyName("Okafor")
                        .addGivenNames("Anna", "Grace")
                        .prefix("Mrs")
                        .build())
                .birthDate(LocalDate.of(1957, 3, 14))
                .sexAtBirth(BirthSex.FEMALE)
                .statedGender(StatedGender.FEMALE)
                .genderIdentity(GenderIdentity.FEMALE)
                .ethnicCategory(EthnicCategory.BLACK_AFRICAN)
                .postcode(Postcode.parse("BN1 1AA"))
                .preferredLanguage("en")
                .interpreterNeeded(false)
                .addAccessibilityNeeds("large print")
                .imdDecile(ImdDecile.of(DeprivationIndex.IOD2019, 3))
                .disability(false)
                .homeless(false)
                .carer(true)
                .build();
    }

    static GpPractice practice() {
        return GpPractice.builder()
                .odsCode(PRACTICE_ODS)
                .name("Brookfield Surgery")
                .postcode(Postcode.parse("BN1 2AB"))
                .build();
    }

    static PrimaryCareNetwork pcn() {
        return PrimaryCareNetwork.builder()
                .odsCode(PCN_ODS)
                .name("Central Seaside PCN")
                .addMemberPractices(practice(), GpPractice.of(OdsCode.parse("G81099")))
                .icbOdsCode(ICB_ODS)
                .build();
    }

    static IntegratedCareBoard icb() {
        return IntegratedCareBoard.of(ICB_ODS, "NHS Seaside Integrated Care Board");
    }

    static LocalAuthority council() {
        return LocalAuthority.builder()
                .name("Seaside City Council")
                .odsCode(OdsCode.parse("00ML"))
                .build();
    }

    static VcseOrganisation gardenTrust() {
        return VcseOrganisation.builder()
                .directoryId("4f1c2b7e-6a0d-4f5e-9a43-8d2b1f0c7e11")
                .name("Seaside Community Garden Trust")
                .type(VcseOrganisationType.REGISTERED_CHARITY)
                .description("Community gardens and growing groups across the city.")
                .annualIncomeGbp(new BigDecimal("84250.00"))
                .sizeBand(CodedText.ofText("small (income under 100,000 pounds)"))
                .footprint(Footprint.LOCAL_AUTHORITY_AREA)
                .charityNumber(CharityNumber.parse("1234567"))
                .companyNumber(CompanyNumber.parse("12345678"))
                .website(URI.create("https://garden-trust.example.org.uk/"))
                .email("hello@garden-trust.example.org.uk")
                .telephone("01632 960123")
                .build();
    }

    static ProfessionalRef linkWorker() {
        return ProfessionalRef.builder()
                .name("Sam Patel")
                .role(CodedText.of(PersonalisedCareRoleType.LINK_WORKER.toConcept(), "Community Navigator"))
                .team("Central Seaside social prescribing team")
                .organisation(OrganisationRef.builder()
                        .odsCode(PCN_ODS)
                        .name("Central Seaside PCN")
                        .build())
                .contact("01632 960456")
                .build();
    }

    static LinkWorkerRole linkWorkerPost() {
        return LinkWorkerRole.builder()
                .role(PersonalisedCareRole.of(PersonalisedCareRoleType.LINK_WORKER, "Community Navigator"))
                .employer(OrganisationRef.named("Seaside Community Garden Trust"))
                .employmentModel(EmploymentModel.FUNDING_EXISTING_SCHEME)
                .addPopulationFocus(CodedText.ofText("older people living alone"))
                .fte(new BigDecimal("0.8"))
                .addPcnsServed(PCN_ODS)
                .reportedCaseload(ReportedCaseload.of(42, LocalDate.of(2025, 4, 1), LocalDate.of(2025, 6, 30)))
                .build();
    }

    static Service allotmentGroup() {
        return Service.builder()
                .directoryId("9b2e7c1a-2f44-4a3e-8f6b-1c0d5e7a9b21")
                .provider(gardenTrust())
                .name("Tuesday Allotment Group")
                .description("A friendly growing group; no experience needed.")
                .addCategories(ServiceCategory.GARDENING_AND_NATURE, ServiceCategory.HOBBIES_AND_SOCIAL_GROUPS)
                .addExternalCategories(CodedConcept.of("http://id.esd.org.uk/service", "1284", "Allotments"))
                .addDeliveryModes(DeliveryMode.IN_PERSON)
                .addLocations(ServiceLocation.builder()
                        .directoryId("c3d4e5f6-0a1b-4c2d-8e3f-4a5b6c7d8e9f")
                        .name("Hillside Allotments")
                        .addAddressLines("Plot 12, Hillside Road")
                        .town("Seaside")
                        .postcode(Postcode.parse("BN2 3CD"))
                        .latitude(new BigDecimal("50.8301"))
                        .longitude(new BigDecimal("-0.1372"))
                        .accessibility("Level paths to the raised beds")
                        .build())
                .addSchedules(ServiceSchedule.builder()
                        .addDaysOfWeek(DayOfWeek.TUESDAY)
                        .opensAt(LocalTime.of(10, 0))
                        .closesAt(LocalTime.of(12, 30))
                        .description("Not in August")
                        .build())
                .eligibility(Eligibility.builder()
                        .minimumAge(18)
                        .description("Adults referred by a link worker or signposted")
                        .build())
                .addCosts(CostOption.free())
                .capacity(Capacity.builder()
                        .acceptingReferrals(true)
                        .availablePlaces(4)
                        .asOf(Instant.parse("2025-05-01T09:00:00Z"))
                        .build())
                .addContacts(ServiceContact.builder()
                        .name("Growing team")
                        .email("grow@garden-trust.example.org.uk")
                        .addTelephones("01632 960789")
                        .build())
                .url(URI.create("https://garden-trust.example.org.uk/allotments"))
                .email("grow@garden-trust.example.org.uk")
                .addLanguages("en")
                .addServiceAreas("Seaside")
                .lastModified(Instant.parse("2025-05-01T09:00:00Z"))
                .build();
    }

    // ---- episodes

    static final Instant RECEIVED = Instant.parse("2025-03-03T09:30:00Z");

    static ProfessionalRef gp() {
        return ProfessionalRef.builder()
                .name("Dr Priya Raman")
                .role(CodedText.ofText("General practitioner"))
                .organisation(OrganisationRef.builder()
                        .odsCode(PRACTICE_ODS)
                        .name("Brookfield Surgery")
                        .build())
                .contact("01632 960111")
                .build();
    }

    static Referrer referrer() {
        return Referrer.builder()
                .name("Dr Priya Raman")
                .role(CodedText.ofText("General practitioner"))
                .service(CodedText.ofText("General practice"))
                .organisation(OrganisationRef.builder()
                        .odsCode(PRACTICE_ODS)
                        .name("Brookfield Surgery")
                        .build())
                .contact("01632 960111")
                .build();
    }

    static ProfessionalRef gardenGroup() {
        return ProfessionalRef.builder()
                .team("Tuesday Allotment Group")
                .service(CodedText.ofText("Community gardening"))
                .organisation(OrganisationRef.named("Seaside Community Garden Trust"))
                .contact("grow@garden-trust.example.org.uk")
                .build();
    }

    static Consent referralConsent() {
        return Consent.builder()
                .basis(ConsentBasis.EXPLICIT)
                .addPurposes(ConsentPurpose.REFERRING_ON, ConsentPurpose.SHARING_BACK_TO_REFERRER_AND_GP)
                .recordedAt(Instant.parse("2025-03-03T09:00:00Z"))
                .recordedBy(gp())
                .note("Agreed to share with the link worker and community services.")
                .build();
    }

    /** A completed episode: GP referral, assessment, an allotment group, goals met, ONS4 before and after. */
    static SocialPrescribingEpisode annaEpisode() {
        ProfessionalRef sam = linkWorker();
        ReferralJourney journey = ReferralJourney.received(RECEIVED, sam)
                .transitionTo(ReferralStatus.ACCEPTED, Instant.parse("2025-03-03T11:00:00Z"), sam)
                .transitionTo(ReferralStatus.CONTACTED, Instant.parse("2025-03-05T10:15:00Z"), sam)
                .transitionTo(ReferralStatus.IN_PROGRESS, Instant.parse("2025-03-12T14:00:00Z"), sam)
                .transitionTo(ReferralStatus.ONWARD_REFERRED, Instant.parse("2025-03-12T15:00:00Z"), sam)
                .transitionTo(
                        ReferralStatus.COMPLETED,
                        Instant.parse("2025-06-20T12:00:00Z"),
                        sam,
                        CodedText.ofText("Goals met; attending the group on her own"));
        OnwardReferral allotment = OnwardReferral.builder()
                .id("OR-1")
                .to(gardenGroup())
                .serviceDirectoryId("9b2e7c1a-2f44-4a3e-8f6b-1c0d5e7a9b21")
                .addCategories(ServiceCategory.GARDENING_AND_NATURE)
                .addNeeds(CodedText.ofText("Loneliness since moving to the area"))
                .addHistory(OnwardReferral.sent(Instant.parse("2025-03-12T15:00:00Z"), sam))
                .build()
                .transitionTo(OnwardReferralStatus.ACCEPTED, Instant.parse("2025-03-13T09:00:00Z"))
                .transitionTo(OnwardReferralStatus.STARTED, Instant.parse("2025-03-18T10:00:00Z"))
                .transitionTo(
                        OnwardReferralStatus.COMPLETED,
                        Instant.parse("2025-06-17T12:30:00Z"),
                        CodedText.ofText("Completed the spring course"));
        allotment = allotment
                .withFeedback(ProviderFeedback.of(
                        Instant.parse("2025-04-15T16:00:00Z"),
                        "Settling in well; has started a herb bed with two other members."))
                .withAttendance(
                        Attendance.attended(LocalDate.of(2025, 3, 18)),
                        Attendance.attended(LocalDate.of(2025, 3, 25)),
                        Attendance.missed(LocalDate.of(2025, 4, 1)));
        Goal goal = Goal.builder()
                .description(CodedText.ofText("Meet new people every week"))
                .status(GoalStatus.ACHIEVED)
                .importance(new BigDecimal("8"))
                .confidence(6)
                .setOn(LocalDate.of(2025, 3, 12))
                .targetDate(LocalDate.of(2025, 6, 30))
                .endedOn(LocalDate.of(2025, 6, 20))
                .addOutcomes(CodedText.ofText("Goes to the allotment group weekly"))
                .addActions(PlanAction.builder()
                        .what(CodedText.ofText("Join the Tuesday Allotment Group"))
                        .who(sam)
                        .when(YearMonth.of(2025, 3))
                        .status(ActionStatus.DONE)
                        .confidence(7)
                        .onwardReferralId("OR-1")
                        .build())
                .build();
        return SocialPrescribingEpisode.builder()
                .episodeId("SP-2025-0042")
                .person(anna())
                .addGpRegistrations(GpRegistration.at(practice()))
                .referral(Referral.builder()
                        .referralId("REF-88213")
                        .referrer(referrer())
                        .source(ReferralSource.GP)
                        .method(ReferralMethod.SECURE_EMAIL)
                        .referredAt(Instant.parse("2025-03-03T09:00:00Z"))
                        .addPresentingNeeds(CodedText.ofText("Social isolation"), CodedText.ofText("Low mood"))
                        .addPersonReportedNeeds("I don't see anyone from one week to the next")
                        .reasonForReferral("Lonely since her husband died; would like to get out more.")
                        .urgency(Urgency.ROUTINE)
                        .consentToShare(referralConsent())
                        .referredTo(ProfessionalRef.builder()
                                .team("Central Seaside social prescribing team")
                                .organisation(OrganisationRef.builder()
                                        .odsCode(PCN_ODS)
                                        .name("Central Seaside PCN")
                                        .build())
                                .build())
                        .build())
                .journey(journey)
                .linkWorker(sam)
                .whatMatters(WhatMatters.builder()
                        .mostImportantToMe("Being outdoors and having people to talk to")
                        .build())
                .individualRequirements(IndividualRequirements.builder()
                        .addReasonableAdjustments(CodedText.ofText("Large print letters"))
                        .build())
                .addContacts(ProfessionalContact.builder()
                        .at(Instant.parse("2025-03-12T14:00:00Z"))
                        .location("Brookfield Surgery")
                        .addSeenBy(sam)
                        .contactType(CodedText.ofText("First assessment"))
                        .method(CodedText.ofText("Face to face"))
                        .build())
                .supportPlan(SupportPlan.builder()
                        .addStrengths(CodedText.ofText("Loves gardening"))
                        .addNeeds(PlanNeed.builder()
                                .need(CodedText.ofText("Loneliness"))
                                .addGoals(goal)
                                .build())
                        .agreement(PlanAgreement.byThePerson())
                        .lastUpdated(LocalDate.of(2025, 6, 20))
                        .build())
                .addRequestedActions(RequestedAction.builder()
                        .forProfessionals("No further action needed from the practice.")
                        .agreedWithPerson("Anna will keep going to the group.")
                        .build())
                .addOnwardReferrals(allotment)
                .addSignposting(Signposting.builder()
                        .date(LocalDate.of(2025, 3, 12))
                        .to(ProfessionalRef.builder()
                                .team("Seaside Library reading group")
                                .organisation(OrganisationRef.named("Seaside City Council"))
                                .build())
                        .addCategories(ServiceCategory.HOBBIES_AND_SOCIAL_GROUPS)
                        .build())
                .risks(Risks.noneKnown())
                .clinicalSummary(
                        "Referred for loneliness and low mood; joined a community gardening group and met her goals.")
                .addOutcomeMeasurements(
                        ons4(Timepoint.BASELINE, LocalDate.of(2025, 3, 12), "4", "5", "3", "7"),
                        ons4(Timepoint.DISCHARGE, LocalDate.of(2025, 6, 20), "7", "8", "7", "4"))
                .build();
    }

    /** A declined referral: the person did not want support now; do-not-contact; a safeguarding concern. */
    static SocialPrescribingEpisode declinedEpisode() {
        ProfessionalRef sam = linkWorker();
        Person david = Person.builder()
                .nhsNumber(NhsNumber.parse("9000000025"))
                .name(PersonName.of("Hughes", "David"))
                .birthDate(LocalDate.of(1984, 11, 2))
                .statedGender(StatedGender.MALE)
                .ethnicCategory(EthnicCategory.WHITE_BRITISH)
                .postcode(Postcode.parse("BN3 4EF"))
                .homeless(true)
                .build();
        return SocialPrescribingEpisode.builder()
                .person(david)
                .addGpRegistrations(GpRegistration.builder()
                        .practice(practice())
                        .temporary(true)
                        .build())
                .referral(Referral.builder()
                        .referrer(Referrer.builder()
                                .name("Jo Bright")
                                .role(CodedText.ofText("Housing officer"))
                                .service(CodedText.ofText("Housing options"))
                                .organisation(OrganisationRef.named("Seaside City Council"))
                                .contact("housing@seaside.example.gov.uk")
                                .build())
                        .source(ReferralSource.HOUSING)
                        .referredAt(Instant.parse("2025-05-06T10:00:00Z"))
                        .addPresentingNeeds(CodedText.ofText("Housing insecurity"))
                        .doNotContact(true)
                        .referredTo(sam)
                        .build())
                .journey(ReferralJourney.received(Instant.parse("2025-05-06T10:05:00Z"), sam)
                        .transitionTo(ReferralStatus.ACCEPTED, Instant.parse("2025-05-06T11:00:00Z"), sam)
                        .transitionTo(ReferralStatus.CONTACTED, Instant.parse("2025-05-08T09:30:00Z"), sam)
                        .transitionTo(
                                ReferralStatus.DECLINED,
                                Instant.parse("2025-05-08T09:45:00Z"),
                                sam,
                                CodedText.ofText("Does not want support at the moment")))
                .addSafeguardingConcerns(SafeguardingConcern.of(CodedText.ofText("Rough sleeping")))
                .consentNotObtainedReason("Declined before consent was discussed")
                .risks(Risks.of(Risk.of(CodedText.ofText("Risk of rough sleeping"))))
                .build();
    }

    /**
     * A referral as another system sends it, before anyone has worked on it: no NHS number yet, no GP practice, no
     * risks, a referrer known only as an organisation, no referral source or recipient, no link worker; an onward
     * referral named only by its directory service and a signposting without a recipient.
     */
    static SocialPrescribingEpisode incompleteEpisode() {
        Instant received = Instant.parse("2025-07-01T08:00:00Z");
        return SocialPrescribingEpisode.builder()
                .person(Person.builder().name(PersonName.of("Okafor", "Grace")).build())
                .referral(Referral.builder()
                        .referrer(Referrer.builder()
                                .organisation(OrganisationRef.of(OdsCode.parse("G81086")))
                                .build())
                        .addPresentingNeeds(CodedText.ofText("Isolation"))
                        .build())
                .journey(ReferralJourney.received(received)
                        .transitionTo(ReferralStatus.ACCEPTED, received.plusSeconds(3_600))
                        .transitionTo(ReferralStatus.IN_PROGRESS, received.plusSeconds(7_200), linkWorker()))
                .addOnwardReferrals(OnwardReferral.builder()
                        .id("OR-9")
                        .serviceDirectoryId("walking-group")
                        .addHistory(OnwardReferral.sent(received.plusSeconds(7_300), linkWorker()))
                        .build())
                .addSignposting(Signposting.builder()
                        .date(LocalDate.of(2025, 7, 2))
                        .serviceDirectoryId("lunch-club")
                        .build())
                .build();
    }

    private static OutcomeMeasurement ons4(Timepoint timepoint, LocalDate date, String... answers) {
        Instrument ons4 = InstrumentRegistry.standard().get("ons4");
        Map<String, String> given = new LinkedHashMap<>();
        for (int i = 0; i < answers.length; i++) {
            given.put("ons4_" + (i + 1), answers[i]);
        }
        return OutcomeMeasurement.builder()
                .instrumentId(ons4.id())
                .instrumentVersion(ons4.version())
                .timepoint(timepoint)
                .date(date)
                .collector(Collector.LINK_WORKER)
                .putAllAnswers(given)
                .score(Scorer.of(ons4).score(Answers.ofText(given)))
                .build();
    }
}

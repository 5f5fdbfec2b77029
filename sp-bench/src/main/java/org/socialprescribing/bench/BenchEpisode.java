package org.socialprescribing.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.socialprescribing.measures.Answers;
import org.socialprescribing.measures.InstrumentRegistry;
import org.socialprescribing.measures.Scorer;
import org.socialprescribing.model.coding.CodedText;
import org.socialprescribing.model.coding.Snomed;
import org.socialprescribing.model.episode.Consent;
import org.socialprescribing.model.episode.ConsentBasis;
import org.socialprescribing.model.episode.ConsentPurpose;
import org.socialprescribing.model.episode.GpRegistration;
import org.socialprescribing.model.episode.Referral;
import org.socialprescribing.model.episode.ReferralJourney;
import org.socialprescribing.model.episode.ReferralSource;
import org.socialprescribing.model.episode.ReferralStatus;
import org.socialprescribing.model.episode.Referrer;
import org.socialprescribing.model.episode.Risks;
import org.socialprescribing.model.episode.SocialPrescribingEpisode;
import org.socialprescribing.model.id.DeprivationIndex;
import org.socialprescribing.model.id.ImdDecile;
import org.socialprescribing.model.id.NhsNumber;
import org.socialprescribing.model.id.OdsCode;
import org.socialprescribing.model.measure.Collector;
import org.socialprescribing.model.measure.OutcomeMeasurement;
import org.socialprescribing.model.measure.Timepoint;
import org.socialprescribing.model.org.GpPractice;
import org.socialprescribing.model.org.OrganisationRef;
import org.socialprescribing.model.person.EthnicCategory;
import org.socialprescribing.model.person.Person;
import org.socialprescribing.model.person.PersonName;
import org.socialprescribing.model.workforce.PersonalisedCareRole;
import org.socialprescribing.model.workforce.PersonalisedCareRoleType;
import org.socialprescribing.model.workforce.ProfessionalRef;

/**
 * The one invented episode the FHIR benchmarks map: a GP referral taken through to completion by a link worker,
 * with consent, and ONS4 and SWEMWBS answered and scored at baseline and discharge (the shape of the episodes in
 * {@code sp demo}). The NHS number is in the 999 range, never issued to patients; codes and names are made up.
 */
final class BenchEpisode {

    private static final Instant RECEIVED = Instant.parse("2025-01-06T09:00:00Z");
    private static final InstrumentRegistry REGISTRY = InstrumentRegistry.standard();

    private BenchEpisode() {}

    /** Builds the episode (the same every time). */
    static SocialPrescribingEpisode episode() {
        GpPractice practice = GpPractice.of(OdsCode.parse("Y99901"));
        OrganisationRef employer = OrganisationRef.named("Riverside Community Action (synthetic)");
        ProfessionalRef linkWorker = ProfessionalRef.builder()
                .name("Sam Link")
                .role(PersonalisedCareRole.of(PersonalisedCareRoleType.LINK_WORKER, "Community Connector")
                        .toCodedText())
                .organisation(employer)
                .build();
        ReferralJourney journey = ReferralJourney.received(RECEIVED, linkWorker)
                .transitionTo(ReferralStatus.ACCEPTED, RECEIVED.plus(Duration.ofHours(4)), linkWorker)
                .transitionTo(ReferralStatus.CONTACTED, RECEIVED.plus(Duration.ofDays(2)), linkWorker)
                .transitionTo(ReferralStatus.IN_PROGRESS, RECEIVED.plus(Duration.ofDays(7)), linkWorker)
                .transitionTo(ReferralStatus.COMPLETED, RECEIVED.plus(Duration.ofDays(91)), linkWorker);
        LocalDate baseline = LocalDate.ofInstant(RECEIVED.plus(Duration.ofDays(7)), ZoneOffset.UTC);
        List<OutcomeMeasurement> measurements = new ArrayList<>();
        measurements.add(scored("ons4", new int[] {4, 5, 4, 6}, baseline, Timepoint.BASELINE));
        measurements.add(scored("swemwbs", new int[] {2, 3, 2, 3, 2, 3, 3}, baseline, Timepoint.BASELINE));
        LocalDate discharge = baseline.plusWeeks(12);
        measurements.add(scored("ons4", new int[] {6, 7, 6, 4}, discharge, Timepoint.DISCHARGE));
        measurements.add(scored("swemwbs", new int[] {3, 4, 3, 4, 3, 4, 4}, discharge, Timepoint.DISCHARGE));
        return SocialPrescribingEpisode.builder()
                .episodeId("EP-101")
                .person(Person.builder()
                        .nhsNumber(NhsNumber.parse("9990010005"))
                        .name(PersonName.of("Okafor", "Ada"))
                        .birthDate(LocalDate.of(1958, 3, 14))
                        .ethnicCategory(EthnicCategory.BLACK_AFRICAN)
                        .imdDecile(ImdDecile.of(DeprivationIndex.IOD2025, 3))
                        .build())
                .addGpRegistration(GpRegistration.at(practice))
                .referral(Referral.builder()
                        .referrer(Referrer.builder()
                                .name("Dr Rowan Hale")
                                .service(CodedText.ofText("General practice"))
                                .organisation(OrganisationRef.of(practice.odsCode()))
                                .contact("practice switchboard")
                                .build())
                        .source(ReferralSource.GP)
                        .referredAt(RECEIVED.minus(Duration.ofDays(1)))
                        .addPresentingNeed(CodedText.ofText("Loneliness"))
                        .referredTo(ProfessionalRef.builder()
                                .service(CodedText.of(Snomed.REFERRAL_TO_SOCIAL_PRESCRIBING_SERVICE))
                                .organisation(employer)
                                .build())
                        .build())
                .journey(journey)
                .linkWorker(linkWorker)
                .addConsent(Consent.builder()
                        .basis(ConsentBasis.EXPLICIT)
                        .addPurposes(ConsentPurpose.REFERRING_ON, ConsentPurpose.SHARING_BACK_TO_REFERRER_AND_GP)
                        .recordedAt(RECEIVED.plus(Duration.ofDays(2)))
                        .recordedBy(linkWorker)
                        .build())
                .risks(Risks.noneKnown())
                .addAllOutcomeMeasurements(measurements)
                .build();
    }

    private static OutcomeMeasurement scored(String instrument, int[] codes, LocalDate date, Timepoint timepoint) {
        Scorer scorer = REGISTRY.scorer(instrument);
        Answers answers = Answers.ofCodes(instrument, codes);
        return OutcomeMeasurement.builder()
                .instrumentId(scorer.instrument().id())
                .instrumentVersion(scorer.instrument().version())
                .timepoint(timepoint)
                .date(date)
                .collector(Collector.LINK_WORKER)
                .putAllAnswers(answers.asMap())
                .score(scorer.score(answers))
                .build();
    }
}

package org.socialprescribing.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.socialprescribing.model.coding.CodedText;
import org.socialprescribing.model.episode.Attendance;
import org.socialprescribing.model.episode.GpRegistration;
import org.socialprescribing.model.episode.OnwardReferral;
import org.socialprescribing.model.episode.OnwardReferralStatus;
import org.socialprescribing.model.episode.Referral;
import org.socialprescribing.model.episode.ReferralJourney;
import org.socialprescribing.model.episode.ReferralSource;
import org.socialprescribing.model.episode.Referrer;
import org.socialprescribing.model.episode.Risks;
import org.socialprescribing.model.episode.SocialPrescribingEpisode;
import org.socialprescribing.model.id.CharityNumber;
import org.socialprescribing.model.id.DeprivationIndex;
import org.socialprescribing.model.id.ImdDecile;
import org.socialprescribing.model.id.NhsNumber;
import org.socialprescribing.model.id.OdsCode;
import org.socialprescribing.model.org.GpPractice;
import org.socialprescribing.model.org.OrganisationRef;
import org.socialprescribing.model.org.PrimaryCareNetwork;
import org.socialprescribing.model.org.VcseOrganisation;
import org.socialprescribing.model.org.VcseOrganisationType;
import org.socialprescribing.model.person.Person;
import org.socialprescribing.model.person.PersonName;
import org.socialprescribing.model.service.CostOption;
import org.socialprescribing.model.service.Service;
import org.socialprescribing.model.workforce.ProfessionalRef;

/** Invented episodes, services and PCNs for the ledger's tests. */
final class LedgerFixtures {

    /** NHS England's published test number: every person here has it; the ledger never looks at it. */
    static final NhsNumber TEST_NUMBER = NhsNumber.parse("9434765919");

    static final ProfessionalRef LINK_WORKER = ProfessionalRef.builder()
            .name("Sam Link")
            .organisation(OrganisationRef.named("Together Co"))
            .build();

    static final GpPractice PRACTICE_A = GpPractice.of(OdsCode.parse("Y99901"));
    static final GpPractice PRACTICE_B = GpPractice.of(OdsCode.parse("Y99902"));
    static final GpPractice PRACTICE_C = GpPractice.of(OdsCode.parse("Y99903"));

    static final List<PrimaryCareNetwork> PCNS = List.of(
            pcn("U99901", "North PCN", PRACTICE_A),
            pcn("U99902", "Central PCN", PRACTICE_B),
            pcn("U99903", "South PCN", PRACTICE_C));

    static final VcseOrganisation FRIENDS = VcseOrganisation.builder()
            .name("Riverside Friends")
            .type(VcseOrganisationType.REGISTERED_CHARITY)
            .charityNumber(CharityNumber.parse("1199001"))
            .build();

    /** Declares a cost option: 15.00 a session. */
    static final Service BEFRIENDING = Service.builder()
            .directoryId("svc-befriending")
            .provider(FRIENDS)
            .name("Befriending")
            .addCost(CostOption.builder()
                    .option("per session")
                    .amount(new BigDecimal("15.00"))
                    .build())
            .build();

    /** Declares no cost option. */
    static final Service COFFEE = Service.builder()
            .directoryId("svc-coffee")
            .provider(FRIENDS)
            .name("Coffee group")
            .build();

    private LedgerFixtures() {}

    static PrimaryCareNetwork pcn(String code, String name, GpPractice practice) {
        return PrimaryCareNetwork.builder()
                .odsCode(OdsCode.parse(code))
                .name(name)
                .addMemberPractice(practice)
                .build();
    }

    static Instant at(String day) {
        return Instant.parse(day + "T10:00:00Z");
    }

    /** An onward referral sent on a day, then moved through statuses on the given days. */
    static OnwardReferral referral(String id, Service service, String sent, Object... steps) {
        OnwardReferral referral = OnwardReferral.builder()
                .id(id)
                .to(ProfessionalRef.builder()
                        .organisation(OrganisationRef.named(
                                service.provider().orElseThrow().name()))
                        .service(CodedText.ofText(service.name()))
                        .build())
                .serviceDirectoryId(service.directoryId())
                .addNeed(CodedText.ofText("Loneliness"))
                .addHistory(OnwardReferral.sent(at(sent), LINK_WORKER))
                .build();
        for (int i = 0; i < steps.length; i += 2) {
            referral = referral.transitionTo((OnwardReferralStatus) steps[i], at((String) steps[i + 1]));
        }
        return referral;
    }

    static OnwardReferral withAttendance(OnwardReferral referral, String... days) {
        OnwardReferral result = referral;
        for (String day : days) {
            Attendance attendance = day.startsWith("!")
                    ? Attendance.missed(LocalDate.parse(day.substring(1)))
                    : Attendance.attended(LocalDate.parse(day));
            result = result.withAttendance(concat(result.attendance(), attendance));
        }
        return result;
    }

    private static List<Attendance> concat(List<Attendance> list, Attendance more) {
        ArrayList<Attendance> all = new ArrayList<>(list);
        all.add(more);
        return all;
    }

    static SocialPrescribingEpisode episode(
            String id, GpPractice practice, Optional<Integer> imdDecile, OnwardReferral... referrals) {
        Person.Builder person = Person.builder().nhsNumber(TEST_NUMBER).name(PersonName.of("Tester", "Pat"));
        imdDecile.ifPresent(d -> person.imdDecile(ImdDecile.of(DeprivationIndex.IOD2019, d)));
        Instant received = at("2025-01-02");
        return SocialPrescribingEpisode.builder()
                .episodeId(id)
                .person(person.build())
                .addGpRegistration(GpRegistration.at(practice))
                .referral(Referral.builder()
                        .referrer(Referrer.builder()
                                .name("Dr Hale")
                                .service(CodedText.ofText("General practice"))
                                .organisation(OrganisationRef.of(practice.odsCode()))
                                .contact("switchboard")
                                .build())
                        .source(ReferralSource.GP)
                        .referredAt(received)
                        .addPresentingNeed(CodedText.ofText("Loneliness"))
                        .referredTo(LINK_WORKER)
                        .build())
                .journey(ReferralJourney.received(received, LINK_WORKER))
                .risks(Risks.noneKnown())
                .addOnwardReferrals(referrals)
                .build();
    }
}

package org.socialprescribing.testkit;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.socialprescribing.measures.Answers;
import org.socialprescribing.measures.InstrumentRegistry;
import org.socialprescribing.measures.Scorer;
import org.socialprescribing.measures.star.StarDefinition;
import org.socialprescribing.model.coding.CodedText;
import org.socialprescribing.model.coding.Snomed;
import org.socialprescribing.model.episode.Attendance;
import org.socialprescribing.model.episode.Consent;
import org.socialprescribing.model.episode.ConsentBasis;
import org.socialprescribing.model.episode.ConsentPurpose;
import org.socialprescribing.model.episode.GpRegistration;
import org.socialprescribing.model.episode.OnwardReferral;
import org.socialprescribing.model.episode.OnwardReferralStatus;
import org.socialprescribing.model.episode.ProviderFeedback;
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
import org.socialprescribing.model.org.PrimaryCareNetwork;
import org.socialprescribing.model.person.EthnicCategory;
import org.socialprescribing.model.person.Person;
import org.socialprescribing.model.person.PersonName;
import org.socialprescribing.model.workforce.EmploymentModel;
import org.socialprescribing.model.workforce.LinkWorkerRole;
import org.socialprescribing.model.workforce.PersonalisedCareRole;
import org.socialprescribing.model.workforce.PersonalisedCareRoleType;
import org.socialprescribing.model.workforce.ProfessionalRef;

/**
 * A small, entirely invented cohort, the same every time: one PCN with two practices, one link worker and a dozen
 * people referred by their GPs, each with a referral journey, onward referrals to VCSE services with attendance and
 * feedback, and ONS4, SWEMWBS (scored) and, with a star, Outcomes Star readings at baseline and discharge. It is
 * the cohort of {@code sp demo} and of the FHIR benchmarks; vendors can use it for examples and golden files.
 *
 * <p>Everything comes from a seed ({@link #DEMO_SEED} unless {@link #withSeed} sets another), so {@link #cases()}
 * gives equal episodes on every call and in every run.
 * NHS numbers are in the 999 range, which is never issued to patients (they are still valid: print them masked);
 * ODS codes, names and services are made up. Instances are immutable and thread-safe.
 */
public final class SyntheticCohort {

    /** When the first person is received; each next one three days later. */
    public static final Instant START = Instant.parse("2025-01-06T09:00:00Z");

    /** The seed of {@code sp demo}'s cohort. */
    public static final long DEMO_SEED = 20_250_106L;

    private static final String[][] NAMES = {
        {"Ada", "Okafor"}, {"Bill", "Harding"}, {"Chen", "Wei"}, {"Dot", "Mallory"}, {"Eli", "Brook"},
        {"Fatima", "Begum"}, {"Gus", "Pennant"}, {"Hana", "Kowalski"}, {"Ivor", "Trent"}, {"Jade", "Osei"},
        {"Kit", "Larkin"}, {"Lena", "Marsh"}
    };
    private static final EthnicCategory[] ETHNICITIES = {
        EthnicCategory.WHITE_BRITISH, EthnicCategory.BLACK_AFRICAN, EthnicCategory.CHINESE,
                EthnicCategory.WHITE_BRITISH, EthnicCategory.WHITE_OTHER, EthnicCategory.ASIAN_BANGLADESHI,
        EthnicCategory.BLACK_CARIBBEAN, EthnicCategory.WHITE_OTHER, EthnicCategory.WHITE_BRITISH,
                EthnicCategory.BLACK_AFRICAN, EthnicCategory.MIXED_WHITE_AND_BLACK_CARIBBEAN,
                EthnicCategory.WHITE_BRITISH
    };
    // Where each journey ends: most people complete, some do not engage, one is still in progress.
    private static final ReferralStatus[] OUTCOMES = {
        ReferralStatus.COMPLETED, ReferralStatus.COMPLETED, ReferralStatus.DID_NOT_ENGAGE, ReferralStatus.COMPLETED,
        ReferralStatus.COMPLETED, ReferralStatus.IN_PROGRESS, ReferralStatus.COMPLETED, ReferralStatus.COMPLETED,
        ReferralStatus.DECLINED, ReferralStatus.COMPLETED, ReferralStatus.COMPLETED, ReferralStatus.COMPLETED
    };

    private final GpPractice practiceA = GpPractice.of(OdsCode.parse("Y99901"));
    private final GpPractice practiceB = GpPractice.of(OdsCode.parse("Y99902"));
    private final PrimaryCareNetwork pcn = PrimaryCareNetwork.builder()
            .odsCode(OdsCode.parse("U99901"))
            .name("Riverside Primary Care Network (synthetic)")
            .addMemberPractices(practiceA, practiceB)
            .build();
    private final LinkWorkerRole linkWorkerRole = LinkWorkerRole.builder()
            .role(PersonalisedCareRole.of(PersonalisedCareRoleType.LINK_WORKER, "Community Connector"))
            .employer(OrganisationRef.named("Riverside Community Action (synthetic)"))
            .employmentModel(EmploymentModel.COMPETITIVE_TENDER)
            .fte(BigDecimal.ONE)
            .addPcnsServed(pcn.odsCode())
            .build();
    private final ProfessionalRef linkWorker = ProfessionalRef.builder()
            .name("Sam Link")
            .role(linkWorkerRole.role().toCodedText())
            .organisation(linkWorkerRole.employer())
            .build();

    private static final String[] SERVICES = {
        "Telephone befriending",
        "Coffee and chat group",
        "Community allotment",
        "Walking group",
        "Benefits advice line",
        "Online peer support for carers"
    };
    private static final String[] PROVIDERS = {
        "Riverside Friends (synthetic)",
        "Riverside Friends (synthetic)",
        "Green Shoots Growing Project (synthetic)",
        "Green Shoots Growing Project (synthetic)",
        "Riverside Advice Centre (synthetic)",
        "Riverside Advice Centre (synthetic)"
    };
    private static final InstrumentRegistry REGISTRY = InstrumentRegistry.standard();
    private final Optional<StarDefinition> star;
    private final long seed;

    private SyntheticCohort(Optional<StarDefinition> star, long seed) {
        this.star = star;
        this.seed = seed;
    }

    /**
     * The cohort with readings of a licensee's Outcomes Star (answers on its areas and scale, not scored).
     *
     * @param star  the star definition, not null
     * @return the cohort, never null
     */
    public static SyntheticCohort withStar(StarDefinition star) {
        return new SyntheticCohort(Optional.of(star), DEMO_SEED);
    }

    /**
     * The cohort with ONS4 and SWEMWBS only.
     *
     * @return the cohort, never null
     */
    public static SyntheticCohort withoutStar() {
        return new SyntheticCohort(Optional.empty(), DEMO_SEED);
    }

    /**
     * The same people, practices and link worker with other answers, presenting needs and onward referrals.
     *
     * @param seed  the seed of the answers and presenting needs; the onward referrals use the next one
     * @return the cohort, never null
     */
    public SyntheticCohort withSeed(long seed) {
        return new SyntheticCohort(star, seed);
    }

    /** @return the seed of the answers and presenting needs ({@link #DEMO_SEED} unless {@link #withSeed} changed it) */
    public long seed() {
        return seed;
    }

    /**
     * One person's episode with the measurements taken along the way.
     *
     * @param episode  the episode, with the measurements
     * @param measurements  the episode's outcome measurements, in the order taken
     */
    public record Case(SocialPrescribingEpisode episode, List<OutcomeMeasurement> measurements) {

        /** Copies the measurements. */
        public Case {
            measurements = List.copyOf(measurements);
        }
    }

    /** @return the primary care network of both practices, never null */
    public PrimaryCareNetwork pcn() {
        return pcn;
    }

    /** @return the link worker's role: employer, employment model and the PCN served, never null */
    public LinkWorkerRole linkWorkerRole() {
        return linkWorkerRole;
    }

    /** @return the link worker who receives and works every referral, never null */
    public ProfessionalRef linkWorker() {
        return linkWorker;
    }

    /**
     * The id that the cohort's onward referrals give each service of its directory ({@code
     * OnwardReferral.serviceDirectoryId()}), a name-based UUID, so that a directory of the same services can match
     * them.
     *
     * @param serviceName  the service's name, not null
     * @return the id, never null
     */
    public static String serviceDirectoryId(String serviceName) {
        return UUID.nameUUIDFromBytes(("sp-demo-service-" + serviceName).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    /**
     * The twelve people's cases, equal on every call.
     *
     * @return the cases, in the order the people were received, never null
     */
    public List<Case> cases() {
        Random random = new Random(seed);
        // A second stream for onward referrals, so that adding them changed none of the demo's scores.
        Random referrals = new Random(seed + 1);
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < NAMES.length; i++) {
            cases.add(newCase(i, random, referrals));
        }
        return List.copyOf(cases);
    }

    private Case newCase(int i, Random random, Random referrals) {
        Instant received = START.plus(Duration.ofDays(3L * i));
        GpPractice practice = i % 2 == 0 ? practiceA : practiceB;
        Person person = Person.builder()
                .nhsNumber(syntheticNhsNumber(i))
                .name(PersonName.of(NAMES[i][1], NAMES[i][0]))
                .birthDate(LocalDate.of(1940 + 4 * i, 1 + i % 12, 1 + i))
                .ethnicCategory(ETHNICITIES[i])
                .imdDecile(ImdDecile.of(DeprivationIndex.IOD2025, 1 + (i * 7) % 10))
                .build();
        ReferralJourney journey = journey(received, OUTCOMES[i]);
        List<OutcomeMeasurement> measurements = new ArrayList<>();
        if (journey.firstEntered(ReferralStatus.IN_PROGRESS).isPresent()) {
            LocalDate baseline = LocalDate.ofInstant(received.plus(Duration.ofDays(7)), ZoneOffset.UTC);
            measurements.addAll(measure(baseline, Timepoint.BASELINE, 0, random));
            if (OUTCOMES[i] == ReferralStatus.COMPLETED) {
                measurements.addAll(measure(baseline.plusWeeks(12), Timepoint.DISCHARGE, random.nextInt(4), random));
            }
        }
        SocialPrescribingEpisode episode = SocialPrescribingEpisode.builder()
                .episodeId("EP-" + (101 + i))
                .person(person)
                .addGpRegistration(GpRegistration.at(practice))
                .referral(referral(received, practice, random))
                .journey(journey)
                .linkWorker(linkWorker)
                .addConsent(Consent.builder()
                        .basis(ConsentBasis.EXPLICIT)
                        .addPurposes(ConsentPurpose.REFERRING_ON, ConsentPurpose.SHARING_BACK_TO_REFERRER_AND_GP)
                        .recordedAt(received.plus(Duration.ofDays(2)))
                        .recordedBy(linkWorker)
                        .build())
                .risks(Risks.noneKnown())
                .addAllOnwardReferrals(onwardReferrals(i, journey, referrals))
                .addAllOutcomeMeasurements(measurements)
                .build();
        return new Case(episode, measurements);
    }

    /**
     * Onward referrals for people whose support started: one or two services each, with the provider's steps,
     * weekly sessions (some missed) and feedback; a few are still waiting, one is declined as full.
     */
    private List<OnwardReferral> onwardReferrals(int person, ReferralJourney journey, Random referrals) {
        List<OnwardReferral> result = new ArrayList<>();
        Optional<Instant> started = journey.firstEntered(ReferralStatus.IN_PROGRESS);
        if (started.isEmpty()) {
            return result;
        }
        int count = 1 + referrals.nextInt(2);
        for (int k = 0; k < count; k++) {
            int service = referrals.nextInt(SERVICES.length);
            Instant sent = started.get().plus(Duration.ofDays(1L + 10L * k));
            OnwardReferral referral = OnwardReferral.builder()
                    .id("OR-" + (101 + person) + "-" + (k + 1))
                    .to(ProfessionalRef.builder()
                            .organisation(OrganisationRef.named(PROVIDERS[service]))
                            .service(CodedText.ofText(SERVICES[service]))
                            .build())
                    .serviceDirectoryId(serviceDirectoryId(SERVICES[service]))
                    .addNeed(CodedText.ofText("Loneliness"))
                    .addHistory(OnwardReferral.sent(sent, linkWorker))
                    .build();
            int fate = referrals.nextInt(10);
            if (fate == 0) {
                referral = referral.transitionTo(
                        OnwardReferralStatus.DECLINED, sent.plus(Duration.ofDays(2)), CodedText.ofText("Full"));
            } else if (fate == 1) {
                referral = referral.transitionTo(OnwardReferralStatus.ACCEPTED, sent.plus(Duration.ofDays(2)));
            } else if (fate > 1) {
                Instant first = sent.plus(Duration.ofDays(7));
                referral = referral.transitionTo(OnwardReferralStatus.ACCEPTED, sent.plus(Duration.ofDays(2)))
                        .transitionTo(OnwardReferralStatus.STARTED, first);
                int sessions = 3 + referrals.nextInt(6);
                List<Attendance> attendance = new ArrayList<>();
                for (int w = 0; w < sessions; w++) {
                    LocalDate day = LocalDate.ofInstant(first.plus(Duration.ofDays(7L * w)), ZoneOffset.UTC);
                    attendance.add(referrals.nextInt(5) == 0 ? Attendance.missed(day) : Attendance.attended(day));
                }
                Instant end = first.plus(Duration.ofDays(7L * sessions));
                referral = referral.transitionTo(
                                fate == 2 ? OnwardReferralStatus.DISCONTINUED : OnwardReferralStatus.COMPLETED, end)
                        .withAttendance(attendance)
                        .withFeedback(ProviderFeedback.of(
                                end,
                                fate == 2 ? "Stopped coming; we have let the link worker know." : "Settled in well."));
            }
            result.add(referral);
        }
        return result;
    }

    private ReferralJourney journey(Instant received, ReferralStatus end) {
        ReferralJourney journey = ReferralJourney.received(received, linkWorker);
        if (end == ReferralStatus.DECLINED) {
            return journey.transitionTo(ReferralStatus.DECLINED, received.plus(Duration.ofDays(2)), linkWorker);
        }
        journey = journey.transitionTo(ReferralStatus.ACCEPTED, received.plus(Duration.ofHours(4)), linkWorker)
                .transitionTo(ReferralStatus.CONTACTED, received.plus(Duration.ofDays(2)), linkWorker)
                .transitionTo(ReferralStatus.IN_PROGRESS, received.plus(Duration.ofDays(7)), linkWorker);
        return end == ReferralStatus.IN_PROGRESS
                ? journey
                : journey.transitionTo(end, received.plus(Duration.ofDays(91)), linkWorker);
    }

    private Referral referral(Instant received, GpPractice practice, Random random) {
        return Referral.builder()
                .referrer(Referrer.builder()
                        .name("Dr Rowan Hale")
                        .service(CodedText.ofText("General practice"))
                        .organisation(OrganisationRef.of(practice.odsCode()))
                        .contact("practice switchboard")
                        .build())
                .source(ReferralSource.GP)
                .referredAt(received.minus(Duration.ofDays(1)))
                .addPresentingNeed(CodedText.ofText(random.nextBoolean() ? "Loneliness" : "Low mood"))
                .referredTo(ProfessionalRef.builder()
                        .service(CodedText.of(Snomed.REFERRAL_TO_SOCIAL_PRESCRIBING_SERVICE))
                        .organisation(linkWorkerRole.employer())
                        .build())
                .build();
    }

    /** ONS4, SWEMWBS and a star reading at one timepoint; {@code lift} moves answers towards wellbeing. */
    private List<OutcomeMeasurement> measure(LocalDate date, Timepoint timepoint, int lift, Random random) {
        int[] ons4 = {
            clamp(3 + random.nextInt(3) + lift, 0, 10),
            clamp(4 + random.nextInt(3) + lift, 0, 10),
            clamp(3 + random.nextInt(4) + lift, 0, 10),
            clamp(7 - random.nextInt(3) - lift, 0, 10)
        };
        int[] swemwbs = new int[7];
        for (int item = 0; item < swemwbs.length; item++) {
            swemwbs[item] = clamp(2 + random.nextInt(2) + (lift + item % 2) / 2, 1, 5);
        }
        List<OutcomeMeasurement> result = new ArrayList<>(List.of(
                scored("ons4", Answers.ofCodes("ons4", ons4), date, timepoint),
                scored("swemwbs", Answers.ofCodes("swemwbs", swemwbs), date, timepoint)));
        star.ifPresent(definition -> result.add(starReading(definition, date, timepoint, lift, random)));
        return result;
    }

    /** A reading of the star, answered on its own scale (the SDK scores star readings when they are mapped). */
    private static OutcomeMeasurement starReading(
            StarDefinition star, LocalDate date, Timepoint timepoint, int lift, Random random) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (var area : star.areas()) {
            answers.put(area.key(), Integer.toString(clamp(3 + random.nextInt(3) + lift, 1, star.scaleMax())));
        }
        return OutcomeMeasurement.builder()
                .instrumentId(star.id())
                .instrumentVersion(star.version())
                .timepoint(timepoint)
                .date(date)
                .collector(Collector.LINK_WORKER)
                .putAllAnswers(answers)
                .build();
    }

    private static OutcomeMeasurement scored(String instrument, Answers answers, LocalDate date, Timepoint timepoint) {
        Scorer scorer = REGISTRY.scorer(instrument);
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

    /** An NHS number in the 999 range (never issued to patients) with a valid check digit. */
    private static NhsNumber syntheticNhsNumber(int index) {
        for (int serial = 100 + index * 10; ; serial++) {
            for (int check = 0; check < 10; check++) {
                String candidate = String.format("999%06d%d", serial, check);
                if (NhsNumber.isValid(candidate)) {
                    return NhsNumber.parse(candidate);
                }
            }
        }
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }
}

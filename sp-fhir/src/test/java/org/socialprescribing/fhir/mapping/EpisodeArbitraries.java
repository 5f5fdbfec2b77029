package org.socialprescribing.fhir.mapping;

import static org.socialprescribing.fhir.mapping.DomainArbitraries.codedTexts;
import static org.socialprescribing.fhir.mapping.DomainArbitraries.concepts;
import static org.socialprescribing.fhir.mapping.DomainArbitraries.dates;
import static org.socialprescribing.fhir.mapping.DomainArbitraries.instants;
import static org.socialprescribing.fhir.mapping.DomainArbitraries.organisationRefs;
import static org.socialprescribing.fhir.mapping.DomainArbitraries.professionals;
import static org.socialprescribing.fhir.mapping.DomainArbitraries.some;
import static org.socialprescribing.fhir.mapping.DomainArbitraries.text;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import org.socialprescribing.measures.Answers;
import org.socialprescribing.measures.Instrument;
import org.socialprescribing.measures.InstrumentRegistry;
import org.socialprescribing.measures.Item;
import org.socialprescribing.measures.Scorer;
import org.socialprescribing.model.coding.CodedText;
import org.socialprescribing.model.episode.ActionStatus;
import org.socialprescribing.model.episode.Attendance;
import org.socialprescribing.model.episode.Consent;
import org.socialprescribing.model.episode.ConsentBasis;
import org.socialprescribing.model.episode.ConsentPurpose;
import org.socialprescribing.model.episode.Goal;
import org.socialprescribing.model.episode.GoalStatus;
import org.socialprescribing.model.episode.GpRegistration;
import org.socialprescribing.model.episode.ImmutableAttendance;
import org.socialprescribing.model.episode.ImmutableGpRegistration;
import org.socialprescribing.model.episode.ImmutableIndividualRequirements;
import org.socialprescribing.model.episode.ImmutableOnwardReferral;
import org.socialprescribing.model.episode.ImmutablePlanAgreement;
import org.socialprescribing.model.episode.ImmutableProfessionalContact;
import org.socialprescribing.model.episode.ImmutableProviderFeedback;
import org.socialprescribing.model.episode.ImmutableRequestedAction;
import org.socialprescribing.model.episode.ImmutableRisk;
import org.socialprescribing.model.episode.ImmutableRisks;
import org.socialprescribing.model.episode.ImmutableSafeguardingConcern;
import org.socialprescribing.model.episode.ImmutableSocialPrescribingEpisode;
import org.socialprescribing.model.episode.ImmutableWhatMatters;
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
import org.socialprescribing.model.measure.Collector;
import org.socialprescribing.model.measure.ImmutableOutcomeMeasurement;
import org.socialprescribing.model.measure.OutcomeMeasurement;
import org.socialprescribing.model.measure.Timepoint;
import org.socialprescribing.model.service.ServiceCategory;
import org.socialprescribing.model.workforce.ProfessionalRef;

/**
 * Random valid episodes with every section filled or left out at random, after the idea of sp-model's episode
 * generator: legal journeys and onward referral histories, plans whose actions name real onward referrals, and
 * outcome measurements of the standard instruments, scored or not.
 */
final class EpisodeArbitraries {

    private static final InstrumentRegistry INSTRUMENTS = InstrumentRegistry.standard();

    /** Who sends an onward referral whose recipient is not recorded. */
    private static final ProfessionalRef SENDER =
            ProfessionalRef.builder().team("Social prescribing team").build();

    private EpisodeArbitraries() {}

    static Arbitrary<SocialPrescribingEpisode> episodes() {
        Arbitrary<List<OnwardReferral>> onward = Arbitraries.integers()
                .between(0, 2)
                .flatMap(count -> {
                    List<Arbitrary<OnwardReferral>> each = new ArrayList<>();
                    for (int i = 0; i < count; i++) {
                        each.add(onwardReferrals("OR-" + i));
                    }
                    return Combinators.combine(each).as(list -> list);
                });
        return Builders.withBuilder(ImmutableSocialPrescribingEpisode::builder)
                .use(text().optional())
                .in((b, id) -> b.episodeId(id))
                .use(DomainArbitraries.people())
                .in((b, person) -> b.person(person))
                .use(registrations().list().ofMaxSize(2))
                .in((b, registrations) -> b.addAllGpRegistrations(registrations))
                .use(referrals())
                .in((b, referral) -> b.referral(referral))
                .use(journeys())
                .in((b, journey) -> b.journey(journey))
                .use(professionals().optional())
                .in((b, worker) -> b.linkWorker(worker))
                .use(whatMatters().optional())
                .in((b, what) -> b.whatMatters(what))
                .use(requirements().optional())
                .in((b, requirements) -> b.individualRequirements(requirements))
                .use(concerns().list().ofMaxSize(2))
                .in((b, concerns) -> b.addAllSafeguardingConcerns(concerns))
                .use(consents().list().ofMaxSize(2))
                .in((b, consents) -> b.addAllConsents(consents))
                .use(text().optional())
                .in((b, reason) -> b.consentNotObtainedReason(reason))
                .use(contacts().list().ofMaxSize(2))
                .in((b, contacts) -> b.addAllContacts(contacts))
                .use(requestedActions().list().ofMaxSize(2))
                .in((b, actions) -> b.addAllRequestedActions(actions))
                .use(signposts().list().ofMaxSize(2))
                .in((b, signposts) -> b.addAllSignposting(signposts))
                .use(risks().optional(0.8))
                .in((b, risks) -> b.risks(risks))
                .use(text().optional())
                .in((b, summary) -> b.clinicalSummary(summary))
                .use(measurements().list().ofMaxSize(2))
                .in((b, measures) -> b.addAllOutcomeMeasurements(measures))
                .use(onward)
                .in((b, referrals) -> b.addAllOnwardReferrals(referrals))
                .build(b -> (SocialPrescribingEpisode) b.build())
                .flatMap(episode -> plans(episode.onwardReferrals().stream()
                                .map(OnwardReferral::id)
                                .collect(Collectors.toList()))
                        .optional()
                        .map(plan -> ImmutableSocialPrescribingEpisode.copyOf(episode)
                                .withSupportPlan(plan)))
                // Half the episodes carry ids on their consents, measurements, needs and goals, which the FHIR
                // mapping must keep as identifiers.
                .flatMap(episode -> Arbitraries.of(true, false).map(ids -> ids ? withIds(episode) : episode));
    }

    /** The episode with an id on every consent, measurement, need and goal, by position (c0, m0, n0, g0, ...). */
    static SocialPrescribingEpisode withIds(SocialPrescribingEpisode episode) {
        List<Consent> consents = new ArrayList<>();
        for (Consent consent : episode.consents()) {
            consents.add(consent.withId("c" + consents.size()));
        }
        List<OutcomeMeasurement> measurements = new ArrayList<>();
        for (OutcomeMeasurement measurement : episode.outcomeMeasurements()) {
            measurements.add(measurement.withId("m" + measurements.size()));
        }
        SocialPrescribingEpisode result = episode.withConsents(consents).withOutcomeMeasurements(measurements);
        if (episode.supportPlan().isPresent()) {
            List<PlanNeed> needs = new ArrayList<>();
            int goal = 0;
            for (PlanNeed need : episode.supportPlan().get().needs()) {
                List<Goal> goals = new ArrayList<>();
                for (Goal g : need.goals()) {
                    goals.add(g.withId("g" + goal++));
                }
                needs.add(need.withId("n" + needs.size()).withGoals(goals));
            }
            result = result.withSupportPlan(episode.supportPlan().get().withNeeds(needs));
        }
        return result;
    }

    static Arbitrary<GpRegistration> registrations() {
        return Combinators.combine(
                        DomainArbitraries.gpPractices(),
                        text().optional(),
                        Arbitraries.of(true, false),
                        concepts().optional())
                .as((practice, gp, temporary, optOut) -> ImmutableGpRegistration.builder()
                        .practice(practice)
                        .gpName(gp)
                        .temporary(temporary)
                        .optOut(optOut)
                        .build());
    }

    /** Referrers with PRSB's mandatory items (name, service, organisation, contact) sometimes not recorded. */
    static Arbitrary<Referrer> referrers() {
        return Builders.withBuilder(Referrer::builder)
                .use(text().optional(0.8))
                .in((b, name) -> b.name(name))
                .use(codedTexts().optional(0.8))
                .in((b, service) -> b.service(service))
                .use(organisationRefs())
                .in((b, organisation) -> b.organisation(organisation))
                .use(text().optional(0.8))
                .in((b, contact) -> b.contact(contact))
                .use(codedTexts().optional())
                .in((b, role) -> b.role(role))
                .use(text().optional())
                .in((b, grade) -> b.grade(grade))
                .use(text().optional())
                .in((b, team) -> b.team(team))
                .use(codedTexts().optional())
                .in((b, specialty) -> b.specialty(specialty))
                .build(b -> (Referrer) b.build());
    }

    static Arbitrary<Consent> consents() {
        return Combinators.combine(
                        Arbitraries.of(ConsentBasis.class),
                        Arbitraries.of(ConsentPurpose.class).list().ofMinSize(1).ofMaxSize(3),
                        organisationRefs().list().ofMaxSize(2),
                        instants(),
                        professionals().optional(),
                        Arbitraries.longs().between(0, 1_000_000).optional(),
                        text().optional())
                .as((basis, purposes, sharedWith, at, by, withdrawnAfter, note) -> Consent.builder()
                        .basis(basis)
                        .addAllPurposes(purposes)
                        .addAllSharedWith(sharedWith)
                        .recordedAt(at)
                        .recordedBy(by)
                        .withdrawnAt(withdrawnAfter.map(at::plusSeconds))
                        .note(note)
                        .build());
    }

    static Arbitrary<Referral> referrals() {
        return Builders.withBuilder(Referral::builder)
                .use(text().optional())
                .in((b, id) -> b.referralId(id))
                .use(referrers().optional(0.9))
                .in((b, referrer) -> b.referrer(referrer))
                .use(Arbitraries.of(ReferralSource.class).optional(0.8))
                .in((b, source) -> b.source(source))
                .use(Arbitraries.of(ReferralMethod.class).optional())
                .in((b, method) -> b.method(method))
                .use(instants().optional())
                .in((b, at) -> b.referredAt(at))
                .use(codedTexts().list().ofMaxSize(3))
                .in((b, needs) -> b.addAllPresentingNeeds(needs))
                .use(text().list().ofMaxSize(2))
                .in((b, needs) -> b.addAllPersonReportedNeeds(needs))
                .use(text().optional())
                .in((b, reason) -> b.reasonForReferral(reason))
                .use(Arbitraries.of(Urgency.class).optional())
                .in((b, urgency) -> b.urgency(urgency))
                .use(consents().optional())
                .in((b, consent) -> b.consentToShare(consent))
                .use(Arbitraries.of(true, false))
                .in((b, flag) -> b.doNotContact(flag))
                .use(professionals().optional(0.8))
                .in((b, to) -> b.referredTo(to))
                .use(professionals().optional())
                .in((b, to) -> b.returnResponseTo(to))
                .build(b -> (Referral) b.build());
    }

    /** A legal walk through the referral table; events may share an instant and may not say who made them. */
    static Arbitrary<ReferralJourney> journeys() {
        return Combinators.combine(
                        instants(),
                        professionals().list().ofMinSize(1).ofMaxSize(2),
                        Arbitraries.integers().between(0, 99).list().ofMaxSize(6),
                        codedTexts().optional())
                .as((start, people, choices, reason) -> {
                    ReferralJourney journey = start.getNano() % 4 == 0
                            ? ReferralJourney.received(start)
                            : ReferralJourney.received(start, people.get(0));
                    for (int choice : choices) {
                        List<ReferralStatus> next =
                                new ArrayList<>(journey.status().next());
                        if (next.isEmpty()) {
                            break;
                        }
                        ReferralStatus to = next.get(choice % next.size());
                        Instant at = journey.lastChanged().plus(Duration.ofMinutes(choice % 3));
                        ProfessionalRef by = people.get(choice % people.size());
                        journey = choice % 5 == 1
                                ? journey.transitionTo(to, at)
                                : choice % 2 == 0 || reason.isEmpty()
                                        ? journey.transitionTo(to, at, by)
                                        : journey.transitionTo(to, at, by, reason.get());
                    }
                    return journey;
                });
    }

    static Arbitrary<OnwardReferral> onwardReferrals(String id) {
        Arbitrary<ProviderFeedback> feedback = Combinators.combine(
                        instants(),
                        professionals().optional(),
                        text(),
                        codedTexts().optional())
                .as((at, from, text, outcome) -> ImmutableProviderFeedback.builder()
                        .at(at)
                        .from(from)
                        .text(text)
                        .outcome(outcome)
                        .build());
        Arbitrary<Attendance> attendance = Combinators.combine(
                        dates(),
                        Arbitraries.of(true, false),
                        DomainArbitraries.markdownText().optional())
                .as((date, attended, note) -> ImmutableAttendance.builder()
                        .date(date)
                        .attended(attended)
                        .note(note)
                        .build());
        return Combinators.combine(
                        professionals().optional(0.8),
                        text().optional(),
                        instants(),
                        Arbitraries.integers().between(0, 99).list().ofMaxSize(4),
                        Arbitraries.of(ServiceCategory.class).list().ofMaxSize(2),
                        codedTexts().list().ofMaxSize(2),
                        feedback.list().ofMaxSize(2),
                        attendance.list().ofMaxSize(3))
                .as((to, directoryId, sent, choices, categories, needs, notes, sessions) -> {
                    ProfessionalRef by = to.orElse(SENDER);
                    OnwardReferral onward = OnwardReferral.builder()
                            .id(id)
                            .to(to)
                            .serviceDirectoryId(directoryId)
                            .addAllCategories(categories)
                            .addAllNeeds(needs)
                            .addHistory(OnwardReferral.sent(sent, by))
                            .build();
                    for (int choice : choices) {
                        List<OnwardReferralStatus> next =
                                new ArrayList<>(onward.status().next());
                        if (next.isEmpty()) {
                            break;
                        }
                        Instant at = onward.history()
                                .get(onward.history().size() - 1)
                                .at()
                                .plusSeconds(choice % 2);
                        onward = transition(onward, next.get(choice % next.size()), at, by, choice);
                    }
                    return ImmutableOnwardReferral.copyOf(onward)
                            .withFeedback(notes)
                            .withAttendance(sessions);
                });
    }

    /** One step of an onward referral; the choice decides whether who made it (one in three not) and why are known. */
    private static OnwardReferral transition(
            OnwardReferral onward, OnwardReferralStatus to, Instant at, ProfessionalRef by, int choice) {
        boolean byKnown = choice % 3 != 0;
        if (choice % 2 == 0) {
            return byKnown ? onward.transitionTo(to, at, by) : onward.transitionTo(to, at);
        }
        CodedText reason = CodedText.ofText("reason " + choice);
        return byKnown ? onward.transitionTo(to, at, by, reason) : onward.transitionTo(to, at, reason);
    }

    static Arbitrary<Goal> goals(List<String> onwardIds) {
        Arbitrary<PlanAction> actions = Builders.withBuilder(PlanAction::builder)
                .use(codedTexts())
                .in((b, what) -> b.what(what))
                .use(professionals().optional())
                .in((b, who) -> b.who(who))
                .use(Arbitraries.integers().between(1, 12).optional())
                .in((b, month) -> b.when(month.map(m -> YearMonth.of(2025, m))))
                .use(text().optional())
                .in((b, strategies) -> b.strategies(strategies))
                .use(Arbitraries.of(ActionStatus.class).optional())
                .in((b, status) -> b.status(status))
                .use(Arbitraries.integers().between(1, 10).optional())
                .in((b, confidence) -> b.confidence(confidence))
                .use(
                        onwardIds.isEmpty()
                                ? Arbitraries.just(Optional.<String>empty())
                                : Arbitraries.of(onwardIds).optional())
                .in((b, id) -> b.onwardReferralId(id))
                .use(dates().optional())
                .in((b, day) -> b.lastUpdated(day))
                .use(dates().optional())
                .in((b, day) -> b.reviewDate(day))
                .build(b -> (PlanAction) b.build());
        return Builders.withBuilder(Goal::builder)
                .use(codedTexts())
                .in((b, description) -> b.description(description))
                .use(Arbitraries.of(GoalStatus.class))
                .in((b, status) -> b.status(status))
                .use(Arbitraries.bigDecimals()
                        .between(BigDecimal.ONE, BigDecimal.TEN)
                        .ofScale(1)
                        .optional())
                .in((b, importance) -> b.importance(importance))
                .use(Arbitraries.integers().between(1, 10).optional())
                .in((b, confidence) -> b.confidence(confidence))
                .use(dates().optional())
                .in((b, day) -> b.setOn(day).endedOn(day.map(d -> d.plusDays(30))))
                .use(dates().optional())
                .in((b, day) -> b.targetDate(day))
                .use(dates().optional())
                .in((b, day) -> b.reviewDate(day))
                .use(codedTexts().list().ofMaxSize(2))
                .in((b, outcomes) -> b.addAllOutcomes(outcomes))
                .use(actions.list().ofMaxSize(2))
                .in((b, list) -> b.addAllActions(list))
                .build(b -> (Goal) b.build());
    }

    static Arbitrary<SupportPlan> plans(List<String> onwardIds) {
        Arbitrary<PlanNeed> needs = Combinators.combine(
                        codedTexts(), goals(onwardIds).list().ofMaxSize(2))
                .as((need, goals) ->
                        PlanNeed.builder().need(need).addAllGoals(goals).build());
        Arbitrary<PlanAgreement> agreements = Arbitraries.oneOf(
                Arbitraries.just(PlanAgreement.byThePerson()),
                text().map(PlanAgreement::notAgreed),
                Combinators.combine(text(), text())
                        .as((name, role) -> ImmutablePlanAgreement.builder()
                                .agreed(true)
                                .agreedBy(name)
                                .role(role)
                                .build()));
        return Combinators.combine(
                        codedTexts().list().ofMaxSize(2),
                        needs.list().ofMaxSize(2),
                        agreements.optional(),
                        dates().optional(),
                        dates().optional(),
                        professionals().optional())
                .as((strengths, planNeeds, agreement, updated, review, responsible) -> SupportPlan.builder()
                        .addAllStrengths(strengths)
                        .addAllNeeds(planNeeds)
                        .agreement(agreement)
                        .lastUpdated(updated)
                        .reviewDate(review)
                        .reviewResponsibility(responsible)
                        .build());
    }

    static Arbitrary<WhatMatters> whatMatters() {
        return Combinators.combine(
                        text().optional(),
                        text().optional(),
                        text().optional(),
                        text().optional(),
                        text().optional(),
                        Arbitraries.of(URI.create("https://example.org/about-me.mp4"))
                                .optional())
                .as((most, people, communication, wellness, also, link) -> ImmutableWhatMatters.builder()
                        .mostImportantToMe(most)
                        .importantPeople(people)
                        .communication(communication)
                        .wellness(wellness)
                        .pleaseDoAndDont(most)
                        .howAndWhenToSupportMe(people)
                        .alsoWorthKnowing(also)
                        .supportedToWriteBy(wellness)
                        .multimediaLink(link)
                        .build());
    }

    static Arbitrary<IndividualRequirements> requirements() {
        return Combinators.combine(some(codedTexts()), some(codedTexts()), some(codedTexts()), some(codedTexts()))
                .as((adjustments, impairments, mobility, other) -> ImmutableIndividualRequirements.builder()
                        .addAllReasonableAdjustments(adjustments)
                        .addAllImpairments(impairments)
                        .addAllMobility(mobility)
                        .addAllOther(other)
                        .build());
    }

    static Arbitrary<SafeguardingConcern> concerns() {
        return Combinators.combine(
                        codedTexts(),
                        dates().optional(),
                        Arbitraries.integers().between(0, 90).optional(),
                        text().optional())
                .as((concern, from, days, comment) -> ImmutableSafeguardingConcern.builder()
                        .concern(concern)
                        .from(from)
                        .to(days.map(d -> from.orElse(LocalDate.of(2020, 1, 1)).plusDays(d)))
                        .comment(comment)
                        .build());
    }

    static Arbitrary<ProfessionalContact> contacts() {
        return Builders.withBuilder(ImmutableProfessionalContact::builder)
                .use(instants())
                .in((b, at) -> b.at(at))
                .use(text().optional())
                .in((b, location) -> b.location(location))
                .use(codedTexts().optional())
                .in((b, type) -> b.locationType(type))
                .use(professionals().list().ofMaxSize(2))
                .in((b, seenBy) -> b.addAllSeenBy(seenBy))
                .use(professionals().optional())
                .in((b, responsible) -> b.responsible(responsible))
                .use(codedTexts().optional())
                .in((b, type) -> b.contactType(type))
                .use(codedTexts().optional())
                .in((b, method) -> b.method(method))
                .use(codedTexts().optional())
                .in((b, service) -> b.service(service))
                .use(codedTexts().optional())
                .in((b, outcome) -> b.outcome(outcome))
                .build(b -> (ProfessionalContact) b.build());
    }

    static Arbitrary<RequestedAction> requestedActions() {
        return Combinators.combine(text().optional(), text().optional(), text().optional())
                .filter((a, b, c) -> a.isPresent() || b.isPresent() || c.isPresent())
                .as((professionals, person, agreed) -> ImmutableRequestedAction.builder()
                        .forProfessionals(professionals)
                        .forPersonOrCarer(person)
                        .agreedWithPerson(agreed)
                        .build());
    }

    static Arbitrary<Signposting> signposts() {
        return Combinators.combine(
                        dates(),
                        professionals().optional(0.8),
                        text().optional(),
                        Arbitraries.of(ServiceCategory.class).list().ofMaxSize(2),
                        codedTexts().list().ofMaxSize(2))
                .as((date, to, directoryId, categories, reasons) -> Signposting.builder()
                        .date(date)
                        .to(to)
                        .serviceDirectoryId(directoryId)
                        .addAllCategories(categories)
                        .addAllReasons(reasons)
                        .build());
    }

    static Arbitrary<Risks> risks() {
        Arbitrary<Risk> risk = Combinators.combine(
                        codedTexts(),
                        dates().optional(),
                        Arbitraries.integers().between(0, 90).optional(),
                        text().optional())
                .as((what, from, days, comment) -> ImmutableRisk.builder()
                        .risk(what)
                        .from(from)
                        .to(days.map(d -> from.orElse(LocalDate.of(2020, 1, 1)).plusDays(d)))
                        .comment(comment)
                        .build());
        return Arbitraries.oneOf(
                Arbitraries.just(Risks.noneKnown()),
                risk.list()
                        .ofMinSize(1)
                        .ofMaxSize(2)
                        .map(entries -> ImmutableRisks.builder()
                                .noKnownRisks(false)
                                .addAllEntries(entries)
                                .build()));
    }

    /** Measurements of the standard instruments that the SDK scores itself, with their score or without. */
    static Arbitrary<OutcomeMeasurement> measurements() {
        List<Instrument> scored = INSTRUMENTS.instruments().stream()
                .filter(instrument -> !instrument.id().value().equals("pam"))
                .collect(Collectors.toList());
        return Arbitraries.of(scored)
                .flatMap(instrument -> Combinators.combine(
                                answers(instrument),
                                Arbitraries.of(Timepoint.class),
                                Arbitraries.of(Collector.class),
                                dates(),
                                Arbitraries.of(true, false))
                        .as((answers, timepoint, collector, date, scoreIt) -> ImmutableOutcomeMeasurement.builder()
                                .instrumentId(instrument.id())
                                .instrumentVersion(instrument.version())
                                .timepoint(timepoint)
                                .collector(collector)
                                .date(date)
                                .putAllAnswers(answers)
                                .score(
                                        scoreIt
                                                ? Optional.of(
                                                        Scorer.of(instrument).score(Answers.ofText(answers)))
                                                : Optional.empty())
                                .build()));
    }

    private static Arbitrary<Map<String, String>> answers(Instrument instrument) {
        Arbitrary<Map<String, String>> answers = Arbitraries.just(Map.of());
        for (Item item : instrument.items()) {
            Arbitrary<Optional<String>> answer = Arbitraries.integers()
                    .between(item.minCode(), item.maxCode())
                    .map(String::valueOf)
                    .optional(0.9);
            answers = Combinators.combine(answers, answer).as((map, given) -> {
                Map<String, String> more = new LinkedHashMap<>(map);
                given.ifPresent(code -> more.put(item.key(), code));
                return more;
            });
        }
        return answers;
    }
}

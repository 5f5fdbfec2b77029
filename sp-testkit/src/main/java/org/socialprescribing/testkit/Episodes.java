package org.socialprescribing.testkit;

import static org.socialprescribing.testkit.Values.dates;
import static org.socialprescribing.testkit.Values.instants;
import static org.socialprescribing.testkit.Values.some;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
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
import org.socialprescribing.model.service.ServiceCategory;
import org.socialprescribing.model.workforce.ProfessionalRef;

/**
 * Episodes and their sections: legal journeys and onward referral histories, plans whose actions name the episode's
 * onward referrals, outcome measurements of the standard instruments. What the national dataset needs is left out
 * at random unless the completeness asks for it.
 */
final class Episodes {

    /** Who sends an onward referral whose recipient is not recorded. */
    private static final ProfessionalRef SENDER =
            ProfessionalRef.builder().team("Social prescribing team").build();

    /** The id an onward referral gets before its position in the episode is known. */
    private static final String UNNUMBERED = "OR-?";

    /** Placeholders for the first and second onward referral in generated plans. */
    private static final String LINK_0 = "link-0";

    private static final String LINK_1 = "link-1";

    private final Values values;
    private final Parties parties;
    private final Completeness completeness;

    private final Arbitrary<OnwardReferral> onwardReferrals;

    Episodes(Values values, Parties parties, Completeness completeness) {
        this.values = values;
        this.parties = parties;
        this.completeness = completeness;
        this.onwardReferrals = newOnwardReferrals(UNNUMBERED);
    }

    private boolean complete() {
        return completeness == Completeness.NATIONAL_DATASET;
    }

    /** The onward referrals and support plan of an episode, whose plan actions name only those onward referrals. */
    private record Support(List<OnwardReferral> onward, Optional<SupportPlan> plan) {}

    Arbitrary<SocialPrescribingEpisode> episodes() {
        // Complete episodes record support offered (a signposting) and an outcome (a measurement) whatever their
        // status, so that a completed one satisfies the minimum dataset's sets 3 and 4.
        int atLeast = complete() ? 1 : 0;
        Arbitrary<SocialPrescribingEpisode> episodes = Builders.withBuilder(SocialPrescribingEpisode::builder)
                .use(values.text().optional())
                .in((b, id) -> b.episodeId(id))
                .use(parties.persons())
                .in((b, person) -> b.person(person))
                .use(registrations().list().ofMinSize(atLeast).ofMaxSize(2))
                .in((b, registrations) -> b.addAllGpRegistrations(registrations))
                .use(referrals())
                .in((b, referral) -> b.referral(referral))
                .use(journeys())
                .in((b, journey) -> b.journey(journey))
                .use(parties.professionals().optional())
                .in((b, worker) -> b.linkWorker(worker))
                .use(whatMatters().optional())
                .in((b, what) -> b.whatMatters(what))
                .use(requirements().optional())
                .in((b, requirements) -> b.individualRequirements(requirements))
                .use(concerns().list().ofMaxSize(2))
                .in((b, concerns) -> b.addAllSafeguardingConcerns(concerns))
                .use(consents().list().ofMaxSize(2))
                .in((b, consents) -> b.addAllConsents(consents))
                .use(values.text().optional())
                .in((b, reason) -> b.consentNotObtainedReason(reason))
                .use(contacts().list().ofMaxSize(2))
                .in((b, contacts) -> b.addAllContacts(contacts))
                .use(requestedActions().list().ofMaxSize(2))
                .in((b, actions) -> b.addAllRequestedActions(actions))
                .use(signposts().list().ofMinSize(atLeast).ofMaxSize(2))
                .in((b, signposts) -> b.addAllSignposting(signposts))
                .use(completeness.needed(risks(), 0.8))
                .in((b, risks) -> b.risks(risks))
                .use(values.text().optional())
                .in((b, summary) -> b.clinicalSummary(summary))
                .use(Measurements.outcomeMeasurements()
                        .list()
                        .ofMinSize(atLeast)
                        .ofMaxSize(2))
                .in((b, measures) -> b.addAllOutcomeMeasurements(measures))
                .use(support())
                .in((b, support) -> b.addAllOnwardReferrals(support.onward()).supportPlan(support.plan()))
                .build(SocialPrescribingEpisode.Builder::build);
        // Half the episodes carry ids on their consents, measurements, needs and goals (which the FHIR mapping must
        // keep as identifiers).
        return Combinators.combine(episodes, Arbitraries.of(true, false))
                .as((episode, ids) -> ids ? SpArbitraries.withIds(episode) : episode);
    }

    /**
     * Up to two onward referrals (OR-0, OR-1) and a plan whose actions may name them. The plan is generated with
     * placeholder links that are resolved once the referrals are known: a {@code flatMap} would build new
     * generators for every episode, which made jqwik spend most of its time comparing them.
     */
    private Arbitrary<Support> support() {
        Arbitrary<List<OnwardReferral>> onward = onwardReferrals(UNNUMBERED)
                .list()
                .ofMaxSize(2)
                .map(list -> {
                    List<OnwardReferral> numbered = new ArrayList<>();
                    for (OnwardReferral referral : list) {
                        numbered.add(referral.withId("OR-" + numbered.size()));
                    }
                    return numbered;
                });
        return Combinators.combine(onward, plans(List.of(LINK_0, LINK_1)).optional())
                .as((referrals, plan) -> new Support(referrals, plan.map(p -> resolveLinks(p, referrals.size()))));
    }

    /** The plan with each placeholder link to the n-th onward referral made a real one, or dropped if there is none. */
    private static SupportPlan resolveLinks(SupportPlan plan, int onwardCount) {
        List<PlanNeed> needs = new ArrayList<>();
        for (PlanNeed need : plan.needs()) {
            List<Goal> goals = new ArrayList<>();
            for (Goal goal : need.goals()) {
                List<PlanAction> actions = new ArrayList<>();
                for (PlanAction action : goal.actions()) {
                    Optional<String> link = action.onwardReferralId()
                            .map(placeholder -> placeholder.equals(LINK_0) ? 0 : 1)
                            .filter(index -> onwardCount > 0)
                            .map(index -> "OR-" + (index % onwardCount));
                    actions.add(action.withOnwardReferralId(link));
                }
                goals.add(goal.withActions(actions));
            }
            needs.add(need.withGoals(goals));
        }
        return plan.withNeeds(needs);
    }

    Arbitrary<GpRegistration> registrations() {
        return Combinators.combine(
                        parties.gpPractices(),
                        values.text().optional(),
                        Arbitraries.of(true, false),
                        values.concepts().optional())
                .as((practice, gp, temporary, optOut) -> GpRegistration.builder()
                        .practice(practice)
                        .gpName(gp)
                        .temporary(temporary)
                        .optOut(optOut)
                        .build());
    }

    /** Referrers with PRSB's mandatory items (name, service, organisation, contact) sometimes not recorded. */
    Arbitrary<Referrer> referrers() {
        return Builders.withBuilder(Referrer::builder)
                .use(completeness.needed(values.text(), 0.8))
                .in((b, name) -> b.name(name))
                .use(completeness.needed(values.codedTexts(), 0.8))
                .in((b, service) -> b.service(service))
                .use(completeness.needed(parties.organisationRefs(), 0.9))
                .in((b, organisation) -> b.organisation(organisation))
                .use(completeness.needed(values.text(), 0.8))
                .in((b, contact) -> b.contact(contact))
                .use(values.codedTexts().optional())
                .in((b, role) -> b.role(role))
                .use(values.text().optional())
                .in((b, grade) -> b.grade(grade))
                .use(values.text().optional())
                .in((b, team) -> b.team(team))
                .use(values.codedTexts().optional())
                .in((b, specialty) -> b.specialty(specialty))
                .build(b -> Values.ifValid(b::build))
                .filter(Optional::isPresent)
                .map(Optional::get);
    }

    Arbitrary<Consent> consents() {
        return Combinators.combine(
                        Arbitraries.of(ConsentBasis.class),
                        Arbitraries.of(ConsentPurpose.class).list().ofMinSize(1).ofMaxSize(3),
                        parties.organisationRefs().list().ofMaxSize(2),
                        instants(),
                        parties.professionals().optional(),
                        Arbitraries.longs().between(0, 1_000_000).optional(),
                        values.text().optional())
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

    Arbitrary<Referral> referrals() {
        return Builders.withBuilder(Referral::builder)
                .use(values.text().optional())
                .in((b, id) -> b.referralId(id))
                .use(completeness.needed(referrers(), 0.9))
                .in((b, referrer) -> b.referrer(referrer))
                .use(completeness.needed(Arbitraries.of(ReferralSource.class), 0.8))
                .in((b, source) -> b.source(source))
                .use(Arbitraries.of(ReferralMethod.class).optional())
                .in((b, method) -> b.method(method))
                .use(completeness.needed(instants(), 0.95))
                .in((b, at) -> b.referredAt(at))
                .use(values.codedTexts().list().ofMinSize(complete() ? 1 : 0).ofMaxSize(3))
                .in((b, needs) -> b.addAllPresentingNeeds(needs))
                .use(values.text().list().ofMaxSize(2))
                .in((b, needs) -> b.addAllPersonReportedNeeds(needs))
                .use(values.text().optional())
                .in((b, reason) -> b.reasonForReferral(reason))
                .use(Arbitraries.of(Urgency.class).optional())
                .in((b, urgency) -> b.urgency(urgency))
                .use(consents().optional())
                .in((b, consent) -> b.consentToShare(consent))
                .use(Arbitraries.of(true, false))
                .in((b, flag) -> b.doNotContact(flag))
                .use(completeness.needed(parties.professionals(), 0.8))
                .in((b, to) -> b.referredTo(to))
                .use(parties.professionals().optional())
                .in((b, to) -> b.returnResponseTo(to))
                .build(Referral.Builder::build);
    }

    /** A legal walk through the referral table; events may share an instant and may not say who made them. */
    Arbitrary<ReferralJourney> journeys() {
        return Combinators.combine(
                        instants(),
                        parties.professionals().list().ofMinSize(1).ofMaxSize(2),
                        Arbitraries.integers().between(0, 99).list().ofMaxSize(6),
                        values.codedTexts().optional())
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

    /** An onward referral with the given id: a legal history of the provider's steps, feedback and attendance. */
    Arbitrary<OnwardReferral> onwardReferrals(String id) {
        return id.equals(UNNUMBERED) ? onwardReferrals : onwardReferrals.map(referral -> referral.withId(id));
    }

    private Arbitrary<OnwardReferral> newOnwardReferrals(String id) {
        Arbitrary<ProviderFeedback> feedback = Combinators.combine(
                        instants(),
                        parties.professionals().optional(),
                        values.text(),
                        values.codedTexts().optional())
                .as((at, from, text, outcome) -> ProviderFeedback.builder()
                        .at(at)
                        .from(from)
                        .text(text)
                        .outcome(outcome)
                        .build());
        Arbitrary<Attendance> attendance = Combinators.combine(
                        dates(),
                        Arbitraries.of(true, false),
                        values.strippedText().optional())
                .as((date, attended, note) -> Attendance.builder()
                        .date(date)
                        .attended(attended)
                        .note(note)
                        .build());
        return Combinators.combine(
                        parties.professionals().optional(0.8),
                        values.text().optional(),
                        instants(),
                        Arbitraries.integers().between(0, 99).list().ofMaxSize(4),
                        Arbitraries.of(ServiceCategory.class).list().ofMaxSize(2),
                        values.codedTexts().list().ofMaxSize(2),
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
                    return onward.withFeedback(notes).withAttendance(sessions);
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

    /** Goals whose actions may name one of the given onward referrals. */
    Arbitrary<Goal> goals(List<String> onwardIds) {
        Arbitrary<PlanAction> actions = Builders.withBuilder(PlanAction::builder)
                .use(values.codedTexts())
                .in((b, what) -> b.what(what))
                .use(parties.professionals().optional())
                .in((b, who) -> b.who(who))
                .use(Arbitraries.integers().between(1, 12).optional())
                .in((b, month) -> b.when(month.map(m -> YearMonth.of(2025, m))))
                .use(values.text().optional())
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
                .build(PlanAction.Builder::build);
        return Builders.withBuilder(Goal::builder)
                .use(values.codedTexts())
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
                .use(values.codedTexts().list().ofMaxSize(2))
                .in((b, outcomes) -> b.addAllOutcomes(outcomes))
                .use(actions.list().ofMaxSize(2))
                .in((b, list) -> b.addAllActions(list))
                .build(Goal.Builder::build);
    }

    Arbitrary<SupportPlan> plans(List<String> onwardIds) {
        Arbitrary<PlanNeed> needs = Combinators.combine(
                        values.codedTexts(), goals(onwardIds).list().ofMaxSize(2))
                .as((need, goals) ->
                        PlanNeed.builder().need(need).addAllGoals(goals).build());
        Arbitrary<PlanAgreement> agreements = Arbitraries.oneOf(
                Arbitraries.just(PlanAgreement.byThePerson()),
                values.text().map(PlanAgreement::notAgreed),
                Combinators.combine(values.text(), values.text())
                        .as((name, role) -> PlanAgreement.builder()
                                .agreed(true)
                                .agreedBy(name)
                                .role(role)
                                .build()));
        return Combinators.combine(
                        values.codedTexts().list().ofMaxSize(2),
                        needs.list().ofMaxSize(2),
                        agreements.optional(),
                        dates().optional(),
                        dates().optional(),
                        parties.professionals().optional())
                .as((strengths, planNeeds, agreement, updated, review, responsible) -> SupportPlan.builder()
                        .addAllStrengths(strengths)
                        .addAllNeeds(planNeeds)
                        .agreement(agreement)
                        .lastUpdated(updated)
                        .reviewDate(review)
                        .reviewResponsibility(responsible)
                        .build());
    }

    Arbitrary<WhatMatters> whatMatters() {
        return Combinators.combine(
                        values.text().optional(),
                        values.text().optional(),
                        values.text().optional(),
                        values.text().optional(),
                        values.text().optional(),
                        Arbitraries.of(URI.create("https://example.org/about-me.mp4"))
                                .optional())
                .as((most, people, communication, wellness, also, link) -> WhatMatters.builder()
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

    Arbitrary<IndividualRequirements> requirements() {
        return Combinators.combine(
                        some(values.codedTexts()),
                        some(values.codedTexts()),
                        some(values.codedTexts()),
                        some(values.codedTexts()))
                .as((adjustments, impairments, mobility, other) -> IndividualRequirements.builder()
                        .addAllReasonableAdjustments(adjustments)
                        .addAllImpairments(impairments)
                        .addAllMobility(mobility)
                        .addAllOther(other)
                        .build());
    }

    Arbitrary<SafeguardingConcern> concerns() {
        return Combinators.combine(
                        values.codedTexts(),
                        dates().optional(),
                        Arbitraries.integers().between(0, 90).optional(),
                        values.text().optional())
                .as((concern, from, days, comment) -> SafeguardingConcern.builder()
                        .concern(concern)
                        .from(from)
                        .to(days.map(d -> from.orElse(Values.FIRST_DAY).plusDays(d)))
                        .comment(comment)
                        .build());
    }

    Arbitrary<ProfessionalContact> contacts() {
        return Builders.withBuilder(ProfessionalContact::builder)
                .use(instants())
                .in((b, at) -> b.at(at))
                .use(values.text().optional())
                .in((b, location) -> b.location(location))
                .use(values.codedTexts().optional())
                .in((b, type) -> b.locationType(type))
                .use(parties.professionals().list().ofMaxSize(2))
                .in((b, seenBy) -> b.addAllSeenBy(seenBy))
                .use(parties.professionals().optional())
                .in((b, responsible) -> b.responsible(responsible))
                .use(values.codedTexts().optional())
                .in((b, type) -> b.contactType(type))
                .use(values.codedTexts().optional())
                .in((b, method) -> b.method(method))
                .use(values.codedTexts().optional())
                .in((b, service) -> b.service(service))
                .use(values.codedTexts().optional())
                .in((b, outcome) -> b.outcome(outcome))
                .build(ProfessionalContact.Builder::build);
    }

    Arbitrary<RequestedAction> requestedActions() {
        return Combinators.combine(
                        values.text().optional(),
                        values.text().optional(),
                        values.text().optional())
                .filter((a, b, c) -> a.isPresent() || b.isPresent() || c.isPresent())
                .as((professionals, person, agreed) -> RequestedAction.builder()
                        .forProfessionals(professionals)
                        .forPersonOrCarer(person)
                        .agreedWithPerson(agreed)
                        .build());
    }

    Arbitrary<Signposting> signposts() {
        return Combinators.combine(
                        dates(),
                        parties.professionals().optional(0.8),
                        values.text().optional(),
                        Arbitraries.of(ServiceCategory.class).list().ofMaxSize(2),
                        values.codedTexts().list().ofMaxSize(2))
                .as((date, to, directoryId, categories, reasons) -> Signposting.builder()
                        .date(date)
                        .to(to)
                        .serviceDirectoryId(directoryId)
                        .addAllCategories(categories)
                        .addAllReasons(reasons)
                        .build());
    }

    /** "No known risks", or one or two risks. */
    Arbitrary<Risks> risks() {
        Arbitrary<Risk> risk = Combinators.combine(
                        values.codedTexts(),
                        dates().optional(),
                        Arbitraries.integers().between(0, 90).optional(),
                        values.text().optional())
                .as((what, from, days, comment) -> Risk.builder()
                        .risk(what)
                        .from(from)
                        .to(days.map(d -> from.orElse(Values.FIRST_DAY).plusDays(d)))
                        .comment(comment)
                        .build());
        return Arbitraries.oneOf(
                Arbitraries.just(Risks.noneKnown()),
                risk.list()
                        .ofMinSize(1)
                        .ofMaxSize(2)
                        .map(entries -> Risks.builder()
                                .noKnownRisks(false)
                                .addAllEntries(entries)
                                .build()));
    }
}

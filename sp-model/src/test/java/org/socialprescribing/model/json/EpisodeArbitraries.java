package org.socialprescribing.model.json;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.socialprescribing.model.coding.CodeSystems;
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
import org.socialprescribing.model.episode.ImmutableOnwardReferral;
import org.socialprescribing.model.episode.ImmutableSocialPrescribingEpisode;
import org.socialprescribing.model.episode.OnwardReferral;
import org.socialprescribing.model.episode.OnwardReferralStatus;
import org.socialprescribing.model.episode.PlanAction;
import org.socialprescribing.model.episode.PlanNeed;
import org.socialprescribing.model.episode.ProviderFeedback;
import org.socialprescribing.model.episode.Referral;
import org.socialprescribing.model.episode.ReferralJourney;
import org.socialprescribing.model.episode.ReferralMethod;
import org.socialprescribing.model.episode.ReferralSource;
import org.socialprescribing.model.episode.ReferralStatus;
import org.socialprescribing.model.episode.Referrer;
import org.socialprescribing.model.episode.Risk;
import org.socialprescribing.model.episode.Risks;
import org.socialprescribing.model.episode.Signposting;
import org.socialprescribing.model.episode.SocialPrescribingEpisode;
import org.socialprescribing.model.episode.SupportPlan;
import org.socialprescribing.model.episode.Urgency;
import org.socialprescribing.model.episode.WhatMatters;
import org.socialprescribing.model.id.NhsNumberArbitraries;
import org.socialprescribing.model.id.OdsCode;
import org.socialprescribing.model.measure.Collector;
import org.socialprescribing.model.measure.ImmutableOutcomeMeasurement;
import org.socialprescribing.model.measure.InstrumentId;
import org.socialprescribing.model.measure.OutcomeMeasurement;
import org.socialprescribing.model.measure.Timepoint;
import org.socialprescribing.model.org.GpPractice;
import org.socialprescribing.model.org.OrganisationRef;
import org.socialprescribing.model.person.Person;
import org.socialprescribing.model.person.PersonName;
import org.socialprescribing.model.service.ServiceCategory;
import org.socialprescribing.model.workforce.ProfessionalRef;

/**
 * Random valid episodes: every section, random text (control characters and non-Latin letters included), and items
 * PRSB makes mandatory left out at random (NHS number, name, GP practice, risks, referrer details, referral source,
 * whom the referral is to, who changed a status), as real referrals arrive.
 */
final class EpisodeArbitraries {

    private static final Instant START = Instant.parse("2020-01-01T00:00:00Z");

    private EpisodeArbitraries() {}

    static Arbitrary<String> text() {
        return Arbitraries.strings()
                .withCharRange('\u0000', '\uD7FF')
                .ofMinLength(1)
                .ofMaxLength(12)
                .filter(s -> !s.isBlank());
    }

    static Arbitrary<Instant> instants() {
        return Combinators.combine(
                        Arbitraries.longs().between(0, 3_000L * 24 * 3600),
                        Arbitraries.integers().between(0, 999_999_999))
                .as((seconds, nanos) -> START.plusSeconds(seconds).plusNanos(nanos));
    }

    static Arbitrary<LocalDate> dates() {
        return Arbitraries.integers()
                .between(0, 3000)
                .map(days -> LocalDate.of(2020, 1, 1).plusDays(days));
    }

    static Arbitrary<CodedConcept> concepts() {
        return Combinators.combine(
                        Arbitraries.of(
                                CodeSystems.SNOMED_CT, CodeSystems.SERVICE_CATEGORY, "urn:oid:2.16.840.1.113883"),
                        Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(18),
                        text().injectNull(0.5))
                .as((system, code, display) ->
                        display == null ? CodedConcept.of(system, code) : CodedConcept.of(system, code, display));
    }

    static Arbitrary<CodedText> codedTexts() {
        return Arbitraries.oneOf(
                concepts().map(CodedText::of),
                text().map(CodedText::ofText),
                Combinators.combine(concepts(), text()).as(CodedText::of));
    }

    static Arbitrary<ProfessionalRef> professionals() {
        return Combinators.combine(text().optional(), codedTexts().optional(), text().optional(), text().optional())
                .as((name, role, team, contact) -> ProfessionalRef.builder()
                        .name(name.orElse("Link worker"))
                        .role(role)
                        .team(team)
                        .organisation(OrganisationRef.named("VCSE"))
                        .contact(contact)
                        .build());
    }

    static Arbitrary<Person> people() {
        Arbitrary<PersonName> names = Arbitraries.oneOf(
                Combinators.combine(text(), text()).as(PersonName::of),
                text().map(PersonName::of),
                text().map(given -> PersonName.builder().addGivenName(given).build()));
        return Combinators.combine(NhsNumberArbitraries.valid().optional(0.8), names.optional(0.8), dates().optional())
                .as((nhs, name, birth) -> Person.builder()
                        .nhsNumber(nhs)
                        .name(name)
                        .birthDate(birth)
                        .build());
    }

    static Arbitrary<Consent> consents() {
        return Combinators.combine(
                        Arbitraries.of(ConsentBasis.class),
                        Arbitraries.of(ConsentPurpose.class).set().ofMinSize(1),
                        instants(),
                        Arbitraries.longs().between(0, 1_000_000).optional(),
                        text().optional())
                .as((basis, purposes, at, withdrawnAfter, note) -> Consent.builder()
                        .basis(basis)
                        .addAllPurposes(purposes)
                        .recordedAt(at)
                        .withdrawnAt(withdrawnAfter.map(at::plusSeconds))
                        .note(note)
                        .build());
    }

    static Arbitrary<Referral> referrals() {
        Arbitrary<Referrer> complete = Combinators.combine(
                        text(), codedTexts(), text(), codedTexts().optional())
                .as((name, service, contact, role) -> Referrer.builder()
                        .name(name)
                        .service(service)
                        .organisation(OrganisationRef.of(OdsCode.parse("G81086")))
                        .contact(contact)
                        .role(role)
                        .build());
        Arbitrary<Referrer> organisationOnly = Arbitraries.just(Referrer.builder()
                .organisation(OrganisationRef.of(OdsCode.parse("G81086")))
                .build());
        Arbitrary<Referrer> partial = Combinators.combine(
                        text().optional(), codedTexts().optional(), text())
                .as((name, service, contact) -> Referrer.builder()
                        .name(name)
                        .service(service)
                        .contact(contact)
                        .build());
        Arbitrary<Referrer> referrers =
                Arbitraries.frequencyOf(Tuple.of(6, complete), Tuple.of(1, organisationOnly), Tuple.of(1, partial));
        return Builders.withBuilder(Referral::builder)
                .use(referrers.optional(0.9))
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
                .use(Arbitraries.of(Urgency.class).optional())
                .in((b, urgency) -> b.urgency(urgency))
                .use(consents().optional())
                .in((b, consent) -> b.consentToShare(consent))
                .use(Arbitraries.of(true, false))
                .in((b, flag) -> b.doNotContact(flag))
                .use(professionals().optional(0.8))
                .in((b, to) -> b.referredTo(to))
                .build(b -> b.build());
    }

    /**
     * A legal walk through the referral table: each choice picks one of the allowed next states; who made a change
     * is sometimes not known.
     */
    static Arbitrary<ReferralJourney> journeys() {
        return Combinators.combine(
                        instants(),
                        professionals(),
                        Arbitraries.integers().between(0, 99).list().ofMaxSize(6))
                .as((start, by, choices) -> {
                    ReferralJourney journey = start.getNano() % 3 == 0
                            ? ReferralJourney.received(start)
                            : ReferralJourney.received(start, by);
                    for (int choice : choices) {
                        List<ReferralStatus> next =
                                new ArrayList<>(journey.status().next());
                        if (next.isEmpty()) {
                            break;
                        }
                        ReferralStatus to = next.get(choice % next.size());
                        Instant at = journey.lastChanged().plus(Duration.ofMinutes(choice));
                        journey = choice % 3 == 0
                                ? journey.transitionTo(to, at, by)
                                : choice % 3 == 1
                                        ? journey.transitionTo(to, at, by, CodedText.ofText("reason " + choice))
                                        : journey.transitionTo(to, at);
                    }
                    return journey;
                });
    }

    static Arbitrary<OnwardReferral> onwardReferrals(String id) {
        return Combinators.combine(
                        professionals(),
                        instants(),
                        Arbitraries.integers().between(0, 99).list().ofMaxSize(4),
                        Arbitraries.of(ServiceCategory.class).list().ofMaxSize(2),
                        dates().list().ofMaxSize(3),
                        text().list().ofMaxSize(2))
                .as((to, sent, choices, categories, sessions, feedback) -> {
                    OnwardReferral onward = OnwardReferral.builder()
                            .id(id)
                            .to(sent.getNano() % 5 == 0 ? Optional.empty() : Optional.of(to))
                            .addAllCategories(categories)
                            .addNeed(CodedText.ofText("need"))
                            .addHistory(OnwardReferral.sent(sent, to))
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
                                .plusSeconds(choice);
                        onward = onward.transitionTo(next.get(choice % next.size()), at);
                    }
                    List<Attendance> attendance = new ArrayList<>();
                    for (int i = 0; i < sessions.size(); i++) {
                        attendance.add(
                                i % 2 == 0 ? Attendance.attended(sessions.get(i)) : Attendance.missed(sessions.get(i)));
                    }
                    List<ProviderFeedback> notes = new ArrayList<>();
                    for (String note : feedback) {
                        notes.add(ProviderFeedback.of(sent.plusSeconds(notes.size()), note));
                    }
                    return ImmutableOnwardReferral.copyOf(onward)
                            .withAttendance(attendance)
                            .withFeedback(notes);
                });
    }

    static Arbitrary<Goal> goals() {
        return Combinators.combine(
                        codedTexts(),
                        Arbitraries.of(GoalStatus.class),
                        Arbitraries.bigDecimals()
                                .between(BigDecimal.ONE, BigDecimal.TEN)
                                .ofScale(1)
                                .optional(),
                        Arbitraries.integers().between(1, 10).optional(),
                        dates().optional(),
                        codedTexts().list().ofMaxSize(2),
                        Arbitraries.of(ActionStatus.class).optional())
                .as((description, status, importance, confidence, setOn, outcomes, actionStatus) -> Goal.builder()
                        .description(description)
                        .status(status)
                        .importance(importance)
                        .confidence(confidence)
                        .setOn(setOn)
                        .endedOn(setOn.map(day -> day.plusDays(30)))
                        .addAllOutcomes(outcomes)
                        .addAction(PlanAction.builder()
                                .what(CodedText.ofText("Join a group"))
                                .when(YearMonth.of(2025, 1 + confidence.orElse(1)))
                                .status(actionStatus)
                                .confidence(confidence)
                                .build())
                        .build());
    }

    static Arbitrary<SupportPlan> plans() {
        return Combinators.combine(
                        codedTexts().list().ofMaxSize(2),
                        codedTexts(),
                        goals().list().ofMaxSize(2))
                .as((strengths, need, goals) -> SupportPlan.builder()
                        .addAllStrengths(strengths)
                        .addNeed(
                                PlanNeed.builder().need(need).addAllGoals(goals).build())
                        .build());
    }

    static Arbitrary<Risks> risks() {
        Arbitrary<Risk> risk = Combinators.combine(codedTexts(), dates().optional(), text().optional())
                .as((what, from, comment) -> Risk.of(what));
        return Arbitraries.oneOf(Arbitraries.just(Risks.noneKnown()), risk.map(Risks::of));
    }

    static Arbitrary<OutcomeMeasurement> measurements() {
        return Combinators.combine(
                        Arbitraries.of(Timepoint.class),
                        Arbitraries.of(Collector.class),
                        dates(),
                        Arbitraries.integers().between(0, 10))
                .as((timepoint, collector, date, answer) -> ImmutableOutcomeMeasurement.builder()
                        .instrumentId(InstrumentId.of("ons4"))
                        .instrumentVersion("1")
                        .timepoint(timepoint)
                        .date(date)
                        .collector(collector)
                        .putAnswer("ons4_1", String.valueOf(answer))
                        .build());
    }

    static Arbitrary<Signposting> signposts() {
        return Combinators.combine(
                        dates(),
                        professionals().optional(0.8),
                        codedTexts().list().ofMaxSize(2))
                .as((date, to, reasons) -> Signposting.builder()
                        .date(date)
                        .to(to)
                        .addAllReasons(reasons)
                        .build());
    }

    /** Random valid episodes, complete or not. */
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
                .use(people())
                .in((b, person) -> b.person(person))
                .use(Arbitraries.just(GpRegistration.at(GpPractice.of(OdsCode.parse("A81001"))))
                        .optional(0.8))
                .in((b, gp) -> b.addAllGpRegistrations(gp.stream().collect(Collectors.toList())))
                .use(referrals())
                .in((b, referral) -> b.referral(referral))
                .use(journeys())
                .in((b, journey) -> b.journey(journey))
                .use(professionals().optional())
                .in((b, worker) -> b.linkWorker(worker))
                .use(text().optional())
                .in((b, most) -> b.whatMatters(
                        WhatMatters.builder().mostImportantToMe(most).build()))
                .use(consents().list().ofMaxSize(2))
                .in((b, consents) -> b.addAllConsents(consents))
                .use(plans().optional())
                .in((b, plan) -> b.supportPlan(plan))
                .use(onward)
                .in((b, referrals) -> b.addAllOnwardReferrals(referrals))
                .use(signposts().list().ofMaxSize(2))
                .in((b, signposts) -> b.addAllSignposting(signposts))
                .use(risks().optional(0.8))
                .in((b, risks) -> b.risks(risks))
                .use(text().optional())
                .in((b, summary) -> b.clinicalSummary(summary))
                .use(measurements().list().ofMaxSize(2))
                .in((b, measures) -> b.addAllOutcomeMeasurements(measures))
                .build(b -> (SocialPrescribingEpisode) b.build());
    }
}

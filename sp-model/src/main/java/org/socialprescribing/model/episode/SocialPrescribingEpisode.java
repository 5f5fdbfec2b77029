package org.socialprescribing.model.episode;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.immutables.value.Value;
import org.socialprescribing.model.IllegalTransitionException;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.ModelIssueCode;
import org.socialprescribing.model.SpStyle;
import org.socialprescribing.model.coding.CodedText;
import org.socialprescribing.model.measure.OutcomeMeasurement;
import org.socialprescribing.model.person.Person;
import org.socialprescribing.model.validation.CompleteForNationalDataset;
import org.socialprescribing.model.validation.CompleteForPrsb;
import org.socialprescribing.model.validation.ReadyToMessageBack;
import org.socialprescribing.model.validation.ReadyToSendToProvider;
import org.socialprescribing.model.validation.Recorded;
import org.socialprescribing.model.validation.Rule;
import org.socialprescribing.model.workforce.ProfessionalRef;

/**
 * One person's social prescribing episode, from referral to closure: who they are and where they are registered,
 * the referral and its journey, the link worker, what matters to them, their requirements, safeguarding concerns
 * and consent, contacts, the support plan, onward referrals and signposting, risks, the clinical summary for the
 * message back, and the outcome measurements taken along the way. {@code docs/prsb-mapping.md} maps every PRSB
 * Social Prescribing Information Standard item to a field here.
 *
 * <p>An episode can be built, written and mapped with PRSB's mandatory items missing, as real referrals arrive:
 * no NHS number yet, no risks recorded, no link worker. Completeness is a validation question, one issue per item
 * not recorded: {@code SpValidator.validate(episode, CompleteForNationalDataset.class)}, and likewise {@link
 * CompleteForPrsb}, {@link ReadyToSendToProvider} and {@link ReadyToMessageBack}. Structural invariants stay in
 * the type: the journey is a legal walk through the referral lifecycle, onward referral ids are unique, and every
 * plan action that names an onward referral names one of this episode's. {@code toString()} masks the person.
 */
@Value.Immutable
@SpStyle
@JsonSerialize(as = ImmutableSocialPrescribingEpisode.class)
@JsonDeserialize(as = ImmutableSocialPrescribingEpisode.class)
public interface SocialPrescribingEpisode extends WithSocialPrescribingEpisode {

    /** @return the episode's id in the recording system, if any */
    Optional<String> episodeId();

    /** @return the person (PRSB "Person demographics"), with what is recorded of them, never null */
    @Valid
    Person person();

    /**
     * The person's GP registrations, the permanent one first (PRSB "GP practice", mandatory, 1..*).
     *
     * @return the registrations, never null; empty if none is recorded
     */
    @Recorded(
            code = ModelIssueCode.EPISODE_GP_REGISTRATIONS_MISSING,
            groups = {CompleteForPrsb.class, ReadyToMessageBack.class})
    List<GpRegistration> gpRegistrations();

    /** @return the referral that started the episode (PRSB "Referral details", mandatory), never null */
    @Valid
    Referral referral();

    /** @return the status history of the referral, never null */
    ReferralJourney journey();

    /** @return the link worker supporting the person, once allocated */
    Optional<ProfessionalRef> linkWorker();

    /** @return what matters to the person (PRSB "About me"), if recorded */
    Optional<WhatMatters> whatMatters();

    /** @return reasonable adjustments and other requirements (PRSB "Individual requirements"), if recorded */
    Optional<IndividualRequirements> individualRequirements();

    /** @return safeguarding concerns (PRSB "Safeguarding"), never null */
    List<SafeguardingConcern> safeguardingConcerns();

    /** @return consents recorded by the social prescribing service, oldest first, never null */
    List<Consent> consents();

    /** @return why consent was not obtained, if it was not (PRSB asks for the reason) */
    Optional<String> consentNotObtainedReason();

    /** @return contacts with professionals (PRSB "Contacts with professionals"), oldest first, never null */
    List<ProfessionalContact> contacts();

    /** @return the care and support plan, once made */
    Optional<SupportPlan> supportPlan();

    /** @return PRSB "Plan and requested actions" for the message back, never null */
    @Recorded(code = ModelIssueCode.EPISODE_REQUESTED_ACTIONS_MISSING, groups = ReadyToMessageBack.class)
    List<RequestedAction> requestedActions();

    /** @return referrals on to VCSE and statutory services, never null */
    List<@Valid OnwardReferral> onwardReferrals();

    /** @return signposting (which is not a referral), never null */
    List<Signposting> signposting();

    /** @return risks, or the statement that none are known (PRSB "Risks", mandatory), if recorded */
    @Recorded(
            code = ModelIssueCode.EPISODE_RISKS_MISSING,
            groups = {CompleteForPrsb.class, ReadyToSendToProvider.class, ReadyToMessageBack.class})
    Optional<Risks> risks();

    /** @return the clinical summary shared back to the referrer and GP (PRSB "Clinical summary"), if written */
    @Value.Redacted
    Optional<String> clinicalSummary();

    /** @return outcome measurements taken during the episode (PRSB "Assessments"), never null */
    List<@Valid OutcomeMeasurement> outcomeMeasurements();

    /**
     * A new builder.
     *
     * @return a builder, never null
     */
    static Builder builder() {
        return new Builder();
    }

    /**
     * The current status of the referral.
     *
     * @return the journey's status, never null
     */
    default ReferralStatus status() {
        return journey().status();
    }

    /**
     * The registration with the practice the person is permanently registered at, or the first one if all are
     * temporary.
     *
     * @return the registration, or empty if none is recorded
     */
    default Optional<GpRegistration> registeredPractice() {
        return gpRegistrations().stream()
                .filter(registration -> !registration.temporary())
                .findFirst()
                .or(() -> gpRegistrations().stream().findFirst());
    }

    /**
     * The onward referral with an id.
     *
     * @param id the id, not null
     * @return the onward referral, or empty if none has that id
     */
    default Optional<OnwardReferral> onwardReferral(String id) {
        return onwardReferrals().stream()
                .filter(referral -> referral.id().equals(id))
                .findFirst();
    }

    /**
     * This episode with one onward referral changed in place, found by its id; the others keep their places.
     *
     * <pre>{@code
     * episode = episode.withOnwardReferral("or-1", r -> r.withFeedback(feedback));
     * }</pre>
     *
     * @param id the onward referral's id, not null
     * @param change what to do with it, not null; its result replaces it and must not be null
     * @return the updated episode, checked as a built one is, never null
     * @throws InvalidValueException if no onward referral has the id, or the change breaks a rule of the episode
     *     (e.g. its new id is used twice)
     * @throws NullPointerException if an argument or the change's result is null
     */
    default SocialPrescribingEpisode withOnwardReferral(String id, UnaryOperator<OnwardReferral> change) {
        requireNonNull(id, "id");
        requireNonNull(change, "change");
        List<OnwardReferral> updated = new ArrayList<>(onwardReferrals());
        for (int i = 0; i < updated.size(); i++) {
            if (updated.get(i).id().equals(id)) {
                updated.set(i, requireNonNull(change.apply(updated.get(i)), "change result"));
                return withOnwardReferrals(updated);
            }
        }
        throw new InvalidValueException("onwardReferrals.id", id, "names no onward referral of this episode");
    }

    /**
     * This episode with one goal of its support plan changed in place, found by its {@linkplain Goal#id() id}.
     *
     * <pre>{@code
     * episode = episode.withGoal("goal-1", g -> g.withStatus(GoalStatus.ACHIEVED));
     * }</pre>
     *
     * @param id the goal's id, not null
     * @param change what to do with it, not null; its result replaces it and must not be null
     * @return the updated episode, checked as a built one is, never null
     * @throws InvalidValueException if no goal has the id, or the change breaks a rule (e.g. an id used twice)
     * @throws NullPointerException if an argument or the change's result is null
     */
    default SocialPrescribingEpisode withGoal(String id, UnaryOperator<Goal> change) {
        requireNonNull(id, "id");
        requireNonNull(change, "change");
        List<PlanNeed> needs =
                new ArrayList<>(supportPlan().map(SupportPlan::needs).orElse(List.of()));
        for (int i = 0; i < needs.size(); i++) {
            Optional<List<Goal>> goals = ItemIds.replace(needs.get(i).goals(), Goal::id, id, change);
            if (goals.isPresent()) {
                needs.set(i, needs.get(i).withGoals(goals.get()));
                return withSupportPlan(supportPlan().orElseThrow().withNeeds(needs));
            }
        }
        throw new InvalidValueException("supportPlan.needs.goals.id", id, "names no goal of this episode");
    }

    /**
     * This episode with one need of its support plan changed in place, found by its {@linkplain PlanNeed#id() id}.
     *
     * @param id the need's id, not null
     * @param change what to do with it, not null; its result replaces it and must not be null
     * @return the updated episode, checked as a built one is, never null
     * @throws InvalidValueException if no need has the id, or the change breaks a rule (e.g. an id used twice)
     * @throws NullPointerException if an argument or the change's result is null
     */
    default SocialPrescribingEpisode withNeed(String id, UnaryOperator<PlanNeed> change) {
        requireNonNull(id, "id");
        requireNonNull(change, "change");
        return supportPlan()
                .flatMap(plan -> ItemIds.replace(plan.needs(), PlanNeed::id, id, change)
                        .map(needs -> withSupportPlan(plan.withNeeds(needs))))
                .orElseThrow(
                        () -> new InvalidValueException("supportPlan.needs.id", id, "names no need of this episode"));
    }

    /**
     * This episode with one of its consents changed in place, found by its {@linkplain Consent#id() id}: e.g. to
     * record a withdrawal.
     *
     * <pre>{@code
     * episode = episode.withConsent("consent-1", c -> c.withWithdrawnAt(now));
     * }</pre>
     *
     * @param id the consent's id, not null
     * @param change what to do with it, not null; its result replaces it and must not be null
     * @return the updated episode, checked as a built one is, never null
     * @throws InvalidValueException if no consent has the id, or the change breaks a rule (e.g. an id used twice)
     * @throws NullPointerException if an argument or the change's result is null
     */
    default SocialPrescribingEpisode withConsent(String id, UnaryOperator<Consent> change) {
        requireNonNull(id, "id");
        requireNonNull(change, "change");
        return ItemIds.replace(consents(), Consent::id, id, change)
                .map(this::withConsents)
                .orElseThrow(() -> new InvalidValueException("consents.id", id, "names no consent of this episode"));
    }

    /**
     * This episode with one of its outcome measurements changed in place, found by its {@linkplain
     * OutcomeMeasurement#id() id}.
     *
     * @param id the measurement's id, not null
     * @param change what to do with it, not null; its result replaces it and must not be null
     * @return the updated episode, checked as a built one is, never null
     * @throws InvalidValueException if no measurement has the id, or the change breaks a rule (e.g. an id used twice)
     * @throws NullPointerException if an argument or the change's result is null
     */
    default SocialPrescribingEpisode withOutcomeMeasurement(String id, UnaryOperator<OutcomeMeasurement> change) {
        requireNonNull(id, "id");
        requireNonNull(change, "change");
        return ItemIds.replace(outcomeMeasurements(), OutcomeMeasurement::id, id, change)
                .map(this::withOutcomeMeasurements)
                .orElseThrow(() -> new InvalidValueException(
                        "outcomeMeasurements.id", id, "names no outcome measurement of this episode"));
    }

    /**
     * Whether a consent in force at a moment covers a purpose: the referrer's consent to share or one the service
     * recorded.
     *
     * @param purpose the purpose, not null
     * @param moment the moment, not null
     * @return true if some consent covers it then
     */
    default boolean hasConsent(ConsentPurpose purpose, Instant moment) {
        return Stream.concat(referral().consentToShare().stream(), consents().stream())
                .anyMatch(consent -> consent.covers(purpose, moment));
    }

    /**
     * This episode with the referral moved to a new status, without a reason.
     *
     * @param to the new status, not null
     * @param at when, not null and not before the journey's last event
     * @param by who, not null
     * @return the updated episode, never null
     * @throws NullPointerException if an argument is null; the message names it
     * @throws IllegalTransitionException if the current status may not move to {@code to}; names both states
     * @throws InvalidValueException if {@code at} is before the last event
     * @see ReferralJourney#transitionTo(ReferralStatus, Instant, ProfessionalRef)
     */
    default SocialPrescribingEpisode transitionTo(ReferralStatus to, Instant at, ProfessionalRef by) {
        return withJourney(journey().transitionTo(to, at, by));
    }

    /**
     * This episode with the referral moved to a new status, and the reason for the move.
     *
     * @param to the new status, not null
     * @param at when, not null and not before the journey's last event
     * @param by who, not null
     * @param reason why, coded or free text, not null
     * @return the updated episode, never null
     * @throws NullPointerException if an argument is null; the message names it
     * @throws IllegalTransitionException if the current status may not move to {@code to}; names both states
     * @throws InvalidValueException if {@code at} is before the last event
     * @see ReferralJourney#transitionTo(ReferralStatus, Instant, ProfessionalRef, CodedText)
     */
    default SocialPrescribingEpisode transitionTo(ReferralStatus to, Instant at, ProfessionalRef by, CodedText reason) {
        return withJourney(journey().transitionTo(to, at, by, reason));
    }

    /**
     * Rule of {@link ReadyToSendToProvider} ({@code episode.consent-to-refer-on.missing}, at {@code consents}): the
     * person consented to being referred on (the referrer's consent or one the service recorded), and has not
     * withdrawn that consent.
     *
     * @return true if such a consent is recorded
     */
    @Rule(
            code = ModelIssueCode.EPISODE_CONSENT_TO_REFER_ON_MISSING,
            at = "consents",
            groups = ReadyToSendToProvider.class)
    default boolean hasConsentToReferOn() {
        return hasUnwithdrawnConsent(ConsentPurpose.REFERRING_ON);
    }

    /**
     * Rule of {@link ReadyToMessageBack} ({@code episode.consent-to-share-back.missing}, a warning, at {@code
     * consents}): the person consented to information being sent back to the referrer and GP, and has not withdrawn
     * that consent.
     *
     * @return true if such a consent is recorded
     */
    @Rule(
            code = ModelIssueCode.EPISODE_CONSENT_TO_SHARE_BACK_MISSING,
            at = "consents",
            groups = ReadyToMessageBack.class)
    default boolean hasConsentToShareBack() {
        return hasUnwithdrawnConsent(ConsentPurpose.SHARING_BACK_TO_REFERRER_AND_GP);
    }

    private boolean hasUnwithdrawnConsent(ConsentPurpose purpose) {
        return Stream.concat(referral().consentToShare().stream(), consents().stream())
                .anyMatch(consent -> consent.purposes().contains(purpose)
                        && consent.withdrawnAt().isEmpty());
    }

    /**
     * Rule of {@link ReadyToMessageBack} ({@code episode.message-author.missing}, at {@code linkWorker}): someone can
     * author the message back, the link worker or else the service the referral went to.
     *
     * @return true if a link worker or the referral's recipient is recorded
     */
    @Rule(code = ModelIssueCode.EPISODE_MESSAGE_AUTHOR_MISSING, at = "linkWorker", groups = ReadyToMessageBack.class)
    default boolean hasMessageAuthor() {
        return linkWorker().isPresent() || referral().referredTo().isPresent();
    }

    /**
     * Rule of {@link CompleteForNationalDataset} ({@code episode.support-offered.missing}, at the episode): a
     * completed episode records the support offered (minimum dataset set 3): an onward referral, a signposting or
     * an action in the support plan.
     *
     * @return true unless the referral is completed without any support recorded
     */
    @Rule(code = ModelIssueCode.EPISODE_SUPPORT_OFFERED_MISSING, at = "", groups = CompleteForNationalDataset.class)
    default boolean recordsSupportOffered() {
        return status() != ReferralStatus.COMPLETED
                || !onwardReferrals().isEmpty()
                || !signposting().isEmpty()
                || supportPlan().map(plan -> !plan.allActions().isEmpty()).orElse(false);
    }

    /**
     * Rule of {@link CompleteForNationalDataset} ({@code episode.outcomes.missing}, at the episode): a completed
     * episode records an outcome (minimum dataset set 4): an outcome measurement or an outcome of a goal.
     *
     * @return true unless the referral is completed without any outcome recorded
     */
    @Rule(code = ModelIssueCode.EPISODE_OUTCOMES_MISSING, at = "", groups = CompleteForNationalDataset.class)
    default boolean recordsOutcomes() {
        return status() != ReferralStatus.COMPLETED
                || !outcomeMeasurements().isEmpty()
                || supportPlan()
                        .map(plan -> plan.allGoals().stream()
                                .anyMatch(goal -> !goal.outcomes().isEmpty()))
                        .orElse(false);
    }

    /** Structural invariant: unique ids of onward referrals and other nested items, and plan actions that resolve. */
    @Value.Check
    default void check() {
        ItemIds.checkUnique("consents.id", consents(), Consent::id);
        ItemIds.checkUnique("outcomeMeasurements.id", outcomeMeasurements(), OutcomeMeasurement::id);
        supportPlan().ifPresent(plan -> {
            ItemIds.checkUnique("supportPlan.needs.id", plan.needs(), PlanNeed::id);
            ItemIds.checkUnique("supportPlan.needs.goals.id", plan.allGoals(), Goal::id);
        });
        Set<String> ids = new HashSet<>();
        for (OnwardReferral onward : onwardReferrals()) {
            if (!ids.add(onward.id())) {
                throw new InvalidValueException("onwardReferrals.id", onward.id(), "is used twice");
            }
        }
        supportPlan().stream()
                .flatMap(plan -> plan.allActions().stream())
                .flatMap(action -> action.onwardReferralId().stream())
                .filter(id -> !ids.contains(id))
                .findFirst()
                .ifPresent(id -> {
                    throw new InvalidValueException(
                            "supportPlan.action.onwardReferralId", id, "names no onward referral of this episode");
                });
    }

    /**
     * A builder holding this value's attributes, to change several of them at once; {@code with...} methods change
     * one.
     *
     * @return a new builder, never null
     */
    default Builder toBuilder() {
        return new Builder().mergeFrom(this);
    }

    /**
     * Builds {@code SocialPrescribingEpisode} values; {@link #builder()} and {@link #toBuilder()} return one.
     * {@code build()} throws an {@link IllegalStateException} when a required attribute is not set, and checks the
     * value as {@code SocialPrescribingEpisode}'s rules say.
     */
    final class Builder extends ImmutableSocialPrescribingEpisode.Builder {
        Builder() {}
    }
}

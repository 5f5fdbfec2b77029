package org.socialprescribing.model.episode;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.socialprescribing.model.IllegalTransitionException;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.ModelIssueCode;
import org.socialprescribing.model.SpStyle;
import org.socialprescribing.model.coding.CodedText;
import org.socialprescribing.model.service.ServiceCategory;
import org.socialprescribing.model.validation.ReadyToSendToProvider;
import org.socialprescribing.model.validation.Recorded;
import org.socialprescribing.model.validation.Rule;
import org.socialprescribing.model.workforce.ProfessionalRef;

/**
 * A referral from the link worker on to a VCSE or statutory service: to whom (PRSB "Referral to" shape: name,
 * role, team, service, organisation, contact), which directory service, which needs it addresses, its own status
 * history, the provider's feedback and attendance records. The history is a legal walk through
 * {@link OnwardReferralStatus}, starting with {@link OnwardReferralStatus#SENT}.
 */
@Value.Immutable
@SpStyle
@JsonSerialize(as = ImmutableOnwardReferral.class)
@JsonDeserialize(as = ImmutableOnwardReferral.class)
public interface OnwardReferral extends WithOnwardReferral {

    /** The field name used in errors. */
    String FIELD = "onwardReferral.status";

    /** @return the id of this onward referral, unique within its episode, not blank, never null */
    String id();

    /** @return whom the referral is to, if recorded; to send it to a provider, it names an organisation or service */
    Optional<ProfessionalRef> to();

    /** @return the service's id in a service directory (see {@code Service.directoryId}), if known */
    Optional<String> serviceDirectoryId();

    /** @return the kinds of support the service gives, for reporting "support offered", never null */
    List<ServiceCategory> categories();

    /** @return the needs this referral addresses, never null; at least one to send it to a provider */
    @Recorded(code = ModelIssueCode.ONWARD_REFERRAL_NEEDS_MISSING, groups = ReadyToSendToProvider.class)
    List<CodedText> needs();

    /** @return the status history, oldest first; the first event is the sending; never empty */
    List<OnwardReferralEvent> history();

    /** @return the provider's feedback, oldest first, never null */
    List<ProviderFeedback> feedback();

    /** @return attendance at sessions, never null */
    List<Attendance> attendance();

    /**
     * A new builder.
     *
     * @return a builder, never null
     */
    static Builder builder() {
        return new Builder();
    }

    /**
     * The event that starts every onward referral.
     *
     * @param at when it was sent, not null
     * @param by who sent it, not null
     * @return the event, never null
     */
    static OnwardReferralEvent sent(Instant at, ProfessionalRef by) {
        return OnwardReferralEvent.builder()
                .to(OnwardReferralStatus.SENT)
                .at(at)
                .by(by)
                .build();
    }

    /**
     * The current status.
     *
     * @return the status of the last event, never null
     */
    default OnwardReferralStatus status() {
        return history().get(history().size() - 1).to();
    }

    /**
     * This onward referral with one more status event, recording neither who made the change nor why (providers
     * often report only the new status).
     *
     * @param to the new status, not null
     * @param at when it changed, not null and not before the last event
     * @return the updated referral, never null
     * @throws NullPointerException if an argument is null; the message names it
     * @throws IllegalTransitionException if the current status may not move to {@code to}; names both states
     * @throws InvalidValueException if {@code at} is before the last event
     */
    default OnwardReferral transitionTo(OnwardReferralStatus to, Instant at) {
        return append(to, at, Optional.empty(), Optional.empty());
    }

    /**
     * This onward referral with one more status event and who made the change.
     *
     * @param to the new status, not null
     * @param at when it changed, not null and not before the last event
     * @param by who changed it, not null
     * @return the updated referral, never null
     * @throws NullPointerException if an argument is null; the message names it
     * @throws IllegalTransitionException if the current status may not move to {@code to}; names both states
     * @throws InvalidValueException if {@code at} is before the last event
     */
    default OnwardReferral transitionTo(OnwardReferralStatus to, Instant at, ProfessionalRef by) {
        return append(to, at, Optional.of(requireNonNull(by, "by")), Optional.empty());
    }

    /**
     * This onward referral with one more status event and why, when who made the change is not known.
     *
     * @param to the new status, not null
     * @param at when it changed, not null and not before the last event
     * @param reason why, coded or free text, not null
     * @return the updated referral, never null
     * @throws NullPointerException if an argument is null; the message names it
     * @throws IllegalTransitionException if the current status may not move to {@code to}; names both states
     * @throws InvalidValueException if {@code at} is before the last event
     */
    default OnwardReferral transitionTo(OnwardReferralStatus to, Instant at, CodedText reason) {
        return append(to, at, Optional.empty(), Optional.of(requireNonNull(reason, "reason")));
    }

    /**
     * This onward referral with one more status event, who made the change and why.
     *
     * @param to the new status, not null
     * @param at when it changed, not null and not before the last event
     * @param by who changed it, not null
     * @param reason why, coded or free text, not null
     * @return the updated referral, never null
     * @throws NullPointerException if an argument is null; the message names it
     * @throws IllegalTransitionException if the current status may not move to {@code to}; names both states
     * @throws InvalidValueException if {@code at} is before the last event
     */
    default OnwardReferral transitionTo(OnwardReferralStatus to, Instant at, ProfessionalRef by, CodedText reason) {
        return append(to, at, Optional.of(requireNonNull(by, "by")), Optional.of(requireNonNull(reason, "reason")));
    }

    private OnwardReferral append(
            OnwardReferralStatus to, Instant at, Optional<ProfessionalRef> by, Optional<CodedText> reason) {
        requireNonNull(to, "to");
        requireNonNull(at, "at");
        Lifecycles.checkTransition(FIELD, status(), to);
        List<OnwardReferralEvent> longer = new ArrayList<>(history());
        longer.add(OnwardReferralEvent.builder()
                .from(status())
                .to(to)
                .at(at)
                .by(by)
                .reason(reason)
                .build());
        return withHistory(longer);
    }

    /**
     * The number of sessions attended, for providers that report attendance alone.
     *
     * @return the count, never negative
     */
    default long sessionsAttended() {
        return attendance().stream().filter(Attendance::attended).count();
    }

    /**
     * Rule of {@link ReadyToSendToProvider} ({@code onward-referral.recipient.missing}, at {@code to}): the referral
     * says which organisation or service receives it.
     *
     * @return true if {@link #to()} names an organisation or a service
     */
    @Rule(code = ModelIssueCode.ONWARD_REFERRAL_RECIPIENT_MISSING, at = "to", groups = ReadyToSendToProvider.class)
    default boolean identifiesRecipient() {
        return to().filter(to -> to.organisation().isPresent() || to.service().isPresent())
                .isPresent();
    }

    /** Structural invariant: an id, and a history that is a legal walk through the transition table, in order. */
    @Value.Check
    default void check() {
        if (id().isBlank()) {
            throw new InvalidValueException("onwardReferral.id", "must not be blank");
        }
        Lifecycles.checkHistory(FIELD, OnwardReferralStatus.SENT, history());
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
     * Builds {@code OnwardReferral} values; {@link #builder()} and {@link #toBuilder()} return one.
     * {@code build()} throws an {@link IllegalStateException} when a required attribute is not set, and checks the
     * value as {@code OnwardReferral}'s rules say.
     */
    final class Builder extends ImmutableOnwardReferral.Builder {
        Builder() {}
    }
}

package org.socialprescribing.model.episode;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.socialprescribing.model.IllegalTransitionException;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.SpStyle;
import org.socialprescribing.model.coding.CodedText;
import org.socialprescribing.model.workforce.ProfessionalRef;

/**
 * The status history of a referral, the "referral journey" the report asks services to track: every status
 * change as a dated {@link StatusEvent}, from receipt onwards. A journey is never invalid: it starts in
 * {@link ReferralStatus#RECEIVED}, each event follows the transition table of {@link ReferralStatus} and no event
 * is earlier than the one before. {@link #transitionTo} returns a new journey; the old one is unchanged.
 */
@Value.Immutable
@SpStyle
@JsonSerialize(as = ImmutableReferralJourney.class)
@JsonDeserialize(as = ImmutableReferralJourney.class)
public interface ReferralJourney extends WithReferralJourney {

    /** The field name used in errors. */
    String FIELD = "referral.status";

    /** @return the events, oldest first; the first is the receipt; never empty */
    List<StatusEvent> events();

    /**
     * Starts a journey with the receipt of a referral, by whom.
     *
     * @param at when the referral was received, not null
     * @param by who received it, not null
     * @return a journey in {@link ReferralStatus#RECEIVED}, never null
     * @throws NullPointerException if an argument is null; the message names it
     */
    static ReferralJourney received(Instant at, ProfessionalRef by) {
        return start(at, Optional.of(requireNonNull(by, "by")));
    }

    /**
     * Starts a journey with the receipt of a referral, not saying by whom (a referral that a system took in before
     * any link worker was allocated).
     *
     * @param at when the referral was received, not null
     * @return a journey in {@link ReferralStatus#RECEIVED}, never null
     * @throws NullPointerException if {@code at} is null
     */
    static ReferralJourney received(Instant at) {
        return start(at, Optional.empty());
    }

    private static ReferralJourney start(Instant at, Optional<ProfessionalRef> by) {
        return builder()
                .addEvent(StatusEvent.builder()
                        .to(ReferralStatus.RECEIVED)
                        .at(requireNonNull(at, "at"))
                        .by(by)
                        .build())
                .build();
    }

    /**
     * The current status: where the last event went.
     *
     * @return the status, never null
     */
    default ReferralStatus status() {
        return events().get(events().size() - 1).to();
    }

    /**
     * When the journey last changed status.
     *
     * @return the time of the last event, never null
     */
    default Instant lastChanged() {
        return events().get(events().size() - 1).at();
    }

    /**
     * When the journey first entered a status.
     *
     * @param status the status, not null
     * @return the time of the first event into it, or empty if the journey never entered it
     */
    default Optional<Instant> firstEntered(ReferralStatus status) {
        return events().stream()
                .filter(event -> event.to() == status)
                .map(StatusEvent::at)
                .findFirst();
    }

    /**
     * This journey with one more event, saying neither who made the change nor why (as another system reports a
     * status).
     *
     * @param to the new status, not null
     * @param at when it changed, not null and not before {@link #lastChanged()}
     * @return the longer journey, never null
     * @throws NullPointerException if an argument is null; the message names it
     * @throws IllegalTransitionException if the current status may not move to {@code to}; names both states
     * @throws InvalidValueException if {@code at} is before the last event
     */
    default ReferralJourney transitionTo(ReferralStatus to, Instant at) {
        return append(to, at, Optional.empty(), Optional.empty());
    }

    /**
     * This journey with one more event, without a reason.
     *
     * @param to the new status, not null
     * @param at when it changed, not null and not before {@link #lastChanged()}
     * @param by who changed it, not null
     * @return the longer journey, never null
     * @throws NullPointerException if an argument is null; the message names it
     * @throws IllegalTransitionException if the current status may not move to {@code to}; names both states
     * @throws InvalidValueException if {@code at} is before the last event
     */
    default ReferralJourney transitionTo(ReferralStatus to, Instant at, ProfessionalRef by) {
        return append(to, at, Optional.of(requireNonNull(by, "by")), Optional.empty());
    }

    /**
     * This journey with one more event and the reason for it (for example why a referral was declined or put on
     * hold).
     *
     * @param to the new status, not null
     * @param at when it changed, not null and not before {@link #lastChanged()}
     * @param by who changed it, not null
     * @param reason why, coded or free text, not null
     * @return the longer journey, never null
     * @throws NullPointerException if an argument is null; the message names it
     * @throws IllegalTransitionException if the current status may not move to {@code to}; names both states
     * @throws InvalidValueException if {@code at} is before the last event
     */
    default ReferralJourney transitionTo(ReferralStatus to, Instant at, ProfessionalRef by, CodedText reason) {
        return append(to, at, Optional.of(requireNonNull(by, "by")), Optional.of(requireNonNull(reason, "reason")));
    }

    private ReferralJourney append(
            ReferralStatus to, Instant at, Optional<ProfessionalRef> by, Optional<CodedText> reason) {
        requireNonNull(to, "to");
        requireNonNull(at, "at");
        Lifecycles.checkTransition(FIELD, status(), to);
        return builder()
                .addAllEvents(events())
                .addEvent(StatusEvent.builder()
                        .from(status())
                        .to(to)
                        .at(at)
                        .by(by)
                        .reason(reason)
                        .build())
                .build();
    }

    /** Structural invariant: the events are a legal walk through the transition table, in time order. */
    @Value.Check
    default void check() {
        Lifecycles.checkHistory(FIELD, ReferralStatus.RECEIVED, events());
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
     * A new builder.
     *
     * @return a builder, never null
     */
    static Builder builder() {
        return new Builder();
    }

    /**
     * Builds {@code ReferralJourney} values; {@link #builder()} and {@link #toBuilder()} return one.
     * {@code build()} throws an {@link IllegalStateException} when a required attribute is not set, and checks the
     * value as {@code ReferralJourney}'s rules say.
     */
    final class Builder extends ImmutableReferralJourney.Builder {
        Builder() {}
    }
}

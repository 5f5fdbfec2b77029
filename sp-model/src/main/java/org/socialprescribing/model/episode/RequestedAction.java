package org.socialprescribing.model.episode;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.SpStyle;

/**
 * An entry of PRSB "Plan and requested actions", shown "at the top of any communication" to the referrer or GP:
 * actions for professionals, actions for the person or their carer, and what was agreed with the person. PRSB asks
 * to state explicitly if there are none; an entry whose text says so does that.
 */
@Value.Immutable
@SpStyle
@JsonSerialize(as = ImmutableRequestedAction.class)
@JsonDeserialize(as = ImmutableRequestedAction.class)
public interface RequestedAction extends WithRequestedAction {

    /** @return actions requested of professionals, if any */
    Optional<String> forProfessionals();

    /** @return actions for the person or their carer, if any */
    Optional<String> forPersonOrCarer();

    /** @return what was agreed with the person, if recorded */
    Optional<String> agreedWithPerson();

    /**
     * A new builder.
     *
     * @return a builder, never null
     */
    static Builder builder() {
        return new Builder();
    }

    /** Structural invariant: an entry says something. */
    @Value.Check
    default void check() {
        if (forProfessionals().isEmpty()
                && forPersonOrCarer().isEmpty()
                && agreedWithPerson().isEmpty()) {
            throw new InvalidValueException("requestedAction", "needs at least one of its three texts");
        }
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
     * Builds {@code RequestedAction} values; {@link #builder()} and {@link #toBuilder()} return one.
     * {@code build()} throws an {@link IllegalStateException} when a required attribute is not set, and checks the
     * value as {@code RequestedAction}'s rules say.
     */
    final class Builder extends ImmutableRequestedAction.Builder {
        Builder() {}
    }
}

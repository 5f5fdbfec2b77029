package org.socialprescribing.model.service;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.SpStyle;

/**
 * A published contact for a service: HSDS 3.0 {@code contact} (name, title, department, email) with its
 * {@code phone} numbers; FHIR {@code HealthcareService.telecom}. The report's VCSE respondents ask that it be
 * "easy ... to contact you for information and referrals" (L3769-3780).
 */
@Value.Immutable
@SpStyle
@JsonSerialize(as = ImmutableServiceContact.class)
@JsonDeserialize(as = ImmutableServiceContact.class)
public interface ServiceContact extends WithServiceContact {

    /** @return the contact person's or desk's name, if given */
    Optional<String> name();

    /** @return the contact's job title, if given */
    Optional<String> title();

    /** @return the department, if given */
    Optional<String> department();

    /** @return the e-mail address, if given */
    Optional<String> email();

    /** @return the telephone numbers, in order of preference, never null */
    List<String> telephones();

    /**
     * A new builder.
     *
     * @return a builder, never null
     */
    static Builder builder() {
        return new Builder();
    }

    /** Structural invariant: a contact gives a way to get in touch. */
    @Value.Check
    default void check() {
        if (email().isEmpty() && telephones().isEmpty()) {
            throw new InvalidValueException("contact", "needs an e-mail address or a telephone number");
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
     * Builds {@code ServiceContact} values; {@link #builder()} and {@link #toBuilder()} return one.
     * {@code build()} throws an {@link IllegalStateException} when a required attribute is not set, and checks the
     * value as {@code ServiceContact}'s rules say.
     */
    final class Builder extends ImmutableServiceContact.Builder {
        Builder() {}
    }
}

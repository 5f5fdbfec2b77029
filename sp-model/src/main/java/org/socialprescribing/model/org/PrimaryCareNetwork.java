package org.socialprescribing.model.org;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.SpStyle;
import org.socialprescribing.model.id.OdsCode;

/**
 * A Primary Care Network: "a group of GP practices covering a population of 30 - 50,000 people" (National Voices
 * report, L579-580). PCNs are "not established as separate entities" (L565-569), so they employ nobody
 * themselves; link workers are employed by a member practice or another body ({@code LinkWorkerRole}).
 */
@Value.Immutable
@SpStyle
@JsonSerialize(as = ImmutablePrimaryCareNetwork.class)
@JsonDeserialize(as = ImmutablePrimaryCareNetwork.class)
public interface PrimaryCareNetwork extends WithPrimaryCareNetwork {

    /** @return the PCN's ODS code (shape {@code U} and five digits), never null */
    OdsCode odsCode();

    /** @return the PCN's name, never null */
    String name();

    /** @return the member practices, never null; no practice twice */
    List<GpPractice> memberPractices();

    /** @return the ODS code of the Integrated Care Board the PCN belongs to, if known */
    Optional<OdsCode> icbOdsCode();

    /**
     * A new builder.
     *
     * @return a builder, never null
     */
    static Builder builder() {
        return new Builder();
    }

    /** Structural invariant: a practice is a member once. */
    @Value.Check
    default void check() {
        long distinct =
                memberPractices().stream().map(GpPractice::odsCode).distinct().count();
        if (distinct != memberPractices().size()) {
            throw new InvalidValueException("memberPractices", "must not list a practice twice");
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
     * Builds {@code PrimaryCareNetwork} values; {@link #builder()} and {@link #toBuilder()} return one.
     * {@code build()} throws an {@link IllegalStateException} when a required attribute is not set, and checks the
     * value as {@code PrimaryCareNetwork}'s rules say.
     */
    final class Builder extends ImmutablePrimaryCareNetwork.Builder {
        Builder() {}
    }
}

package org.socialprescribing.model.org;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;
import org.socialprescribing.model.SpStyle;
import org.socialprescribing.model.id.OdsCode;
import org.socialprescribing.model.id.Postcode;

/**
 * A general practice, identified by its ODS code (PRSB "GP practice identifier", 1..1 mandatory).
 */
@Value.Immutable
@SpStyle
@JsonSerialize(as = ImmutableGpPractice.class)
@JsonDeserialize(as = ImmutableGpPractice.class)
public interface GpPractice extends WithGpPractice {

    /** @return the practice's ODS code, never null */
    OdsCode odsCode();

    /** @return the practice's name, if known */
    Optional<String> name();

    /** @return the practice's postcode, if known */
    Optional<Postcode> postcode();

    /**
     * A practice known only by its ODS code.
     *
     * @param odsCode the code, not null
     * @return the practice, never null
     */
    static GpPractice of(OdsCode odsCode) {
        return builder().odsCode(odsCode).build();
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
     * A builder holding this value's attributes, to change several of them at once; {@code with...} methods change
     * one.
     *
     * @return a new builder, never null
     */
    default Builder toBuilder() {
        return new Builder().mergeFrom(this);
    }

    /**
     * Builds {@code GpPractice} values; {@link #builder()} and {@link #toBuilder()} return one.
     * {@code build()} throws an {@link IllegalStateException} when a required attribute is not set, and checks the
     * value as {@code GpPractice}'s rules say.
     */
    final class Builder extends ImmutableGpPractice.Builder {
        Builder() {}
    }
}

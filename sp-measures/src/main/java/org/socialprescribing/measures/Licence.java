package org.socialprescribing.measures;

import java.util.Optional;
import org.immutables.value.Value;
import org.socialprescribing.model.SpStyle;

/**
 * Machine-readable licence facts for an instrument: who owns it, whether the SDK may bundle its item wording, where
 * the terms are, and a one-line summary with its evidence label. Vendors use it to know what they must license.
 */
@Value.Immutable
@SpStyle
public interface Licence extends WithLicence {

    /** @return the owner(s) of the instrument, never null */
    String owner();

    /**
     * Whether the item wording may be bundled with software. When false the SDK ships no wording and a licensee
     * supplies it through {@link ItemText}.
     *
     * @return true if the wording may be bundled
     */
    boolean isItemTextBundlable();

    /** @return where the licence terms are published, if known */
    Optional<String> url();

    /** @return the terms in one line, with their evidence label, never null */
    String terms();

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
     * Builds {@code Licence} values; {@link #builder()} and {@link #toBuilder()} return one.
     * {@code build()} throws an {@link IllegalStateException} when a required attribute is not set, and checks the
     * value as {@code Licence}'s rules say.
     */
    final class Builder extends ImmutableLicence.Builder {
        Builder() {}
    }
}

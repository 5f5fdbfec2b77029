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
public interface Licence {

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
    static ImmutableLicence.Builder builder() {
        return ImmutableLicence.builder();
    }
}

package org.socialprescribing.openreferral;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.socialprescribing.model.SpStyle;

/**
 * A source of funding of a service.
 *
 * <p>JSON: the HSDS {@code funding} object as the Open Referral UK profile defines it. Build one with {@link
 * #builder()}; read and write it with {@link OrukJson}.
 */
@Value.Immutable
@SpStyle
public interface OrukFunding extends OrukRecord, WithOrukFunding {

    /** @return {@code id}: the identifier of the funding entry (a UUID in HSDS), never null */
    String id();

    /** @return {@code service_id}: the identifier of the funded service, or empty if absent */
    Optional<String> serviceId();

    /** @return {@code source}: where the funding comes from, in free text, or empty if absent */
    Optional<String> source();

    /**
     * @return {@code metadata}: the audit trail of changes to this record (HSDS 3.0 core; not in the compiled UK
     *     profile), in document order, never null
     */
    List<OrukMetadata> metadata();

    /** @return a new builder, never null */
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
     * Builds {@code OrukFunding} values; {@link #builder()} and {@link #toBuilder()} return one.
     * {@code build()} throws an {@link IllegalStateException} when a required attribute is not set, and checks the
     * value as {@code OrukFunding}'s rules say.
     */
    final class Builder extends ImmutableOrukFunding.Builder {
        Builder() {}
    }
}

package org.socialprescribing.openreferral;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.socialprescribing.model.SpStyle;

/**
 * One price of a service over a period: a structured form of the service's fees.
 *
 * <p>JSON: the HSDS {@code cost_option} object as the Open Referral UK profile defines it. Build one with {@link
 * #builder()}; read and write it with {@link OrukJson}.
 */
@Value.Immutable
@SpStyle
public interface OrukCostOption extends OrukRecord, WithOrukCostOption {

    /** @return {@code id}: the identifier of the cost option (a UUID in HSDS), never null */
    String id();

    /** @return {@code service_id}: the identifier of the service this cost is for, or empty if absent */
    Optional<String> serviceId();

    /**
     * @return {@code valid_from}: the first date the cost applies, as written (ISO 8601 date expected), or empty if
     *     absent
     */
    Optional<String> validFrom();

    /**
     * @return {@code valid_to}: the last date the cost applies, as written (ISO 8601 date expected), or empty if absent
     */
    Optional<String> validTo();

    /** @return {@code option}: who or what the cost applies to, in free text, or empty if absent */
    Optional<String> option();

    /** @return {@code amount}: the amount, as written in the JSON, or empty if absent */
    Optional<BigDecimal> amount();

    /** @return {@code amount_description}: what the amount is for, such as a session, or empty if absent */
    Optional<String> amountDescription();

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
     * Builds {@code OrukCostOption} values; {@link #builder()} and {@link #toBuilder()} return one.
     * {@code build()} throws an {@link IllegalStateException} when a required attribute is not set, and checks the
     * value as {@code OrukCostOption}'s rules say.
     */
    final class Builder extends ImmutableOrukCostOption.Builder {
        Builder() {}
    }
}

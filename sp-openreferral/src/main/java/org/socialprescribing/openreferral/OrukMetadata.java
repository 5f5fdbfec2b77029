package org.socialprescribing.openreferral;

import java.util.Optional;
import org.immutables.value.Value;
import org.socialprescribing.model.SpStyle;

/**
 * One entry of a record's audit trail: who changed which field, when, from what to what. An HSDS 3.0 core object that
 * the compiled UK profile does not use. The old and new values and the editor are hidden by {@code toString()}, as they
 * may be personal.
 *
 * <p>JSON: the HSDS {@code metadata} object as the Open Referral UK profile defines it. Build one with {@link
 * #builder()}; read and write it with {@link OrukJson}.
 */
@Value.Immutable
@SpStyle
public interface OrukMetadata extends OrukRecord, WithOrukMetadata {

    /** @return {@code id}: the identifier of the entry (a UUID in HSDS), never null */
    String id();

    /** @return {@code resource_id}: the identifier of the changed record, or empty if absent */
    Optional<String> resourceId();

    /** @return {@code resource_type}: the type of the changed record, such as {@code service}, or empty if absent */
    Optional<String> resourceType();

    /** @return {@code last_action_date}: when the change was made, as written (ISO 8601 date expected), never null */
    String lastActionDate();

    /** @return {@code last_action_type}: what was done, such as create or update, never null */
    String lastActionType();

    /** @return {@code field_name}: the changed field, never null */
    String fieldName();

    /** @return {@code previous_value}: the field's value before the change, never null */
    @Value.Redacted
    String previousValue();

    /** @return {@code replacement_value}: the field's value after the change, never null */
    @Value.Redacted
    String replacementValue();

    /** @return {@code updated_by}: who made the change, never null */
    @Value.Redacted
    String updatedBy();

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
     * Builds {@code OrukMetadata} values; {@link #builder()} and {@link #toBuilder()} return one.
     * {@code build()} throws an {@link IllegalStateException} when a required attribute is not set, and checks the
     * value as {@code OrukMetadata}'s rules say.
     */
    final class Builder extends ImmutableOrukMetadata.Builder {
        Builder() {}
    }
}

package org.socialprescribing.openreferral;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.socialprescribing.model.SpStyle;

/**
 * A named contact for a service.
 *
 * <p>JSON: the HSDS {@code contact} object as the Open Referral UK profile defines it. Build one with {@link
 * #builder()}; read and write it with {@link OrukJson}.
 */
@Value.Immutable
@SpStyle
public interface OrukContact extends OrukRecord, WithOrukContact {

    /** @return {@code id}: the identifier of the contact (a UUID in HSDS), never null */
    String id();

    /** @return {@code service_id}: the identifier of the service this is a contact for, or empty if absent */
    Optional<String> serviceId();

    /** @return {@code name}: the contact's name; hidden by {@code toString()}, or empty if absent */
    @Value.Redacted
    Optional<String> name();

    /** @return {@code title}: the contact's job title, or empty if absent */
    Optional<String> title();

    /**
     * @return {@code phones}: the contact's phone numbers (HSDS 3.0 core; not in the compiled UK profile), in document
     *     order, never null
     */
    List<OrukPhone> phones();

    /** @return {@code attributes}: taxonomy terms that classify the contact, in document order, never null */
    List<OrukAttribute> attributes();

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
     * Builds {@code OrukContact} values; {@link #builder()} and {@link #toBuilder()} return one.
     * {@code build()} throws an {@link IllegalStateException} when a required attribute is not set, and checks the
     * value as {@code OrukContact}'s rules say.
     */
    final class Builder extends ImmutableOrukContact.Builder {
        Builder() {}
    }
}

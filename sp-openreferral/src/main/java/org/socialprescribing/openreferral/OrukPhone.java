package org.socialprescribing.openreferral;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.socialprescribing.model.SpStyle;

/**
 * A phone number. The UK profile defines the phone object; HSDS 3.0 core attaches phones to services, organizations,
 * locations, services at locations and contacts.
 *
 * <p>JSON: the HSDS {@code phone} object as the Open Referral UK profile defines it. Build one with {@link
 * #builder()}; read and write it with {@link OrukJson}.
 */
@Value.Immutable
@SpStyle
public interface OrukPhone extends OrukRecord, WithOrukPhone {

    /** @return {@code id}: the identifier of the phone entry (a UUID in HSDS), never null */
    String id();

    /** @return {@code contact_id}: the identifier of the contact this number belongs to, or empty if absent */
    Optional<String> contactId();

    /** @return {@code number}: the phone number, as written, never null */
    String number();

    /** @return {@code description}: what the number is for, in free text, or empty if absent */
    Optional<String> description();

    /** @return {@code languages}: the languages spoken on this number, in document order, never null */
    List<OrukLanguage> languages();

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
     * Builds {@code OrukPhone} values; {@link #builder()} and {@link #toBuilder()} return one.
     * {@code build()} throws an {@link IllegalStateException} when a required attribute is not set, and checks the
     * value as {@code OrukPhone}'s rules say.
     */
    final class Builder extends ImmutableOrukPhone.Builder {
        Builder() {}
    }
}

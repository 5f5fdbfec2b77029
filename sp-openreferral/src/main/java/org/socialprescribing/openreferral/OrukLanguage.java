package org.socialprescribing.openreferral;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.socialprescribing.model.SpStyle;

/**
 * A language a service or phone line is offered in. The UK profile keeps only the identifiers; the name, code and note
 * are HSDS 3.0 core properties, typed here because without them a language entry says nothing.
 *
 * <p>JSON: the HSDS {@code language} object as the Open Referral UK profile defines it. Build one with {@link
 * #builder()}; read and write it with {@link OrukJson}.
 */
@Value.Immutable
@SpStyle
public interface OrukLanguage extends OrukRecord, WithOrukLanguage {

    /** @return {@code id}: the identifier of the language entry (a UUID in HSDS), never null */
    String id();

    /** @return {@code service_id}: the identifier of the service offered in this language, or empty if absent */
    Optional<String> serviceId();

    /** @return {@code phone_id}: the identifier of the phone line answered in this language, or empty if absent */
    Optional<String> phoneId();

    /**
     * @return {@code name}: the name of the language (HSDS 3.0 core; not in the compiled UK profile), or empty if
     *     absent
     */
    Optional<String> name();

    /**
     * @return {@code code}: the language's code, such as an ISO 639 code (HSDS 3.0 core; not in the compiled UK
     *     profile), or empty if absent
     */
    Optional<String> code();

    /**
     * @return {@code note}: a note on how the language is offered (HSDS 3.0 core; not in the compiled UK profile), or
     *     empty if absent
     */
    Optional<String> note();

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
     * Builds {@code OrukLanguage} values; {@link #builder()} and {@link #toBuilder()} return one.
     * {@code build()} throws an {@link IllegalStateException} when a required attribute is not set, and checks the
     * value as {@code OrukLanguage}'s rules say.
     */
    final class Builder extends ImmutableOrukLanguage.Builder {
        Builder() {}
    }
}

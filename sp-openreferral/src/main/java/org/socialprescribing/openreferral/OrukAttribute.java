package org.socialprescribing.openreferral;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.socialprescribing.model.SpStyle;

/**
 * The link between a record and a taxonomy term that classifies it.
 *
 * <p>JSON: the HSDS {@code attribute} object as the Open Referral UK profile defines it. Build one with {@link
 * #builder()}; read and write it with {@link OrukJson}.
 */
@Value.Immutable
@SpStyle
public interface OrukAttribute extends OrukRecord, WithOrukAttribute {

    /** @return {@code id}: the identifier of the attribute (a UUID in HSDS), never null */
    String id();

    /** @return {@code link_id}: the identifier of the record the term applies to, or empty if absent */
    Optional<String> linkId();

    /** @return {@code taxonomy_term_id}: the identifier of the term, or empty if absent */
    Optional<String> taxonomyTermId();

    /**
     * @return {@code link_type}: what the term describes, such as eligibility or audience, from an open code list, or
     *     empty if absent
     */
    Optional<String> linkType();

    /** @return {@code taxonomy_term}: the term, or empty if absent */
    Optional<OrukTaxonomyTerm> taxonomyTerm();

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
     * Builds {@code OrukAttribute} values; {@link #builder()} and {@link #toBuilder()} return one.
     * {@code build()} throws an {@link IllegalStateException} when a required attribute is not set, and checks the
     * value as {@code OrukAttribute}'s rules say.
     */
    final class Builder extends ImmutableOrukAttribute.Builder {
        Builder() {}
    }
}

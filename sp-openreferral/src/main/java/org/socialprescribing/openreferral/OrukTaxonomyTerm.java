package org.socialprescribing.openreferral;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.socialprescribing.model.SpStyle;

/**
 * A term of a taxonomy, used to classify services and other records.
 *
 * <p>JSON: the HSDS {@code taxonomy_term} object as the Open Referral UK profile defines it. Build one with {@link
 * #builder()}; read and write it with {@link OrukJson}.
 */
@Value.Immutable
@SpStyle
public interface OrukTaxonomyTerm extends OrukRecord, WithOrukTaxonomyTerm {

    /** @return {@code id}: the identifier of the term (a UUID in HSDS), never null */
    String id();

    /** @return {@code name}: the term itself, never null */
    String name();

    /** @return {@code description}: the term, in free text, never null */
    String description();

    /** @return {@code parent_id}: the identifier of the parent term in a hierarchical taxonomy, or empty if absent */
    Optional<String> parentId();

    /** @return {@code taxonomy}: which taxonomy the term comes from, in free text or as a URI, or empty if absent */
    Optional<String> taxonomy();

    /** @return {@code taxonomy_id}: the identifier of the taxonomy, or empty if absent */
    Optional<String> taxonomyId();

    /** @return {@code term_uri}: the URI of the term, or empty if absent */
    Optional<String> termUri();

    /** @return {@code term}: the term itself (a UK profile property), or empty if absent */
    Optional<String> term();

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
     * Builds {@code OrukTaxonomyTerm} values; {@link #builder()} and {@link #toBuilder()} return one.
     * {@code build()} throws an {@link IllegalStateException} when a required attribute is not set, and checks the
     * value as {@code OrukTaxonomyTerm}'s rules say.
     */
    final class Builder extends ImmutableOrukTaxonomyTerm.Builder {
        Builder() {}
    }
}

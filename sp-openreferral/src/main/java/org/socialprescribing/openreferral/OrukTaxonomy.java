package org.socialprescribing.openreferral;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.socialprescribing.model.SpStyle;

/**
 * A vocabulary that taxonomy terms come from.
 *
 * <p>JSON: the HSDS {@code taxonomy} object as the Open Referral UK profile defines it. Build one with {@link
 * #builder()}; read and write it with {@link OrukJson}.
 */
@Value.Immutable
@SpStyle
public interface OrukTaxonomy extends OrukRecord, WithOrukTaxonomy {

    /** @return {@code id}: the identifier of the taxonomy (a UUID in HSDS), never null */
    String id();

    /** @return {@code name}: the name of the taxonomy, never null */
    String name();

    /** @return {@code description}: the taxonomy, in free text, never null */
    String description();

    /** @return {@code uri}: the URI of the taxonomy, or empty if absent */
    Optional<String> uri();

    /** @return {@code version}: the version of the taxonomy, or empty if absent */
    Optional<String> version();

    /** @return {@code taxonomy_terms}: terms of the taxonomy, in document order, never null */
    List<OrukTaxonomyTerm> taxonomyTerms();

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
     * Builds {@code OrukTaxonomy} values; {@link #builder()} and {@link #toBuilder()} return one.
     * {@code build()} throws an {@link IllegalStateException} when a required attribute is not set, and checks the
     * value as {@code OrukTaxonomy}'s rules say.
     */
    final class Builder extends ImmutableOrukTaxonomy.Builder {
        Builder() {}
    }
}

package org.socialprescribing.openreferral;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.socialprescribing.model.SpStyle;

/**
 * An identifier of an organization in a register, such as a company or charity number. The scheme follows org-id.guide,
 * e.g. {@code GB-COH} for Companies House.
 *
 * <p>JSON: the HSDS {@code organization_identifier} object as the Open Referral UK profile defines it. Build one with
 * {@link
 * #builder()}; read and write it with {@link OrukJson}.
 */
@Value.Immutable
@SpStyle
public interface OrukOrganizationIdentifier extends OrukRecord, WithOrukOrganizationIdentifier {

    /** @return {@code id}: the identifier of this entry (a UUID in HSDS), never null */
    String id();

    /** @return {@code organization_id}: the identifier of the organization, or empty if absent */
    Optional<String> organizationId();

    /**
     * @return {@code identifier_scheme}: the register's org-id.guide scheme, such as {@code GB-COH} or {@code GB-CHC},
     *     or empty if absent
     */
    Optional<String> identifierScheme();

    /**
     * @return {@code identifier_type}: what kind of identifier it is, in words, such as {@code Company number}, never
     *     null
     */
    String identifierType();

    /** @return {@code identifier}: the identifier itself, never null */
    String identifier();

    /** @return {@code attributes}: taxonomy terms that classify the identifier, in document order, never null */
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
     * Builds {@code OrukOrganizationIdentifier} values; {@link #builder()} and {@link #toBuilder()} return one.
     * {@code build()} throws an {@link IllegalStateException} when a required attribute is not set, and checks the
     * value as {@code OrukOrganizationIdentifier}'s rules say.
     */
    final class Builder extends ImmutableOrukOrganizationIdentifier.Builder {
        Builder() {}
    }
}

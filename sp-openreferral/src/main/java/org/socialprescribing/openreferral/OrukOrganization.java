package org.socialprescribing.openreferral;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.socialprescribing.model.SpStyle;

/**
 * An organization that delivers services: a charity, a community group, a council team, a business.
 *
 * <p>JSON: the HSDS {@code organization} object as the Open Referral UK profile defines it. Build one with {@link
 * #builder()}; read and write it with {@link OrukJson}.
 */
@Value.Immutable
@SpStyle
public interface OrukOrganization extends OrukRecord, WithOrukOrganization {

    /** @return {@code id}: the identifier of the organization (a UUID in HSDS), never null */
    String id();

    /** @return {@code name}: the organization's official or public name, never null */
    String name();

    /** @return {@code description}: what the organization is and does, in free text, never null */
    String description();

    /** @return {@code email}: the organization's e-mail address, or empty if absent */
    Optional<String> email();

    /** @return {@code website}: the URL of the organization's website, or empty if absent */
    Optional<String> website();

    /** @return {@code logo}: the URL of the organization's logo, or empty if absent */
    Optional<String> logo();

    /** @return {@code uri}: a persistent URI that identifies the organization, or empty if absent */
    Optional<String> uri();

    /**
     * @return {@code parent_organization_id}: the identifier of the organization this one belongs to, or empty if
     *     absent
     */
    Optional<String> parentOrganizationId();

    /**
     * @return {@code phones}: the organization's phone numbers (HSDS 3.0 core; not in the compiled UK profile), in
     *     document order, never null
     */
    List<OrukPhone> phones();

    /**
     * @return {@code organization_identifiers}: the organization's identifiers in registers such as Companies House or
     *     the Charity Commission, in document order, never null
     */
    List<OrukOrganizationIdentifier> organizationIdentifiers();

    /** @return {@code attributes}: taxonomy terms that classify the organization, in document order, never null */
    List<OrukAttribute> attributes();

    /**
     * @return {@code services}: the services the organization delivers (in a fully nested organization), in document
     *     order, never null
     */
    List<OrukService> services();

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
     * Builds {@code OrukOrganization} values; {@link #builder()} and {@link #toBuilder()} return one.
     * {@code build()} throws an {@link IllegalStateException} when a required attribute is not set, and checks the
     * value as {@code OrukOrganization}'s rules say.
     */
    final class Builder extends ImmutableOrukOrganization.Builder {
        Builder() {}
    }
}

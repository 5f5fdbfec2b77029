package org.socialprescribing.openreferral;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.socialprescribing.model.SpStyle;

/**
 * A service that an organization delivers to people: what it is, who it is for, when, where and at what cost. The same
 * type holds the short form of a page of services and the fully nested form with its locations, schedules and
 * organization.
 *
 * <p>JSON: the HSDS {@code service} object as the Open Referral UK profile defines it. Build one with {@link
 * #builder()}; read and write it with {@link OrukJson}.
 */
@Value.Immutable
@SpStyle
public interface OrukService extends OrukRecord, WithOrukService {

    /** @return {@code id}: the identifier of the service (a UUID in HSDS), never null */
    String id();

    /**
     * @return {@code organization_id}: the identifier of the organization that delivers the service, or empty if absent
     */
    Optional<String> organizationId();

    /** @return {@code name}: the official or public name of the service, never null */
    String name();

    /** @return {@code description}: what the service offers, in free text, or empty if absent */
    Optional<String> description();

    /** @return {@code url}: the URL of the service's web page, or empty if absent */
    Optional<String> url();

    /** @return {@code email}: an e-mail address for the service, or empty if absent */
    Optional<String> email();

    /** @return {@code status}: whether the service is running, never null */
    OrukServiceStatus status();

    /** @return {@code fees}: charges in free text (deprecated by ORUK in favour of cost options), or empty if absent */
    Optional<String> fees();

    /** @return {@code accreditations}: the service's accreditations, in free text, or empty if absent */
    Optional<String> accreditations();

    /** @return {@code minimum_age}: the youngest age the service is for, as written in the JSON, or empty if absent */
    Optional<BigDecimal> minimumAge();

    /** @return {@code maximum_age}: the oldest age the service is for, as written in the JSON, or empty if absent */
    Optional<BigDecimal> maximumAge();

    /**
     * @return {@code assured_date}: the date the service's information was last checked, as written (ISO 8601 date
     *     expected), or empty if absent
     */
    Optional<String> assuredDate();

    /**
     * @return {@code assurer_email}: the e-mail address of whoever last checked the service's information, or empty if
     *     absent
     */
    Optional<String> assurerEmail();

    /** @return {@code alert}: a short-term notice about the service, or empty if absent */
    Optional<String> alert();

    /**
     * @return {@code last_modified}: when the service or anything about it last changed, as written (ISO 8601 date-time
     *     expected), or empty if absent
     */
    Optional<String> lastModified();

    /**
     * @return {@code phones}: the service's phone numbers (HSDS 3.0 core; not in the compiled UK profile), in document
     *     order, never null
     */
    List<OrukPhone> phones();

    /** @return {@code schedules}: when the service runs, in document order, never null */
    List<OrukSchedule> schedules();

    /** @return {@code service_areas}: the areas the service covers, in document order, never null */
    List<OrukServiceArea> serviceAreas();

    /** @return {@code service_at_locations}: the places the service is delivered at, in document order, never null */
    List<OrukServiceAtLocation> serviceAtLocations();

    /** @return {@code languages}: the languages the service is offered in, in document order, never null */
    List<OrukLanguage> languages();

    /** @return {@code organization}: the organization that delivers the service, or empty if absent */
    Optional<OrukOrganization> organization();

    /** @return {@code funding}: the service's sources of funding, in document order, never null */
    List<OrukFunding> funding();

    /** @return {@code cost_options}: what the service costs, in structured form, in document order, never null */
    List<OrukCostOption> costOptions();

    /** @return {@code contacts}: named contacts for the service, in document order, never null */
    List<OrukContact> contacts();

    /** @return {@code attributes}: taxonomy terms that classify the service, in document order, never null */
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
     * Builds {@code OrukService} values; {@link #builder()} and {@link #toBuilder()} return one.
     * {@code build()} throws an {@link IllegalStateException} when a required attribute is not set, and checks the
     * value as {@code OrukService}'s rules say.
     */
    final class Builder extends ImmutableOrukService.Builder {
        Builder() {}
    }
}

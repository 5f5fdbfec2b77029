package org.socialprescribing.model.service;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.socialprescribing.model.ModelIssueCode;
import org.socialprescribing.model.SpStyle;
import org.socialprescribing.model.coding.CodedConcept;
import org.socialprescribing.model.org.VcseOrganisation;
import org.socialprescribing.model.validation.Recorded;

/**
 * A service that a VCSE organisation offers and social prescribing connects people to: a gardening club, a debt
 * advice service, a befriending scheme. Its fields are typed versions of HSDS 3.0 {@code service} (with
 * {@code location}, {@code schedule}, {@code cost_option}, {@code contact}) and FHIR {@code HealthcareService}; a
 * directory's own taxonomy terms are kept unchanged as {@link #externalCategories()} beside the SDK's
 * {@link #categories()}, so that no classification is lost in either direction.
 */
@Value.Immutable
@SpStyle
@JsonSerialize(as = ImmutableService.class)
@JsonDeserialize(as = ImmutableService.class)
public interface Service extends WithService {

    /** @return the service's id in a service directory (e.g. an HSDS service UUID), if any */
    Optional<String> directoryId();

    /**
     * The organisation that provides the service. Services from other systems may arrive without one (a FHIR
     * HealthcareService without {@code providedBy}); they are kept, and {@code SpValidator.validate(service)} warns
     * {@code service.provider.missing} at {@code provider}.
     *
     * @return the provider, if known
     */
    @Recorded(code = ModelIssueCode.SERVICE_PROVIDER_MISSING)
    Optional<VcseOrganisation> provider();

    /** @return the service's name, never null */
    String name();

    /** @return what the service offers, if described */
    Optional<String> description();

    /** @return whether the service runs; active unless given */
    @Value.Default
    default ServiceStatus status() {
        return ServiceStatus.ACTIVE;
    }

    /** @return the service's categories in the SDK taxonomy, never null */
    List<ServiceCategory> categories();

    /**
     * Categories from other taxonomies, kept as given: an Open Referral UK taxonomy term, an LGA {@code esd}
     * service type or need ({@code http://id.esd.org.uk/service/...}), a SNOMED CT concept.
     *
     * @return the external categories, never null
     */
    List<CodedConcept> externalCategories();

    /** @return how the service is delivered, never null */
    List<DeliveryMode> deliveryModes();

    /** @return where the service is delivered, never null; empty for remote-only services */
    List<ServiceLocation> locations();

    /** @return when the service runs, never null */
    List<ServiceSchedule> schedules();

    /** @return who the service is for, if restricted or described */
    Optional<Eligibility> eligibility();

    /** @return what the service costs the person, never null; empty if not stated */
    List<CostOption> costs();

    /** @return whether the service accepts referrals now, and how many places it has, if known */
    Optional<Capacity> capacity();

    /** @return how the service takes people on; direct referral unless given */
    @Value.Default
    default ReferralRoute referralRoute() {
        return ReferralRoute.DIRECT_REFERRAL;
    }

    /** @return published contacts, never null */
    List<ServiceContact> contacts();

    /** @return the service's web page, if any */
    Optional<URI> url();

    /** @return the service's general e-mail address, if any */
    Optional<String> email();

    /** @return the languages the service is offered in, as BCP 47 tags such as {@code en} or {@code pl} */
    List<String> languages();

    /** @return the areas the service covers, in words (e.g. "Lambeth"), never null */
    List<String> serviceAreas();

    /** @return when the directory record last changed, if known */
    Optional<Instant> lastModified();

    /**
     * A new builder.
     *
     * @return a builder, never null
     */
    static Builder builder() {
        return new Builder();
    }

    /**
     * Whether a link worker can refer someone now: the service is active, takes direct referrals and, if its
     * capacity is known, is accepting them.
     *
     * @return true if a referral can be made
     */
    default boolean canTakeReferralsNow() {
        return status() == ServiceStatus.ACTIVE
                && referralRoute() == ReferralRoute.DIRECT_REFERRAL
                && capacity().map(Capacity::acceptingReferrals).orElse(true);
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
     * Builds {@code Service} values; {@link #builder()} and {@link #toBuilder()} return one.
     * {@code build()} throws an {@link IllegalStateException} when a required attribute is not set, and checks the
     * value as {@code Service}'s rules say.
     */
    final class Builder extends ImmutableService.Builder {
        Builder() {}
    }
}

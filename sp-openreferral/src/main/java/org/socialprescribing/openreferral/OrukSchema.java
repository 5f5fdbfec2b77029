package org.socialprescribing.openreferral;

import static org.socialprescribing.openreferral.Scalars.BOOLEAN;
import static org.socialprescribing.openreferral.Scalars.INTEGER;
import static org.socialprescribing.openreferral.Scalars.NUMBER;
import static org.socialprescribing.openreferral.Scalars.STRING;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The ORUK JSON schema as codecs: every object's properties with their JSON names, types and cardinalities, in
 * the order of the compiled Open Referral UK schemas ({@code schema/compiled/*.json} of OpenReferralUK/uk-profile
 * at commit ecdfabf). The few HSDS 3.0 core properties typed beyond the UK profile ({@code phones}, {@code
 * metadata}, a language's {@code name}, {@code code} and {@code note}) take the place HSDS 3.0 core gives them
 * (openreferral/specification, tag v3.0).
 *
 * <p>Objects come in dependency order; a service and an organization contain each other, so services are
 * referred to lazily.
 */
final class OrukSchema {

    static final ValueCodec<ServiceStatus> SERVICE_STATUS =
            Scalars.enumeration(ServiceStatus.class, ServiceStatus::code);
    static final ValueCodec<LocationType> LOCATION_TYPE = Scalars.enumeration(LocationType.class, LocationType::code);
    static final ValueCodec<AddressType> ADDRESS_TYPE = Scalars.enumeration(AddressType.class, AddressType::code);
    static final ValueCodec<ScheduleFrequency> SCHEDULE_FREQUENCY =
            Scalars.enumeration(ScheduleFrequency.class, ScheduleFrequency::code);

    private static final ValueCodec<Service> LAZY_SERVICE = ValueCodec.lazy(() -> OrukSchema.SERVICE);

    /** The {@code metadata} object. */
    static final ObjectCodec<Metadata, ImmutableMetadata.Builder> METADATA =
            ObjectCodec.<Metadata, ImmutableMetadata.Builder>declare(
                            ImmutableMetadata::builder,
                            ImmutableMetadata.Builder::build,
                            Metadata::extensions,
                            ImmutableMetadata.Builder::putAllExtensions)
                    .required("id", STRING, Metadata::id, ImmutableMetadata.Builder::id)
                    .optional("resource_id", STRING, Metadata::resourceId, ImmutableMetadata.Builder::resourceId)
                    .optional("resource_type", STRING, Metadata::resourceType, ImmutableMetadata.Builder::resourceType)
                    .required(
                            "last_action_date",
                            STRING,
                            Metadata::lastActionDate,
                            ImmutableMetadata.Builder::lastActionDate)
                    .required(
                            "last_action_type",
                            STRING,
                            Metadata::lastActionType,
                            ImmutableMetadata.Builder::lastActionType)
                    .required("field_name", STRING, Metadata::fieldName, ImmutableMetadata.Builder::fieldName)
                    .required(
                            "previous_value", STRING, Metadata::previousValue, ImmutableMetadata.Builder::previousValue)
                    .required(
                            "replacement_value",
                            STRING,
                            Metadata::replacementValue,
                            ImmutableMetadata.Builder::replacementValue)
                    .required("updated_by", STRING, Metadata::updatedBy, ImmutableMetadata.Builder::updatedBy)
                    .build();

    /** The {@code taxonomy_term} object. */
    static final ObjectCodec<TaxonomyTerm, ImmutableTaxonomyTerm.Builder> TAXONOMY_TERM =
            ObjectCodec.<TaxonomyTerm, ImmutableTaxonomyTerm.Builder>declare(
                            ImmutableTaxonomyTerm::builder,
                            ImmutableTaxonomyTerm.Builder::build,
                            TaxonomyTerm::extensions,
                            ImmutableTaxonomyTerm.Builder::putAllExtensions)
                    .required("id", STRING, TaxonomyTerm::id, ImmutableTaxonomyTerm.Builder::id)
                    .required("name", STRING, TaxonomyTerm::name, ImmutableTaxonomyTerm.Builder::name)
                    .required(
                            "description",
                            STRING,
                            TaxonomyTerm::description,
                            ImmutableTaxonomyTerm.Builder::description)
                    .optional("parent_id", STRING, TaxonomyTerm::parentId, ImmutableTaxonomyTerm.Builder::parentId)
                    .optional("taxonomy", STRING, TaxonomyTerm::taxonomy, ImmutableTaxonomyTerm.Builder::taxonomy)
                    .optional(
                            "taxonomy_id", STRING, TaxonomyTerm::taxonomyId, ImmutableTaxonomyTerm.Builder::taxonomyId)
                    .optional("term_uri", STRING, TaxonomyTerm::termUri, ImmutableTaxonomyTerm.Builder::termUri)
                    .optional("term", STRING, TaxonomyTerm::term, ImmutableTaxonomyTerm.Builder::term)
                    .many("metadata", METADATA, TaxonomyTerm::metadata, ImmutableTaxonomyTerm.Builder::addMetadata)
                    .build();

    /** The {@code attribute} object. */
    static final ObjectCodec<Attribute, ImmutableAttribute.Builder> ATTRIBUTE =
            ObjectCodec.<Attribute, ImmutableAttribute.Builder>declare(
                            ImmutableAttribute::builder,
                            ImmutableAttribute.Builder::build,
                            Attribute::extensions,
                            ImmutableAttribute.Builder::putAllExtensions)
                    .required("id", STRING, Attribute::id, ImmutableAttribute.Builder::id)
                    .optional("link_id", STRING, Attribute::linkId, ImmutableAttribute.Builder::linkId)
                    .optional(
                            "taxonomy_term_id",
                            STRING,
                            Attribute::taxonomyTermId,
                            ImmutableAttribute.Builder::taxonomyTermId)
                    .optional("link_type", STRING, Attribute::linkType, ImmutableAttribute.Builder::linkType)
                    .optional(
                            "taxonomy_term",
                            TAXONOMY_TERM,
                            Attribute::taxonomyTerm,
                            ImmutableAttribute.Builder::taxonomyTerm)
                    .many("metadata", METADATA, Attribute::metadata, ImmutableAttribute.Builder::addMetadata)
                    .build();

    /** The {@code taxonomy} object. */
    static final ObjectCodec<Taxonomy, ImmutableTaxonomy.Builder> TAXONOMY =
            ObjectCodec.<Taxonomy, ImmutableTaxonomy.Builder>declare(
                            ImmutableTaxonomy::builder,
                            ImmutableTaxonomy.Builder::build,
                            Taxonomy::extensions,
                            ImmutableTaxonomy.Builder::putAllExtensions)
                    .required("id", STRING, Taxonomy::id, ImmutableTaxonomy.Builder::id)
                    .required("name", STRING, Taxonomy::name, ImmutableTaxonomy.Builder::name)
                    .required("description", STRING, Taxonomy::description, ImmutableTaxonomy.Builder::description)
                    .optional("uri", STRING, Taxonomy::uri, ImmutableTaxonomy.Builder::uri)
                    .optional("version", STRING, Taxonomy::version, ImmutableTaxonomy.Builder::version)
                    .many(
                            "taxonomy_terms",
                            TAXONOMY_TERM,
                            Taxonomy::taxonomyTerms,
                            ImmutableTaxonomy.Builder::addTaxonomyTerm)
                    .many("metadata", METADATA, Taxonomy::metadata, ImmutableTaxonomy.Builder::addMetadata)
                    .build();

    /** The {@code language} object. */
    static final ObjectCodec<Language, ImmutableLanguage.Builder> LANGUAGE =
            ObjectCodec.<Language, ImmutableLanguage.Builder>declare(
                            ImmutableLanguage::builder,
                            ImmutableLanguage.Builder::build,
                            Language::extensions,
                            ImmutableLanguage.Builder::putAllExtensions)
                    .required("id", STRING, Language::id, ImmutableLanguage.Builder::id)
                    .optional("service_id", STRING, Language::serviceId, ImmutableLanguage.Builder::serviceId)
                    .optional("phone_id", STRING, Language::phoneId, ImmutableLanguage.Builder::phoneId)
                    .optional("name", STRING, Language::name, ImmutableLanguage.Builder::name)
                    .optional("code", STRING, Language::code, ImmutableLanguage.Builder::code)
                    .optional("note", STRING, Language::note, ImmutableLanguage.Builder::note)
                    .many("metadata", METADATA, Language::metadata, ImmutableLanguage.Builder::addMetadata)
                    .build();

    /** The {@code phone} object. */
    static final ObjectCodec<Phone, ImmutablePhone.Builder> PHONE = ObjectCodec.<Phone, ImmutablePhone.Builder>declare(
                    ImmutablePhone::builder,
                    ImmutablePhone.Builder::build,
                    Phone::extensions,
                    ImmutablePhone.Builder::putAllExtensions)
            .required("id", STRING, Phone::id, ImmutablePhone.Builder::id)
            .optional("contact_id", STRING, Phone::contactId, ImmutablePhone.Builder::contactId)
            .required("number", STRING, Phone::number, ImmutablePhone.Builder::number)
            .optional("description", STRING, Phone::description, ImmutablePhone.Builder::description)
            .many("languages", LANGUAGE, Phone::languages, ImmutablePhone.Builder::addLanguage)
            .many("metadata", METADATA, Phone::metadata, ImmutablePhone.Builder::addMetadata)
            .build();

    /** The {@code contact} object. */
    static final ObjectCodec<Contact, ImmutableContact.Builder> CONTACT =
            ObjectCodec.<Contact, ImmutableContact.Builder>declare(
                            ImmutableContact::builder,
                            ImmutableContact.Builder::build,
                            Contact::extensions,
                            ImmutableContact.Builder::putAllExtensions)
                    .required("id", STRING, Contact::id, ImmutableContact.Builder::id)
                    .optional("service_id", STRING, Contact::serviceId, ImmutableContact.Builder::serviceId)
                    .optional("name", STRING, Contact::name, ImmutableContact.Builder::name)
                    .optional("title", STRING, Contact::title, ImmutableContact.Builder::title)
                    .many("phones", PHONE, Contact::phones, ImmutableContact.Builder::addPhone)
                    .many("attributes", ATTRIBUTE, Contact::attributes, ImmutableContact.Builder::addAttribute)
                    .many("metadata", METADATA, Contact::metadata, ImmutableContact.Builder::addMetadata)
                    .build();

    /** The {@code funding} object. */
    static final ObjectCodec<Funding, ImmutableFunding.Builder> FUNDING =
            ObjectCodec.<Funding, ImmutableFunding.Builder>declare(
                            ImmutableFunding::builder,
                            ImmutableFunding.Builder::build,
                            Funding::extensions,
                            ImmutableFunding.Builder::putAllExtensions)
                    .required("id", STRING, Funding::id, ImmutableFunding.Builder::id)
                    .optional("service_id", STRING, Funding::serviceId, ImmutableFunding.Builder::serviceId)
                    .optional("source", STRING, Funding::source, ImmutableFunding.Builder::source)
                    .many("metadata", METADATA, Funding::metadata, ImmutableFunding.Builder::addMetadata)
                    .build();

    /** The {@code cost_option} object. */
    static final ObjectCodec<CostOption, ImmutableCostOption.Builder> COST_OPTION =
            ObjectCodec.<CostOption, ImmutableCostOption.Builder>declare(
                            ImmutableCostOption::builder,
                            ImmutableCostOption.Builder::build,
                            CostOption::extensions,
                            ImmutableCostOption.Builder::putAllExtensions)
                    .required("id", STRING, CostOption::id, ImmutableCostOption.Builder::id)
                    .optional("service_id", STRING, CostOption::serviceId, ImmutableCostOption.Builder::serviceId)
                    .optional("valid_from", STRING, CostOption::validFrom, ImmutableCostOption.Builder::validFrom)
                    .optional("valid_to", STRING, CostOption::validTo, ImmutableCostOption.Builder::validTo)
                    .optional("option", STRING, CostOption::option, ImmutableCostOption.Builder::option)
                    .optional("amount", NUMBER, CostOption::amount, ImmutableCostOption.Builder::amount)
                    .optional(
                            "amount_description",
                            STRING,
                            CostOption::amountDescription,
                            ImmutableCostOption.Builder::amountDescription)
                    .many("metadata", METADATA, CostOption::metadata, ImmutableCostOption.Builder::addMetadata)
                    .build();

    /** The {@code service_area} object. */
    static final ObjectCodec<ServiceArea, ImmutableServiceArea.Builder> SERVICE_AREA =
            ObjectCodec.<ServiceArea, ImmutableServiceArea.Builder>declare(
                            ImmutableServiceArea::builder,
                            ImmutableServiceArea.Builder::build,
                            ServiceArea::extensions,
                            ImmutableServiceArea.Builder::putAllExtensions)
                    .required("id", STRING, ServiceArea::id, ImmutableServiceArea.Builder::id)
                    .optional("service_id", STRING, ServiceArea::serviceId, ImmutableServiceArea.Builder::serviceId)
                    .optional("name", STRING, ServiceArea::name, ImmutableServiceArea.Builder::name)
                    .optional("extent", STRING, ServiceArea::extent, ImmutableServiceArea.Builder::extent)
                    .optional("extent_type", STRING, ServiceArea::extentType, ImmutableServiceArea.Builder::extentType)
                    .optional("uri", STRING, ServiceArea::uri, ImmutableServiceArea.Builder::uri)
                    .optional(
                            "service_area", STRING, ServiceArea::serviceArea, ImmutableServiceArea.Builder::serviceArea)
                    .many("metadata", METADATA, ServiceArea::metadata, ImmutableServiceArea.Builder::addMetadata)
                    .build();

    /** The {@code schedule} object. */
    static final ObjectCodec<Schedule, ImmutableSchedule.Builder> SCHEDULE =
            ObjectCodec.<Schedule, ImmutableSchedule.Builder>declare(
                            ImmutableSchedule::builder,
                            ImmutableSchedule.Builder::build,
                            Schedule::extensions,
                            ImmutableSchedule.Builder::putAllExtensions)
                    .required("id", STRING, Schedule::id, ImmutableSchedule.Builder::id)
                    .optional("service_id", STRING, Schedule::serviceId, ImmutableSchedule.Builder::serviceId)
                    .optional(
                            "service_at_location_id",
                            STRING,
                            Schedule::serviceAtLocationId,
                            ImmutableSchedule.Builder::serviceAtLocationId)
                    .optional("valid_from", STRING, Schedule::validFrom, ImmutableSchedule.Builder::validFrom)
                    .optional("valid_to", STRING, Schedule::validTo, ImmutableSchedule.Builder::validTo)
                    .optional("dtstart", STRING, Schedule::dtStart, ImmutableSchedule.Builder::dtStart)
                    .optional("freq", SCHEDULE_FREQUENCY, Schedule::freq, ImmutableSchedule.Builder::freq)
                    .optional("interval", NUMBER, Schedule::interval, ImmutableSchedule.Builder::interval)
                    .optional("byday", STRING, Schedule::byDay, ImmutableSchedule.Builder::byDay)
                    .optional("bymonthday", STRING, Schedule::byMonthDay, ImmutableSchedule.Builder::byMonthDay)
                    .optional("description", STRING, Schedule::description, ImmutableSchedule.Builder::description)
                    .optional("opens_at", STRING, Schedule::opensAt, ImmutableSchedule.Builder::opensAt)
                    .optional("closes_at", STRING, Schedule::closesAt, ImmutableSchedule.Builder::closesAt)
                    .optional("schedule_link", STRING, Schedule::scheduleLink, ImmutableSchedule.Builder::scheduleLink)
                    .optional(
                            "attending_type", STRING, Schedule::attendingType, ImmutableSchedule.Builder::attendingType)
                    .optional("notes", STRING, Schedule::notes, ImmutableSchedule.Builder::notes)
                    .many("metadata", METADATA, Schedule::metadata, ImmutableSchedule.Builder::addMetadata)
                    .build();

    /** The {@code accessibility} object. */
    static final ObjectCodec<Accessibility, ImmutableAccessibility.Builder> ACCESSIBILITY =
            ObjectCodec.<Accessibility, ImmutableAccessibility.Builder>declare(
                            ImmutableAccessibility::builder,
                            ImmutableAccessibility.Builder::build,
                            Accessibility::extensions,
                            ImmutableAccessibility.Builder::putAllExtensions)
                    .required("id", STRING, Accessibility::id, ImmutableAccessibility.Builder::id)
                    .optional(
                            "location_id",
                            STRING,
                            Accessibility::locationId,
                            ImmutableAccessibility.Builder::locationId)
                    .optional(
                            "description",
                            STRING,
                            Accessibility::description,
                            ImmutableAccessibility.Builder::description)
                    .optional("details", STRING, Accessibility::details, ImmutableAccessibility.Builder::details)
                    .optional("url", STRING, Accessibility::url, ImmutableAccessibility.Builder::url)
                    .many(
                            "attributes",
                            ATTRIBUTE,
                            Accessibility::attributes,
                            ImmutableAccessibility.Builder::addAttribute)
                    .optional(
                            "accessibility",
                            STRING,
                            Accessibility::accessibility,
                            ImmutableAccessibility.Builder::accessibility)
                    .many("metadata", METADATA, Accessibility::metadata, ImmutableAccessibility.Builder::addMetadata)
                    .build();

    /** The {@code address} object. */
    static final ObjectCodec<Address, ImmutableAddress.Builder> ADDRESS =
            ObjectCodec.<Address, ImmutableAddress.Builder>declare(
                            ImmutableAddress::builder,
                            ImmutableAddress.Builder::build,
                            Address::extensions,
                            ImmutableAddress.Builder::putAllExtensions)
                    .required("id", STRING, Address::id, ImmutableAddress.Builder::id)
                    .optional("location_id", STRING, Address::locationId, ImmutableAddress.Builder::locationId)
                    .optional("attention", STRING, Address::attention, ImmutableAddress.Builder::attention)
                    .required("address_1", STRING, Address::address1, ImmutableAddress.Builder::address1)
                    .required("city", STRING, Address::city, ImmutableAddress.Builder::city)
                    .optional("region", STRING, Address::region, ImmutableAddress.Builder::region)
                    .required("state_province", STRING, Address::stateProvince, ImmutableAddress.Builder::stateProvince)
                    .required("postal_code", STRING, Address::postalCode, ImmutableAddress.Builder::postalCode)
                    .required("country", STRING, Address::country, ImmutableAddress.Builder::country)
                    .required("address_type", ADDRESS_TYPE, Address::addressType, ImmutableAddress.Builder::addressType)
                    .many("attributes", ATTRIBUTE, Address::attributes, ImmutableAddress.Builder::addAttribute)
                    .many("metadata", METADATA, Address::metadata, ImmutableAddress.Builder::addMetadata)
                    .build();

    /** The {@code location} object. */
    static final ObjectCodec<Location, ImmutableLocation.Builder> LOCATION =
            ObjectCodec.<Location, ImmutableLocation.Builder>declare(
                            ImmutableLocation::builder,
                            ImmutableLocation.Builder::build,
                            Location::extensions,
                            ImmutableLocation.Builder::putAllExtensions)
                    .required("id", STRING, Location::id, ImmutableLocation.Builder::id)
                    .required(
                            "location_type",
                            LOCATION_TYPE,
                            Location::locationType,
                            ImmutableLocation.Builder::locationType)
                    .optional("name", STRING, Location::name, ImmutableLocation.Builder::name)
                    .optional("description", STRING, Location::description, ImmutableLocation.Builder::description)
                    .optional("latitude", NUMBER, Location::latitude, ImmutableLocation.Builder::latitude)
                    .optional("longitude", NUMBER, Location::longitude, ImmutableLocation.Builder::longitude)
                    .optional(
                            "external_identifier",
                            STRING,
                            Location::externalIdentifier,
                            ImmutableLocation.Builder::externalIdentifier)
                    .optional(
                            "external_identifier_type",
                            STRING,
                            Location::externalIdentifierType,
                            ImmutableLocation.Builder::externalIdentifierType)
                    .many("addresses", ADDRESS, Location::addresses, (builder, value) -> builder.addAddresses(value))
                    .many(
                            "accessibility",
                            ACCESSIBILITY,
                            Location::accessibility,
                            ImmutableLocation.Builder::addAccessibility)
                    .many("phones", PHONE, Location::phones, ImmutableLocation.Builder::addPhone)
                    .many("attributes", ATTRIBUTE, Location::attributes, ImmutableLocation.Builder::addAttribute)
                    .many("metadata", METADATA, Location::metadata, ImmutableLocation.Builder::addMetadata)
                    .build();

    /** The {@code organization_identifier} object. */
    static final ObjectCodec<OrganizationIdentifier, ImmutableOrganizationIdentifier.Builder> ORGANIZATION_IDENTIFIER =
            ObjectCodec.<OrganizationIdentifier, ImmutableOrganizationIdentifier.Builder>declare(
                            ImmutableOrganizationIdentifier::builder,
                            ImmutableOrganizationIdentifier.Builder::build,
                            OrganizationIdentifier::extensions,
                            ImmutableOrganizationIdentifier.Builder::putAllExtensions)
                    .required("id", STRING, OrganizationIdentifier::id, ImmutableOrganizationIdentifier.Builder::id)
                    .optional(
                            "organization_id",
                            STRING,
                            OrganizationIdentifier::organizationId,
                            ImmutableOrganizationIdentifier.Builder::organizationId)
                    .optional(
                            "identifier_scheme",
                            STRING,
                            OrganizationIdentifier::identifierScheme,
                            ImmutableOrganizationIdentifier.Builder::identifierScheme)
                    .required(
                            "identifier_type",
                            STRING,
                            OrganizationIdentifier::identifierType,
                            ImmutableOrganizationIdentifier.Builder::identifierType)
                    .required(
                            "identifier",
                            STRING,
                            OrganizationIdentifier::identifier,
                            ImmutableOrganizationIdentifier.Builder::identifier)
                    .many(
                            "attributes",
                            ATTRIBUTE,
                            OrganizationIdentifier::attributes,
                            ImmutableOrganizationIdentifier.Builder::addAttribute)
                    .many(
                            "metadata",
                            METADATA,
                            OrganizationIdentifier::metadata,
                            ImmutableOrganizationIdentifier.Builder::addMetadata)
                    .build();

    /** The {@code organization} object. */
    static final ObjectCodec<Organization, ImmutableOrganization.Builder> ORGANIZATION =
            ObjectCodec.<Organization, ImmutableOrganization.Builder>declare(
                            ImmutableOrganization::builder,
                            ImmutableOrganization.Builder::build,
                            Organization::extensions,
                            ImmutableOrganization.Builder::putAllExtensions)
                    .required("id", STRING, Organization::id, ImmutableOrganization.Builder::id)
                    .required("name", STRING, Organization::name, ImmutableOrganization.Builder::name)
                    .required(
                            "description",
                            STRING,
                            Organization::description,
                            ImmutableOrganization.Builder::description)
                    .optional("email", STRING, Organization::email, ImmutableOrganization.Builder::email)
                    .optional("website", STRING, Organization::website, ImmutableOrganization.Builder::website)
                    .optional("logo", STRING, Organization::logo, ImmutableOrganization.Builder::logo)
                    .optional("uri", STRING, Organization::uri, ImmutableOrganization.Builder::uri)
                    .optional(
                            "parent_organization_id",
                            STRING,
                            Organization::parentOrganizationId,
                            ImmutableOrganization.Builder::parentOrganizationId)
                    .many("phones", PHONE, Organization::phones, ImmutableOrganization.Builder::addPhone)
                    .many(
                            "organization_identifiers",
                            ORGANIZATION_IDENTIFIER,
                            Organization::organizationIdentifiers,
                            ImmutableOrganization.Builder::addOrganizationIdentifier)
                    .many(
                            "attributes",
                            ATTRIBUTE,
                            Organization::attributes,
                            ImmutableOrganization.Builder::addAttribute)
                    .many("services", LAZY_SERVICE, Organization::services, ImmutableOrganization.Builder::addService)
                    .many("metadata", METADATA, Organization::metadata, ImmutableOrganization.Builder::addMetadata)
                    .build();

    /** The {@code service_at_location} object. */
    static final ObjectCodec<ServiceAtLocation, ImmutableServiceAtLocation.Builder> SERVICE_AT_LOCATION =
            ObjectCodec.<ServiceAtLocation, ImmutableServiceAtLocation.Builder>declare(
                            ImmutableServiceAtLocation::builder,
                            ImmutableServiceAtLocation.Builder::build,
                            ServiceAtLocation::extensions,
                            ImmutableServiceAtLocation.Builder::putAllExtensions)
                    .required("id", STRING, ServiceAtLocation::id, ImmutableServiceAtLocation.Builder::id)
                    .optional(
                            "service_id",
                            STRING,
                            ServiceAtLocation::serviceId,
                            ImmutableServiceAtLocation.Builder::serviceId)
                    .optional(
                            "location_id",
                            STRING,
                            ServiceAtLocation::locationId,
                            ImmutableServiceAtLocation.Builder::locationId)
                    .many("phones", PHONE, ServiceAtLocation::phones, ImmutableServiceAtLocation.Builder::addPhone)
                    .optional(
                            "location",
                            LOCATION,
                            ServiceAtLocation::location,
                            ImmutableServiceAtLocation.Builder::location)
                    .optional(
                            "service",
                            LAZY_SERVICE,
                            ServiceAtLocation::service,
                            ImmutableServiceAtLocation.Builder::service)
                    .many(
                            "metadata",
                            METADATA,
                            ServiceAtLocation::metadata,
                            ImmutableServiceAtLocation.Builder::addMetadata)
                    .build();

    /** The {@code service} object. */
    static final ObjectCodec<Service, ImmutableService.Builder> SERVICE =
            ObjectCodec.<Service, ImmutableService.Builder>declare(
                            ImmutableService::builder,
                            ImmutableService.Builder::build,
                            Service::extensions,
                            ImmutableService.Builder::putAllExtensions)
                    .required("id", STRING, Service::id, ImmutableService.Builder::id)
                    .optional(
                            "organization_id",
                            STRING,
                            Service::organizationId,
                            ImmutableService.Builder::organizationId)
                    .required("name", STRING, Service::name, ImmutableService.Builder::name)
                    .optional("description", STRING, Service::description, ImmutableService.Builder::description)
                    .optional("url", STRING, Service::url, ImmutableService.Builder::url)
                    .optional("email", STRING, Service::email, ImmutableService.Builder::email)
                    .required("status", SERVICE_STATUS, Service::status, ImmutableService.Builder::status)
                    .optional("fees", STRING, Service::fees, ImmutableService.Builder::fees)
                    .optional(
                            "accreditations", STRING, Service::accreditations, ImmutableService.Builder::accreditations)
                    .optional("minimum_age", NUMBER, Service::minimumAge, ImmutableService.Builder::minimumAge)
                    .optional("maximum_age", NUMBER, Service::maximumAge, ImmutableService.Builder::maximumAge)
                    .optional("assured_date", STRING, Service::assuredDate, ImmutableService.Builder::assuredDate)
                    .optional("assurer_email", STRING, Service::assurerEmail, ImmutableService.Builder::assurerEmail)
                    .optional("alert", STRING, Service::alert, ImmutableService.Builder::alert)
                    .optional("last_modified", STRING, Service::lastModified, ImmutableService.Builder::lastModified)
                    .many("phones", PHONE, Service::phones, ImmutableService.Builder::addPhone)
                    .many("schedules", SCHEDULE, Service::schedules, ImmutableService.Builder::addSchedule)
                    .many(
                            "service_areas",
                            SERVICE_AREA,
                            Service::serviceAreas,
                            ImmutableService.Builder::addServiceArea)
                    .many(
                            "service_at_locations",
                            SERVICE_AT_LOCATION,
                            Service::serviceAtLocations,
                            ImmutableService.Builder::addServiceAtLocation)
                    .many("languages", LANGUAGE, Service::languages, ImmutableService.Builder::addLanguage)
                    .optional(
                            "organization", ORGANIZATION, Service::organization, ImmutableService.Builder::organization)
                    .many("funding", FUNDING, Service::funding, ImmutableService.Builder::addFunding)
                    .many("cost_options", COST_OPTION, Service::costOptions, ImmutableService.Builder::addCostOption)
                    .many("contacts", CONTACT, Service::contacts, ImmutableService.Builder::addContact)
                    .many("attributes", ATTRIBUTE, Service::attributes, ImmutableService.Builder::addAttribute)
                    .many("metadata", METADATA, Service::metadata, ImmutableService.Builder::addMetadata)
                    .build();

    /** A record class paired with its codec. */
    private static final class RecordType<T extends OrukRecord> {
        private final Class<T> type;
        private final ObjectCodec<T, ?> codec;

        RecordType(Class<T> type, ObjectCodec<T, ?> codec) {
            this.type = type;
            this.codec = codec;
        }

        /** This codec, for a caller that asked for the record type as {@code wanted} (the type or a subtype). */
        <R> ValueCodec<R> as(Class<R> wanted) {
            return new ValueCodec<>() {
                @Override
                public R read(JsonParser parser, ReadContext context) throws IOException {
                    return wanted.cast(codec.read(parser, context));
                }

                @Override
                public void write(R value, JsonGenerator generator) throws IOException {
                    codec.write(type.cast(value), generator);
                }
            };
        }

        void check(OrukRecord record) {
            codec.checkExtensions(type.cast(record));
        }
    }

    private static final List<RecordType<?>> RECORD_TYPES = List.of(
            new RecordType<>(Service.class, SERVICE),
            new RecordType<>(Organization.class, ORGANIZATION),
            new RecordType<>(ServiceAtLocation.class, SERVICE_AT_LOCATION),
            new RecordType<>(Location.class, LOCATION),
            new RecordType<>(Address.class, ADDRESS),
            new RecordType<>(Accessibility.class, ACCESSIBILITY),
            new RecordType<>(Schedule.class, SCHEDULE),
            new RecordType<>(ServiceArea.class, SERVICE_AREA),
            new RecordType<>(CostOption.class, COST_OPTION),
            new RecordType<>(Funding.class, FUNDING),
            new RecordType<>(Contact.class, CONTACT),
            new RecordType<>(Phone.class, PHONE),
            new RecordType<>(Language.class, LANGUAGE),
            new RecordType<>(OrganizationIdentifier.class, ORGANIZATION_IDENTIFIER),
            new RecordType<>(Taxonomy.class, TAXONOMY),
            new RecordType<>(TaxonomyTerm.class, TAXONOMY_TERM),
            new RecordType<>(Attribute.class, ATTRIBUTE),
            new RecordType<>(Metadata.class, METADATA));

    private OrukSchema() {}

    /** @return whether the type is a record interface of this package, or its generated implementation */
    static boolean isRecordType(Class<?> type) {
        return RECORD_TYPES.stream().anyMatch(known -> known.type.isAssignableFrom(type));
    }

    /**
     * @param type a record interface of this package, or its generated implementation
     * @return the codec of that record type
     * @throws IllegalArgumentException if the type is not one of this package's record types
     */
    static <T extends OrukRecord> ValueCodec<T> codec(Class<T> type) {
        for (RecordType<?> known : RECORD_TYPES) {
            if (known.type.isAssignableFrom(type)) {
                return known.as(type);
            }
        }
        throw new IllegalArgumentException(
                type.getName() + " is not an ORUK record type of " + OrukRecord.class.getPackageName());
    }

    /** @return a codec that writes any record with its own type's codec (it cannot read) */
    static <T extends OrukRecord> ValueCodec<T> anyRecord() {
        return new ValueCodec<>() {
            @Override
            public T read(JsonParser parser, ReadContext context) {
                throw new UnsupportedOperationException("a record of unknown type cannot be read");
            }

            @Override
            public void write(T value, JsonGenerator generator) throws IOException {
                typeOf(value).as(OrukRecord.class).write(value, generator);
            }
        };
    }

    /** The page envelope around records read and written by {@code items}. */
    static <T> ObjectCodec<Page<T>, ImmutablePage.Builder<T>> page(ValueCodec<T> items) {
        return ObjectCodec.<Page<T>, ImmutablePage.Builder<T>>declare(
                        ImmutablePage::builder,
                        ImmutablePage.Builder::build,
                        Page::extensions,
                        ImmutablePage.Builder::putAllExtensions)
                .optional("total_items", INTEGER, page -> boxed(page.totalItems()), ImmutablePage.Builder::totalItems)
                .optional("total_pages", INTEGER, page -> boxed(page.totalPages()), ImmutablePage.Builder::totalPages)
                .optional("page_number", INTEGER, page -> boxed(page.pageNumber()), ImmutablePage.Builder::pageNumber)
                .optional("size", INTEGER, page -> boxed(page.size()), ImmutablePage.Builder::size)
                .optional("first_page", BOOLEAN, Page::firstPage, ImmutablePage.Builder::firstPage)
                .optional("last_page", BOOLEAN, Page::lastPage, ImmutablePage.Builder::lastPage)
                .optional("empty", BOOLEAN, Page::empty, ImmutablePage.Builder::empty)
                .requiredMany("contents", items, Page::contents, ImmutablePage.Builder::addContent)
                .build();
    }

    /** @see OrukRecord#checkExtensions() */
    static void checkExtensions(OrukRecord record) {
        typeOf(record).check(record);
    }

    /** @see Page#checkExtensions() */
    static <T> void checkPage(Page<T> page) {
        // The envelope's rule does not depend on the records, so a codec that never reads them will do.
        OrukSchema.<T>page(ValueCodec.lazy(() -> {
                    throw new IllegalStateException("not used to check a page");
                }))
                .checkExtensions(page);
    }

    private static RecordType<?> typeOf(OrukRecord record) {
        for (RecordType<?> known : RECORD_TYPES) {
            if (known.type.isInstance(record)) {
                return known;
            }
        }
        throw new IllegalArgumentException(
                record.getClass().getName() + " is not an ORUK record type of " + OrukRecord.class.getPackageName());
    }

    private static Optional<Integer> boxed(OptionalInt value) {
        return value.isPresent() ? Optional.of(value.getAsInt()) : Optional.empty();
    }
}

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

    static final ValueCodec<OrukServiceStatus> SERVICE_STATUS =
            Scalars.enumeration(OrukServiceStatus.class, OrukServiceStatus::code);
    static final ValueCodec<OrukLocationType> LOCATION_TYPE =
            Scalars.enumeration(OrukLocationType.class, OrukLocationType::code);
    static final ValueCodec<OrukAddressType> ADDRESS_TYPE =
            Scalars.enumeration(OrukAddressType.class, OrukAddressType::code);
    static final ValueCodec<OrukScheduleFrequency> SCHEDULE_FREQUENCY =
            Scalars.enumeration(OrukScheduleFrequency.class, OrukScheduleFrequency::code);

    private static final ValueCodec<OrukService> LAZY_SERVICE = ValueCodec.lazy(() -> OrukSchema.SERVICE);

    /** The {@code metadata} object. */
    static final ObjectCodec<OrukMetadata, OrukMetadata.Builder> METADATA =
            ObjectCodec.<OrukMetadata, OrukMetadata.Builder>declare(
                            OrukMetadata::builder,
                            OrukMetadata.Builder::build,
                            OrukMetadata::extensions,
                            OrukMetadata.Builder::putAllExtensions)
                    .required("id", STRING, OrukMetadata::id, OrukMetadata.Builder::id)
                    .optional("resource_id", STRING, OrukMetadata::resourceId, OrukMetadata.Builder::resourceId)
                    .optional("resource_type", STRING, OrukMetadata::resourceType, OrukMetadata.Builder::resourceType)
                    .required(
                            "last_action_date",
                            STRING,
                            OrukMetadata::lastActionDate,
                            OrukMetadata.Builder::lastActionDate)
                    .required(
                            "last_action_type",
                            STRING,
                            OrukMetadata::lastActionType,
                            OrukMetadata.Builder::lastActionType)
                    .required("field_name", STRING, OrukMetadata::fieldName, OrukMetadata.Builder::fieldName)
                    .required(
                            "previous_value", STRING, OrukMetadata::previousValue, OrukMetadata.Builder::previousValue)
                    .required(
                            "replacement_value",
                            STRING,
                            OrukMetadata::replacementValue,
                            OrukMetadata.Builder::replacementValue)
                    .required("updated_by", STRING, OrukMetadata::updatedBy, OrukMetadata.Builder::updatedBy)
                    .build();

    /** The {@code taxonomy_term} object. */
    static final ObjectCodec<OrukTaxonomyTerm, OrukTaxonomyTerm.Builder> TAXONOMY_TERM =
            ObjectCodec.<OrukTaxonomyTerm, OrukTaxonomyTerm.Builder>declare(
                            OrukTaxonomyTerm::builder,
                            OrukTaxonomyTerm.Builder::build,
                            OrukTaxonomyTerm::extensions,
                            OrukTaxonomyTerm.Builder::putAllExtensions)
                    .required("id", STRING, OrukTaxonomyTerm::id, OrukTaxonomyTerm.Builder::id)
                    .required("name", STRING, OrukTaxonomyTerm::name, OrukTaxonomyTerm.Builder::name)
                    .required(
                            "description", STRING, OrukTaxonomyTerm::description, OrukTaxonomyTerm.Builder::description)
                    .optional("parent_id", STRING, OrukTaxonomyTerm::parentId, OrukTaxonomyTerm.Builder::parentId)
                    .optional("taxonomy", STRING, OrukTaxonomyTerm::taxonomy, OrukTaxonomyTerm.Builder::taxonomy)
                    .optional("taxonomy_id", STRING, OrukTaxonomyTerm::taxonomyId, OrukTaxonomyTerm.Builder::taxonomyId)
                    .optional("term_uri", STRING, OrukTaxonomyTerm::termUri, OrukTaxonomyTerm.Builder::termUri)
                    .optional("term", STRING, OrukTaxonomyTerm::term, OrukTaxonomyTerm.Builder::term)
                    .many("metadata", METADATA, OrukTaxonomyTerm::metadata, OrukTaxonomyTerm.Builder::addMetadata)
                    .build();

    /** The {@code attribute} object. */
    static final ObjectCodec<OrukAttribute, OrukAttribute.Builder> ATTRIBUTE =
            ObjectCodec.<OrukAttribute, OrukAttribute.Builder>declare(
                            OrukAttribute::builder,
                            OrukAttribute.Builder::build,
                            OrukAttribute::extensions,
                            OrukAttribute.Builder::putAllExtensions)
                    .required("id", STRING, OrukAttribute::id, OrukAttribute.Builder::id)
                    .optional("link_id", STRING, OrukAttribute::linkId, OrukAttribute.Builder::linkId)
                    .optional(
                            "taxonomy_term_id",
                            STRING,
                            OrukAttribute::taxonomyTermId,
                            OrukAttribute.Builder::taxonomyTermId)
                    .optional("link_type", STRING, OrukAttribute::linkType, OrukAttribute.Builder::linkType)
                    .optional(
                            "taxonomy_term",
                            TAXONOMY_TERM,
                            OrukAttribute::taxonomyTerm,
                            OrukAttribute.Builder::taxonomyTerm)
                    .many("metadata", METADATA, OrukAttribute::metadata, OrukAttribute.Builder::addMetadata)
                    .build();

    /** The {@code taxonomy} object. */
    static final ObjectCodec<OrukTaxonomy, OrukTaxonomy.Builder> TAXONOMY =
            ObjectCodec.<OrukTaxonomy, OrukTaxonomy.Builder>declare(
                            OrukTaxonomy::builder,
                            OrukTaxonomy.Builder::build,
                            OrukTaxonomy::extensions,
                            OrukTaxonomy.Builder::putAllExtensions)
                    .required("id", STRING, OrukTaxonomy::id, OrukTaxonomy.Builder::id)
                    .required("name", STRING, OrukTaxonomy::name, OrukTaxonomy.Builder::name)
                    .required("description", STRING, OrukTaxonomy::description, OrukTaxonomy.Builder::description)
                    .optional("uri", STRING, OrukTaxonomy::uri, OrukTaxonomy.Builder::uri)
                    .optional("version", STRING, OrukTaxonomy::version, OrukTaxonomy.Builder::version)
                    .many(
                            "taxonomy_terms",
                            TAXONOMY_TERM,
                            OrukTaxonomy::taxonomyTerms,
                            OrukTaxonomy.Builder::addTaxonomyTerm)
                    .many("metadata", METADATA, OrukTaxonomy::metadata, OrukTaxonomy.Builder::addMetadata)
                    .build();

    /** The {@code language} object. */
    static final ObjectCodec<OrukLanguage, OrukLanguage.Builder> LANGUAGE =
            ObjectCodec.<OrukLanguage, OrukLanguage.Builder>declare(
                            OrukLanguage::builder,
                            OrukLanguage.Builder::build,
                            OrukLanguage::extensions,
                            OrukLanguage.Builder::putAllExtensions)
                    .required("id", STRING, OrukLanguage::id, OrukLanguage.Builder::id)
                    .optional("service_id", STRING, OrukLanguage::serviceId, OrukLanguage.Builder::serviceId)
                    .optional("phone_id", STRING, OrukLanguage::phoneId, OrukLanguage.Builder::phoneId)
                    .optional("name", STRING, OrukLanguage::name, OrukLanguage.Builder::name)
                    .optional("code", STRING, OrukLanguage::code, OrukLanguage.Builder::code)
                    .optional("note", STRING, OrukLanguage::note, OrukLanguage.Builder::note)
                    .many("metadata", METADATA, OrukLanguage::metadata, OrukLanguage.Builder::addMetadata)
                    .build();

    /** The {@code phone} object. */
    static final ObjectCodec<OrukPhone, OrukPhone.Builder> PHONE = ObjectCodec.<OrukPhone, OrukPhone.Builder>declare(
                    OrukPhone::builder,
                    OrukPhone.Builder::build,
                    OrukPhone::extensions,
                    OrukPhone.Builder::putAllExtensions)
            .required("id", STRING, OrukPhone::id, OrukPhone.Builder::id)
            .optional("contact_id", STRING, OrukPhone::contactId, OrukPhone.Builder::contactId)
            .required("number", STRING, OrukPhone::number, OrukPhone.Builder::number)
            .optional("description", STRING, OrukPhone::description, OrukPhone.Builder::description)
            .many("languages", LANGUAGE, OrukPhone::languages, OrukPhone.Builder::addLanguage)
            .many("metadata", METADATA, OrukPhone::metadata, OrukPhone.Builder::addMetadata)
            .build();

    /** The {@code contact} object. */
    static final ObjectCodec<OrukContact, OrukContact.Builder> CONTACT =
            ObjectCodec.<OrukContact, OrukContact.Builder>declare(
                            OrukContact::builder,
                            OrukContact.Builder::build,
                            OrukContact::extensions,
                            OrukContact.Builder::putAllExtensions)
                    .required("id", STRING, OrukContact::id, OrukContact.Builder::id)
                    .optional("service_id", STRING, OrukContact::serviceId, OrukContact.Builder::serviceId)
                    .optional("name", STRING, OrukContact::name, OrukContact.Builder::name)
                    .optional("title", STRING, OrukContact::title, OrukContact.Builder::title)
                    .many("phones", PHONE, OrukContact::phones, OrukContact.Builder::addPhone)
                    .many("attributes", ATTRIBUTE, OrukContact::attributes, OrukContact.Builder::addAttribute)
                    .many("metadata", METADATA, OrukContact::metadata, OrukContact.Builder::addMetadata)
                    .build();

    /** The {@code funding} object. */
    static final ObjectCodec<OrukFunding, OrukFunding.Builder> FUNDING =
            ObjectCodec.<OrukFunding, OrukFunding.Builder>declare(
                            OrukFunding::builder,
                            OrukFunding.Builder::build,
                            OrukFunding::extensions,
                            OrukFunding.Builder::putAllExtensions)
                    .required("id", STRING, OrukFunding::id, OrukFunding.Builder::id)
                    .optional("service_id", STRING, OrukFunding::serviceId, OrukFunding.Builder::serviceId)
                    .optional("source", STRING, OrukFunding::source, OrukFunding.Builder::source)
                    .many("metadata", METADATA, OrukFunding::metadata, OrukFunding.Builder::addMetadata)
                    .build();

    /** The {@code cost_option} object. */
    static final ObjectCodec<OrukCostOption, OrukCostOption.Builder> COST_OPTION =
            ObjectCodec.<OrukCostOption, OrukCostOption.Builder>declare(
                            OrukCostOption::builder,
                            OrukCostOption.Builder::build,
                            OrukCostOption::extensions,
                            OrukCostOption.Builder::putAllExtensions)
                    .required("id", STRING, OrukCostOption::id, OrukCostOption.Builder::id)
                    .optional("service_id", STRING, OrukCostOption::serviceId, OrukCostOption.Builder::serviceId)
                    .optional("valid_from", STRING, OrukCostOption::validFrom, OrukCostOption.Builder::validFrom)
                    .optional("valid_to", STRING, OrukCostOption::validTo, OrukCostOption.Builder::validTo)
                    .optional("option", STRING, OrukCostOption::option, OrukCostOption.Builder::option)
                    .optional("amount", NUMBER, OrukCostOption::amount, OrukCostOption.Builder::amount)
                    .optional(
                            "amount_description",
                            STRING,
                            OrukCostOption::amountDescription,
                            OrukCostOption.Builder::amountDescription)
                    .many("metadata", METADATA, OrukCostOption::metadata, OrukCostOption.Builder::addMetadata)
                    .build();

    /** The {@code service_area} object. */
    static final ObjectCodec<OrukServiceArea, OrukServiceArea.Builder> SERVICE_AREA =
            ObjectCodec.<OrukServiceArea, OrukServiceArea.Builder>declare(
                            OrukServiceArea::builder,
                            OrukServiceArea.Builder::build,
                            OrukServiceArea::extensions,
                            OrukServiceArea.Builder::putAllExtensions)
                    .required("id", STRING, OrukServiceArea::id, OrukServiceArea.Builder::id)
                    .optional("service_id", STRING, OrukServiceArea::serviceId, OrukServiceArea.Builder::serviceId)
                    .optional("name", STRING, OrukServiceArea::name, OrukServiceArea.Builder::name)
                    .optional("extent", STRING, OrukServiceArea::extent, OrukServiceArea.Builder::extent)
                    .optional("extent_type", STRING, OrukServiceArea::extentType, OrukServiceArea.Builder::extentType)
                    .optional("uri", STRING, OrukServiceArea::uri, OrukServiceArea.Builder::uri)
                    .optional(
                            "service_area", STRING, OrukServiceArea::serviceArea, OrukServiceArea.Builder::serviceArea)
                    .many("metadata", METADATA, OrukServiceArea::metadata, OrukServiceArea.Builder::addMetadata)
                    .build();

    /** The {@code schedule} object. */
    static final ObjectCodec<OrukSchedule, OrukSchedule.Builder> SCHEDULE =
            ObjectCodec.<OrukSchedule, OrukSchedule.Builder>declare(
                            OrukSchedule::builder,
                            OrukSchedule.Builder::build,
                            OrukSchedule::extensions,
                            OrukSchedule.Builder::putAllExtensions)
                    .required("id", STRING, OrukSchedule::id, OrukSchedule.Builder::id)
                    .optional("service_id", STRING, OrukSchedule::serviceId, OrukSchedule.Builder::serviceId)
                    .optional(
                            "service_at_location_id",
                            STRING,
                            OrukSchedule::serviceAtLocationId,
                            OrukSchedule.Builder::serviceAtLocationId)
                    .optional("valid_from", STRING, OrukSchedule::validFrom, OrukSchedule.Builder::validFrom)
                    .optional("valid_to", STRING, OrukSchedule::validTo, OrukSchedule.Builder::validTo)
                    .optional("dtstart", STRING, OrukSchedule::dtStart, OrukSchedule.Builder::dtStart)
                    .optional("freq", SCHEDULE_FREQUENCY, OrukSchedule::freq, OrukSchedule.Builder::freq)
                    .optional("interval", NUMBER, OrukSchedule::interval, OrukSchedule.Builder::interval)
                    .optional("byday", STRING, OrukSchedule::byDay, OrukSchedule.Builder::byDay)
                    .optional("bymonthday", STRING, OrukSchedule::byMonthDay, OrukSchedule.Builder::byMonthDay)
                    .optional("description", STRING, OrukSchedule::description, OrukSchedule.Builder::description)
                    .optional("opens_at", STRING, OrukSchedule::opensAt, OrukSchedule.Builder::opensAt)
                    .optional("closes_at", STRING, OrukSchedule::closesAt, OrukSchedule.Builder::closesAt)
                    .optional("schedule_link", STRING, OrukSchedule::scheduleLink, OrukSchedule.Builder::scheduleLink)
                    .optional(
                            "attending_type", STRING, OrukSchedule::attendingType, OrukSchedule.Builder::attendingType)
                    .optional("notes", STRING, OrukSchedule::notes, OrukSchedule.Builder::notes)
                    .many("metadata", METADATA, OrukSchedule::metadata, OrukSchedule.Builder::addMetadata)
                    .build();

    /** The {@code accessibility} object. */
    static final ObjectCodec<OrukAccessibility, OrukAccessibility.Builder> ACCESSIBILITY =
            ObjectCodec.<OrukAccessibility, OrukAccessibility.Builder>declare(
                            OrukAccessibility::builder,
                            OrukAccessibility.Builder::build,
                            OrukAccessibility::extensions,
                            OrukAccessibility.Builder::putAllExtensions)
                    .required("id", STRING, OrukAccessibility::id, OrukAccessibility.Builder::id)
                    .optional(
                            "location_id", STRING, OrukAccessibility::locationId, OrukAccessibility.Builder::locationId)
                    .optional(
                            "description",
                            STRING,
                            OrukAccessibility::description,
                            OrukAccessibility.Builder::description)
                    .optional("details", STRING, OrukAccessibility::details, OrukAccessibility.Builder::details)
                    .optional("url", STRING, OrukAccessibility::url, OrukAccessibility.Builder::url)
                    .many(
                            "attributes",
                            ATTRIBUTE,
                            OrukAccessibility::attributes,
                            OrukAccessibility.Builder::addAttribute)
                    .optional(
                            "accessibility",
                            STRING,
                            OrukAccessibility::accessibility,
                            OrukAccessibility.Builder::accessibility)
                    .many("metadata", METADATA, OrukAccessibility::metadata, OrukAccessibility.Builder::addMetadata)
                    .build();

    /** The {@code address} object. */
    static final ObjectCodec<OrukAddress, OrukAddress.Builder> ADDRESS =
            ObjectCodec.<OrukAddress, OrukAddress.Builder>declare(
                            OrukAddress::builder,
                            OrukAddress.Builder::build,
                            OrukAddress::extensions,
                            OrukAddress.Builder::putAllExtensions)
                    .required("id", STRING, OrukAddress::id, OrukAddress.Builder::id)
                    .optional("location_id", STRING, OrukAddress::locationId, OrukAddress.Builder::locationId)
                    .optional("attention", STRING, OrukAddress::attention, OrukAddress.Builder::attention)
                    .required("address_1", STRING, OrukAddress::address1, OrukAddress.Builder::address1)
                    .required("city", STRING, OrukAddress::city, OrukAddress.Builder::city)
                    .optional("region", STRING, OrukAddress::region, OrukAddress.Builder::region)
                    .required("state_province", STRING, OrukAddress::stateProvince, OrukAddress.Builder::stateProvince)
                    .required("postal_code", STRING, OrukAddress::postalCode, OrukAddress.Builder::postalCode)
                    .required("country", STRING, OrukAddress::country, OrukAddress.Builder::country)
                    .required("address_type", ADDRESS_TYPE, OrukAddress::addressType, OrukAddress.Builder::addressType)
                    .many("attributes", ATTRIBUTE, OrukAddress::attributes, OrukAddress.Builder::addAttribute)
                    .many("metadata", METADATA, OrukAddress::metadata, OrukAddress.Builder::addMetadata)
                    .build();

    /** The {@code location} object. */
    static final ObjectCodec<OrukLocation, OrukLocation.Builder> LOCATION =
            ObjectCodec.<OrukLocation, OrukLocation.Builder>declare(
                            OrukLocation::builder,
                            OrukLocation.Builder::build,
                            OrukLocation::extensions,
                            OrukLocation.Builder::putAllExtensions)
                    .required("id", STRING, OrukLocation::id, OrukLocation.Builder::id)
                    .required(
                            "location_type",
                            LOCATION_TYPE,
                            OrukLocation::locationType,
                            OrukLocation.Builder::locationType)
                    .optional("name", STRING, OrukLocation::name, OrukLocation.Builder::name)
                    .optional("description", STRING, OrukLocation::description, OrukLocation.Builder::description)
                    .optional("latitude", NUMBER, OrukLocation::latitude, OrukLocation.Builder::latitude)
                    .optional("longitude", NUMBER, OrukLocation::longitude, OrukLocation.Builder::longitude)
                    .optional(
                            "external_identifier",
                            STRING,
                            OrukLocation::externalIdentifier,
                            OrukLocation.Builder::externalIdentifier)
                    .optional(
                            "external_identifier_type",
                            STRING,
                            OrukLocation::externalIdentifierType,
                            OrukLocation.Builder::externalIdentifierType)
                    .many(
                            "addresses",
                            ADDRESS,
                            OrukLocation::addresses,
                            (builder, value) -> builder.addAddresses(value))
                    .many(
                            "accessibility",
                            ACCESSIBILITY,
                            OrukLocation::accessibility,
                            OrukLocation.Builder::addAccessibility)
                    .many("phones", PHONE, OrukLocation::phones, OrukLocation.Builder::addPhone)
                    .many("attributes", ATTRIBUTE, OrukLocation::attributes, OrukLocation.Builder::addAttribute)
                    .many("metadata", METADATA, OrukLocation::metadata, OrukLocation.Builder::addMetadata)
                    .build();

    /** The {@code organization_identifier} object. */
    static final ObjectCodec<OrukOrganizationIdentifier, OrukOrganizationIdentifier.Builder> ORGANIZATION_IDENTIFIER =
            ObjectCodec.<OrukOrganizationIdentifier, OrukOrganizationIdentifier.Builder>declare(
                            OrukOrganizationIdentifier::builder,
                            OrukOrganizationIdentifier.Builder::build,
                            OrukOrganizationIdentifier::extensions,
                            OrukOrganizationIdentifier.Builder::putAllExtensions)
                    .required("id", STRING, OrukOrganizationIdentifier::id, OrukOrganizationIdentifier.Builder::id)
                    .optional(
                            "organization_id",
                            STRING,
                            OrukOrganizationIdentifier::organizationId,
                            OrukOrganizationIdentifier.Builder::organizationId)
                    .optional(
                            "identifier_scheme",
                            STRING,
                            OrukOrganizationIdentifier::identifierScheme,
                            OrukOrganizationIdentifier.Builder::identifierScheme)
                    .required(
                            "identifier_type",
                            STRING,
                            OrukOrganizationIdentifier::identifierType,
                            OrukOrganizationIdentifier.Builder::identifierType)
                    .required(
                            "identifier",
                            STRING,
                            OrukOrganizationIdentifier::identifier,
                            OrukOrganizationIdentifier.Builder::identifier)
                    .many(
                            "attributes",
                            ATTRIBUTE,
                            OrukOrganizationIdentifier::attributes,
                            OrukOrganizationIdentifier.Builder::addAttribute)
                    .many(
                            "metadata",
                            METADATA,
                            OrukOrganizationIdentifier::metadata,
                            OrukOrganizationIdentifier.Builder::addMetadata)
                    .build();

    /** The {@code organization} object. */
    static final ObjectCodec<OrukOrganization, OrukOrganization.Builder> ORGANIZATION =
            ObjectCodec.<OrukOrganization, OrukOrganization.Builder>declare(
                            OrukOrganization::builder,
                            OrukOrganization.Builder::build,
                            OrukOrganization::extensions,
                            OrukOrganization.Builder::putAllExtensions)
                    .required("id", STRING, OrukOrganization::id, OrukOrganization.Builder::id)
                    .required("name", STRING, OrukOrganization::name, OrukOrganization.Builder::name)
                    .required(
                            "description", STRING, OrukOrganization::description, OrukOrganization.Builder::description)
                    .optional("email", STRING, OrukOrganization::email, OrukOrganization.Builder::email)
                    .optional("website", STRING, OrukOrganization::website, OrukOrganization.Builder::website)
                    .optional("logo", STRING, OrukOrganization::logo, OrukOrganization.Builder::logo)
                    .optional("uri", STRING, OrukOrganization::uri, OrukOrganization.Builder::uri)
                    .optional(
                            "parent_organization_id",
                            STRING,
                            OrukOrganization::parentOrganizationId,
                            OrukOrganization.Builder::parentOrganizationId)
                    .many("phones", PHONE, OrukOrganization::phones, OrukOrganization.Builder::addPhone)
                    .many(
                            "organization_identifiers",
                            ORGANIZATION_IDENTIFIER,
                            OrukOrganization::organizationIdentifiers,
                            OrukOrganization.Builder::addOrganizationIdentifier)
                    .many("attributes", ATTRIBUTE, OrukOrganization::attributes, OrukOrganization.Builder::addAttribute)
                    .many("services", LAZY_SERVICE, OrukOrganization::services, OrukOrganization.Builder::addService)
                    .many("metadata", METADATA, OrukOrganization::metadata, OrukOrganization.Builder::addMetadata)
                    .build();

    /** The {@code service_at_location} object. */
    static final ObjectCodec<OrukServiceAtLocation, OrukServiceAtLocation.Builder> SERVICE_AT_LOCATION =
            ObjectCodec.<OrukServiceAtLocation, OrukServiceAtLocation.Builder>declare(
                            OrukServiceAtLocation::builder,
                            OrukServiceAtLocation.Builder::build,
                            OrukServiceAtLocation::extensions,
                            OrukServiceAtLocation.Builder::putAllExtensions)
                    .required("id", STRING, OrukServiceAtLocation::id, OrukServiceAtLocation.Builder::id)
                    .optional(
                            "service_id",
                            STRING,
                            OrukServiceAtLocation::serviceId,
                            OrukServiceAtLocation.Builder::serviceId)
                    .optional(
                            "location_id",
                            STRING,
                            OrukServiceAtLocation::locationId,
                            OrukServiceAtLocation.Builder::locationId)
                    .many("phones", PHONE, OrukServiceAtLocation::phones, OrukServiceAtLocation.Builder::addPhone)
                    .optional(
                            "location",
                            LOCATION,
                            OrukServiceAtLocation::location,
                            OrukServiceAtLocation.Builder::location)
                    .optional(
                            "service",
                            LAZY_SERVICE,
                            OrukServiceAtLocation::service,
                            OrukServiceAtLocation.Builder::service)
                    .many(
                            "metadata",
                            METADATA,
                            OrukServiceAtLocation::metadata,
                            OrukServiceAtLocation.Builder::addMetadata)
                    .build();

    /** The {@code service} object. */
    static final ObjectCodec<OrukService, OrukService.Builder> SERVICE =
            ObjectCodec.<OrukService, OrukService.Builder>declare(
                            OrukService::builder,
                            OrukService.Builder::build,
                            OrukService::extensions,
                            OrukService.Builder::putAllExtensions)
                    .required("id", STRING, OrukService::id, OrukService.Builder::id)
                    .optional(
                            "organization_id", STRING, OrukService::organizationId, OrukService.Builder::organizationId)
                    .required("name", STRING, OrukService::name, OrukService.Builder::name)
                    .optional("description", STRING, OrukService::description, OrukService.Builder::description)
                    .optional("url", STRING, OrukService::url, OrukService.Builder::url)
                    .optional("email", STRING, OrukService::email, OrukService.Builder::email)
                    .required("status", SERVICE_STATUS, OrukService::status, OrukService.Builder::status)
                    .optional("fees", STRING, OrukService::fees, OrukService.Builder::fees)
                    .optional(
                            "accreditations", STRING, OrukService::accreditations, OrukService.Builder::accreditations)
                    .optional("minimum_age", NUMBER, OrukService::minimumAge, OrukService.Builder::minimumAge)
                    .optional("maximum_age", NUMBER, OrukService::maximumAge, OrukService.Builder::maximumAge)
                    .optional("assured_date", STRING, OrukService::assuredDate, OrukService.Builder::assuredDate)
                    .optional("assurer_email", STRING, OrukService::assurerEmail, OrukService.Builder::assurerEmail)
                    .optional("alert", STRING, OrukService::alert, OrukService.Builder::alert)
                    .optional("last_modified", STRING, OrukService::lastModified, OrukService.Builder::lastModified)
                    .many("phones", PHONE, OrukService::phones, OrukService.Builder::addPhone)
                    .many("schedules", SCHEDULE, OrukService::schedules, OrukService.Builder::addSchedule)
                    .many("service_areas", SERVICE_AREA, OrukService::serviceAreas, OrukService.Builder::addServiceArea)
                    .many(
                            "service_at_locations",
                            SERVICE_AT_LOCATION,
                            OrukService::serviceAtLocations,
                            OrukService.Builder::addServiceAtLocation)
                    .many("languages", LANGUAGE, OrukService::languages, OrukService.Builder::addLanguage)
                    .optional(
                            "organization", ORGANIZATION, OrukService::organization, OrukService.Builder::organization)
                    .many("funding", FUNDING, OrukService::funding, OrukService.Builder::addFunding)
                    .many("cost_options", COST_OPTION, OrukService::costOptions, OrukService.Builder::addCostOption)
                    .many("contacts", CONTACT, OrukService::contacts, OrukService.Builder::addContact)
                    .many("attributes", ATTRIBUTE, OrukService::attributes, OrukService.Builder::addAttribute)
                    .many("metadata", METADATA, OrukService::metadata, OrukService.Builder::addMetadata)
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
            new RecordType<>(OrukService.class, SERVICE),
            new RecordType<>(OrukOrganization.class, ORGANIZATION),
            new RecordType<>(OrukServiceAtLocation.class, SERVICE_AT_LOCATION),
            new RecordType<>(OrukLocation.class, LOCATION),
            new RecordType<>(OrukAddress.class, ADDRESS),
            new RecordType<>(OrukAccessibility.class, ACCESSIBILITY),
            new RecordType<>(OrukSchedule.class, SCHEDULE),
            new RecordType<>(OrukServiceArea.class, SERVICE_AREA),
            new RecordType<>(OrukCostOption.class, COST_OPTION),
            new RecordType<>(OrukFunding.class, FUNDING),
            new RecordType<>(OrukContact.class, CONTACT),
            new RecordType<>(OrukPhone.class, PHONE),
            new RecordType<>(OrukLanguage.class, LANGUAGE),
            new RecordType<>(OrukOrganizationIdentifier.class, ORGANIZATION_IDENTIFIER),
            new RecordType<>(OrukTaxonomy.class, TAXONOMY),
            new RecordType<>(OrukTaxonomyTerm.class, TAXONOMY_TERM),
            new RecordType<>(OrukAttribute.class, ATTRIBUTE),
            new RecordType<>(OrukMetadata.class, METADATA));

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
    static <T> ObjectCodec<OrukPage<T>, OrukPage.Builder<T>> page(ValueCodec<T> items) {
        return ObjectCodec.<OrukPage<T>, OrukPage.Builder<T>>declare(
                        OrukPage::builder,
                        OrukPage.Builder::build,
                        OrukPage::extensions,
                        OrukPage.Builder::putAllExtensions)
                .optional("total_items", INTEGER, page -> boxed(page.totalItems()), OrukPage.Builder::totalItems)
                .optional("total_pages", INTEGER, page -> boxed(page.totalPages()), OrukPage.Builder::totalPages)
                .optional("page_number", INTEGER, page -> boxed(page.pageNumber()), OrukPage.Builder::pageNumber)
                .optional("size", INTEGER, page -> boxed(page.size()), OrukPage.Builder::size)
                .optional("first_page", BOOLEAN, OrukPage::firstPage, OrukPage.Builder::firstPage)
                .optional("last_page", BOOLEAN, OrukPage::lastPage, OrukPage.Builder::lastPage)
                .optional("empty", BOOLEAN, OrukPage::empty, OrukPage.Builder::empty)
                .requiredMany("contents", items, OrukPage::contents, OrukPage.Builder::addContent)
                .build();
    }

    /** @see OrukRecord#checkExtensions() */
    static void checkExtensions(OrukRecord record) {
        typeOf(record).check(record);
    }

    /** @see OrukPage#checkExtensions() */
    static <T> void checkPage(OrukPage<T> page) {
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

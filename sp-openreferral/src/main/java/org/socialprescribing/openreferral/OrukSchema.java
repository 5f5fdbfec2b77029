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
    static final ObjectCodec<OrukMetadata, ImmutableOrukMetadata.Builder> METADATA =
            ObjectCodec.<OrukMetadata, ImmutableOrukMetadata.Builder>declare(
                            ImmutableOrukMetadata::builder,
                            ImmutableOrukMetadata.Builder::build,
                            OrukMetadata::extensions,
                            ImmutableOrukMetadata.Builder::putAllExtensions)
                    .required("id", STRING, OrukMetadata::id, ImmutableOrukMetadata.Builder::id)
                    .optional(
                            "resource_id", STRING, OrukMetadata::resourceId, ImmutableOrukMetadata.Builder::resourceId)
                    .optional(
                            "resource_type",
                            STRING,
                            OrukMetadata::resourceType,
                            ImmutableOrukMetadata.Builder::resourceType)
                    .required(
                            "last_action_date",
                            STRING,
                            OrukMetadata::lastActionDate,
                            ImmutableOrukMetadata.Builder::lastActionDate)
                    .required(
                            "last_action_type",
                            STRING,
                            OrukMetadata::lastActionType,
                            ImmutableOrukMetadata.Builder::lastActionType)
                    .required("field_name", STRING, OrukMetadata::fieldName, ImmutableOrukMetadata.Builder::fieldName)
                    .required(
                            "previous_value",
                            STRING,
                            OrukMetadata::previousValue,
                            ImmutableOrukMetadata.Builder::previousValue)
                    .required(
                            "replacement_value",
                            STRING,
                            OrukMetadata::replacementValue,
                            ImmutableOrukMetadata.Builder::replacementValue)
                    .required("updated_by", STRING, OrukMetadata::updatedBy, ImmutableOrukMetadata.Builder::updatedBy)
                    .build();

    /** The {@code taxonomy_term} object. */
    static final ObjectCodec<OrukTaxonomyTerm, ImmutableOrukTaxonomyTerm.Builder> TAXONOMY_TERM =
            ObjectCodec.<OrukTaxonomyTerm, ImmutableOrukTaxonomyTerm.Builder>declare(
                            ImmutableOrukTaxonomyTerm::builder,
                            ImmutableOrukTaxonomyTerm.Builder::build,
                            OrukTaxonomyTerm::extensions,
                            ImmutableOrukTaxonomyTerm.Builder::putAllExtensions)
                    .required("id", STRING, OrukTaxonomyTerm::id, ImmutableOrukTaxonomyTerm.Builder::id)
                    .required("name", STRING, OrukTaxonomyTerm::name, ImmutableOrukTaxonomyTerm.Builder::name)
                    .required(
                            "description",
                            STRING,
                            OrukTaxonomyTerm::description,
                            ImmutableOrukTaxonomyTerm.Builder::description)
                    .optional(
                            "parent_id",
                            STRING,
                            OrukTaxonomyTerm::parentId,
                            ImmutableOrukTaxonomyTerm.Builder::parentId)
                    .optional(
                            "taxonomy", STRING, OrukTaxonomyTerm::taxonomy, ImmutableOrukTaxonomyTerm.Builder::taxonomy)
                    .optional(
                            "taxonomy_id",
                            STRING,
                            OrukTaxonomyTerm::taxonomyId,
                            ImmutableOrukTaxonomyTerm.Builder::taxonomyId)
                    .optional("term_uri", STRING, OrukTaxonomyTerm::termUri, ImmutableOrukTaxonomyTerm.Builder::termUri)
                    .optional("term", STRING, OrukTaxonomyTerm::term, ImmutableOrukTaxonomyTerm.Builder::term)
                    .many(
                            "metadata",
                            METADATA,
                            OrukTaxonomyTerm::metadata,
                            ImmutableOrukTaxonomyTerm.Builder::addMetadata)
                    .build();

    /** The {@code attribute} object. */
    static final ObjectCodec<OrukAttribute, ImmutableOrukAttribute.Builder> ATTRIBUTE =
            ObjectCodec.<OrukAttribute, ImmutableOrukAttribute.Builder>declare(
                            ImmutableOrukAttribute::builder,
                            ImmutableOrukAttribute.Builder::build,
                            OrukAttribute::extensions,
                            ImmutableOrukAttribute.Builder::putAllExtensions)
                    .required("id", STRING, OrukAttribute::id, ImmutableOrukAttribute.Builder::id)
                    .optional("link_id", STRING, OrukAttribute::linkId, ImmutableOrukAttribute.Builder::linkId)
                    .optional(
                            "taxonomy_term_id",
                            STRING,
                            OrukAttribute::taxonomyTermId,
                            ImmutableOrukAttribute.Builder::taxonomyTermId)
                    .optional("link_type", STRING, OrukAttribute::linkType, ImmutableOrukAttribute.Builder::linkType)
                    .optional(
                            "taxonomy_term",
                            TAXONOMY_TERM,
                            OrukAttribute::taxonomyTerm,
                            ImmutableOrukAttribute.Builder::taxonomyTerm)
                    .many("metadata", METADATA, OrukAttribute::metadata, ImmutableOrukAttribute.Builder::addMetadata)
                    .build();

    /** The {@code taxonomy} object. */
    static final ObjectCodec<OrukTaxonomy, ImmutableOrukTaxonomy.Builder> TAXONOMY =
            ObjectCodec.<OrukTaxonomy, ImmutableOrukTaxonomy.Builder>declare(
                            ImmutableOrukTaxonomy::builder,
                            ImmutableOrukTaxonomy.Builder::build,
                            OrukTaxonomy::extensions,
                            ImmutableOrukTaxonomy.Builder::putAllExtensions)
                    .required("id", STRING, OrukTaxonomy::id, ImmutableOrukTaxonomy.Builder::id)
                    .required("name", STRING, OrukTaxonomy::name, ImmutableOrukTaxonomy.Builder::name)
                    .required(
                            "description",
                            STRING,
                            OrukTaxonomy::description,
                            ImmutableOrukTaxonomy.Builder::description)
                    .optional("uri", STRING, OrukTaxonomy::uri, ImmutableOrukTaxonomy.Builder::uri)
                    .optional("version", STRING, OrukTaxonomy::version, ImmutableOrukTaxonomy.Builder::version)
                    .many(
                            "taxonomy_terms",
                            TAXONOMY_TERM,
                            OrukTaxonomy::taxonomyTerms,
                            ImmutableOrukTaxonomy.Builder::addTaxonomyTerm)
                    .many("metadata", METADATA, OrukTaxonomy::metadata, ImmutableOrukTaxonomy.Builder::addMetadata)
                    .build();

    /** The {@code language} object. */
    static final ObjectCodec<OrukLanguage, ImmutableOrukLanguage.Builder> LANGUAGE =
            ObjectCodec.<OrukLanguage, ImmutableOrukLanguage.Builder>declare(
                            ImmutableOrukLanguage::builder,
                            ImmutableOrukLanguage.Builder::build,
                            OrukLanguage::extensions,
                            ImmutableOrukLanguage.Builder::putAllExtensions)
                    .required("id", STRING, OrukLanguage::id, ImmutableOrukLanguage.Builder::id)
                    .optional("service_id", STRING, OrukLanguage::serviceId, ImmutableOrukLanguage.Builder::serviceId)
                    .optional("phone_id", STRING, OrukLanguage::phoneId, ImmutableOrukLanguage.Builder::phoneId)
                    .optional("name", STRING, OrukLanguage::name, ImmutableOrukLanguage.Builder::name)
                    .optional("code", STRING, OrukLanguage::code, ImmutableOrukLanguage.Builder::code)
                    .optional("note", STRING, OrukLanguage::note, ImmutableOrukLanguage.Builder::note)
                    .many("metadata", METADATA, OrukLanguage::metadata, ImmutableOrukLanguage.Builder::addMetadata)
                    .build();

    /** The {@code phone} object. */
    static final ObjectCodec<OrukPhone, ImmutableOrukPhone.Builder> PHONE =
            ObjectCodec.<OrukPhone, ImmutableOrukPhone.Builder>declare(
                            ImmutableOrukPhone::builder,
                            ImmutableOrukPhone.Builder::build,
                            OrukPhone::extensions,
                            ImmutableOrukPhone.Builder::putAllExtensions)
                    .required("id", STRING, OrukPhone::id, ImmutableOrukPhone.Builder::id)
                    .optional("contact_id", STRING, OrukPhone::contactId, ImmutableOrukPhone.Builder::contactId)
                    .required("number", STRING, OrukPhone::number, ImmutableOrukPhone.Builder::number)
                    .optional("description", STRING, OrukPhone::description, ImmutableOrukPhone.Builder::description)
                    .many("languages", LANGUAGE, OrukPhone::languages, ImmutableOrukPhone.Builder::addLanguage)
                    .many("metadata", METADATA, OrukPhone::metadata, ImmutableOrukPhone.Builder::addMetadata)
                    .build();

    /** The {@code contact} object. */
    static final ObjectCodec<OrukContact, ImmutableOrukContact.Builder> CONTACT =
            ObjectCodec.<OrukContact, ImmutableOrukContact.Builder>declare(
                            ImmutableOrukContact::builder,
                            ImmutableOrukContact.Builder::build,
                            OrukContact::extensions,
                            ImmutableOrukContact.Builder::putAllExtensions)
                    .required("id", STRING, OrukContact::id, ImmutableOrukContact.Builder::id)
                    .optional("service_id", STRING, OrukContact::serviceId, ImmutableOrukContact.Builder::serviceId)
                    .optional("name", STRING, OrukContact::name, ImmutableOrukContact.Builder::name)
                    .optional("title", STRING, OrukContact::title, ImmutableOrukContact.Builder::title)
                    .many("phones", PHONE, OrukContact::phones, ImmutableOrukContact.Builder::addPhone)
                    .many("attributes", ATTRIBUTE, OrukContact::attributes, ImmutableOrukContact.Builder::addAttribute)
                    .many("metadata", METADATA, OrukContact::metadata, ImmutableOrukContact.Builder::addMetadata)
                    .build();

    /** The {@code funding} object. */
    static final ObjectCodec<OrukFunding, ImmutableOrukFunding.Builder> FUNDING =
            ObjectCodec.<OrukFunding, ImmutableOrukFunding.Builder>declare(
                            ImmutableOrukFunding::builder,
                            ImmutableOrukFunding.Builder::build,
                            OrukFunding::extensions,
                            ImmutableOrukFunding.Builder::putAllExtensions)
                    .required("id", STRING, OrukFunding::id, ImmutableOrukFunding.Builder::id)
                    .optional("service_id", STRING, OrukFunding::serviceId, ImmutableOrukFunding.Builder::serviceId)
                    .optional("source", STRING, OrukFunding::source, ImmutableOrukFunding.Builder::source)
                    .many("metadata", METADATA, OrukFunding::metadata, ImmutableOrukFunding.Builder::addMetadata)
                    .build();

    /** The {@code cost_option} object. */
    static final ObjectCodec<OrukCostOption, ImmutableOrukCostOption.Builder> COST_OPTION =
            ObjectCodec.<OrukCostOption, ImmutableOrukCostOption.Builder>declare(
                            ImmutableOrukCostOption::builder,
                            ImmutableOrukCostOption.Builder::build,
                            OrukCostOption::extensions,
                            ImmutableOrukCostOption.Builder::putAllExtensions)
                    .required("id", STRING, OrukCostOption::id, ImmutableOrukCostOption.Builder::id)
                    .optional(
                            "service_id", STRING, OrukCostOption::serviceId, ImmutableOrukCostOption.Builder::serviceId)
                    .optional(
                            "valid_from", STRING, OrukCostOption::validFrom, ImmutableOrukCostOption.Builder::validFrom)
                    .optional("valid_to", STRING, OrukCostOption::validTo, ImmutableOrukCostOption.Builder::validTo)
                    .optional("option", STRING, OrukCostOption::option, ImmutableOrukCostOption.Builder::option)
                    .optional("amount", NUMBER, OrukCostOption::amount, ImmutableOrukCostOption.Builder::amount)
                    .optional(
                            "amount_description",
                            STRING,
                            OrukCostOption::amountDescription,
                            ImmutableOrukCostOption.Builder::amountDescription)
                    .many("metadata", METADATA, OrukCostOption::metadata, ImmutableOrukCostOption.Builder::addMetadata)
                    .build();

    /** The {@code service_area} object. */
    static final ObjectCodec<OrukServiceArea, ImmutableOrukServiceArea.Builder> SERVICE_AREA =
            ObjectCodec.<OrukServiceArea, ImmutableOrukServiceArea.Builder>declare(
                            ImmutableOrukServiceArea::builder,
                            ImmutableOrukServiceArea.Builder::build,
                            OrukServiceArea::extensions,
                            ImmutableOrukServiceArea.Builder::putAllExtensions)
                    .required("id", STRING, OrukServiceArea::id, ImmutableOrukServiceArea.Builder::id)
                    .optional(
                            "service_id",
                            STRING,
                            OrukServiceArea::serviceId,
                            ImmutableOrukServiceArea.Builder::serviceId)
                    .optional("name", STRING, OrukServiceArea::name, ImmutableOrukServiceArea.Builder::name)
                    .optional("extent", STRING, OrukServiceArea::extent, ImmutableOrukServiceArea.Builder::extent)
                    .optional(
                            "extent_type",
                            STRING,
                            OrukServiceArea::extentType,
                            ImmutableOrukServiceArea.Builder::extentType)
                    .optional("uri", STRING, OrukServiceArea::uri, ImmutableOrukServiceArea.Builder::uri)
                    .optional(
                            "service_area",
                            STRING,
                            OrukServiceArea::serviceArea,
                            ImmutableOrukServiceArea.Builder::serviceArea)
                    .many(
                            "metadata",
                            METADATA,
                            OrukServiceArea::metadata,
                            ImmutableOrukServiceArea.Builder::addMetadata)
                    .build();

    /** The {@code schedule} object. */
    static final ObjectCodec<OrukSchedule, ImmutableOrukSchedule.Builder> SCHEDULE =
            ObjectCodec.<OrukSchedule, ImmutableOrukSchedule.Builder>declare(
                            ImmutableOrukSchedule::builder,
                            ImmutableOrukSchedule.Builder::build,
                            OrukSchedule::extensions,
                            ImmutableOrukSchedule.Builder::putAllExtensions)
                    .required("id", STRING, OrukSchedule::id, ImmutableOrukSchedule.Builder::id)
                    .optional("service_id", STRING, OrukSchedule::serviceId, ImmutableOrukSchedule.Builder::serviceId)
                    .optional(
                            "service_at_location_id",
                            STRING,
                            OrukSchedule::serviceAtLocationId,
                            ImmutableOrukSchedule.Builder::serviceAtLocationId)
                    .optional("valid_from", STRING, OrukSchedule::validFrom, ImmutableOrukSchedule.Builder::validFrom)
                    .optional("valid_to", STRING, OrukSchedule::validTo, ImmutableOrukSchedule.Builder::validTo)
                    .optional("dtstart", STRING, OrukSchedule::dtStart, ImmutableOrukSchedule.Builder::dtStart)
                    .optional("freq", SCHEDULE_FREQUENCY, OrukSchedule::freq, ImmutableOrukSchedule.Builder::freq)
                    .optional("interval", NUMBER, OrukSchedule::interval, ImmutableOrukSchedule.Builder::interval)
                    .optional("byday", STRING, OrukSchedule::byDay, ImmutableOrukSchedule.Builder::byDay)
                    .optional("bymonthday", STRING, OrukSchedule::byMonthDay, ImmutableOrukSchedule.Builder::byMonthDay)
                    .optional(
                            "description",
                            STRING,
                            OrukSchedule::description,
                            ImmutableOrukSchedule.Builder::description)
                    .optional("opens_at", STRING, OrukSchedule::opensAt, ImmutableOrukSchedule.Builder::opensAt)
                    .optional("closes_at", STRING, OrukSchedule::closesAt, ImmutableOrukSchedule.Builder::closesAt)
                    .optional(
                            "schedule_link",
                            STRING,
                            OrukSchedule::scheduleLink,
                            ImmutableOrukSchedule.Builder::scheduleLink)
                    .optional(
                            "attending_type",
                            STRING,
                            OrukSchedule::attendingType,
                            ImmutableOrukSchedule.Builder::attendingType)
                    .optional("notes", STRING, OrukSchedule::notes, ImmutableOrukSchedule.Builder::notes)
                    .many("metadata", METADATA, OrukSchedule::metadata, ImmutableOrukSchedule.Builder::addMetadata)
                    .build();

    /** The {@code accessibility} object. */
    static final ObjectCodec<OrukAccessibility, ImmutableOrukAccessibility.Builder> ACCESSIBILITY =
            ObjectCodec.<OrukAccessibility, ImmutableOrukAccessibility.Builder>declare(
                            ImmutableOrukAccessibility::builder,
                            ImmutableOrukAccessibility.Builder::build,
                            OrukAccessibility::extensions,
                            ImmutableOrukAccessibility.Builder::putAllExtensions)
                    .required("id", STRING, OrukAccessibility::id, ImmutableOrukAccessibility.Builder::id)
                    .optional(
                            "location_id",
                            STRING,
                            OrukAccessibility::locationId,
                            ImmutableOrukAccessibility.Builder::locationId)
                    .optional(
                            "description",
                            STRING,
                            OrukAccessibility::description,
                            ImmutableOrukAccessibility.Builder::description)
                    .optional(
                            "details", STRING, OrukAccessibility::details, ImmutableOrukAccessibility.Builder::details)
                    .optional("url", STRING, OrukAccessibility::url, ImmutableOrukAccessibility.Builder::url)
                    .many(
                            "attributes",
                            ATTRIBUTE,
                            OrukAccessibility::attributes,
                            ImmutableOrukAccessibility.Builder::addAttribute)
                    .optional(
                            "accessibility",
                            STRING,
                            OrukAccessibility::accessibility,
                            ImmutableOrukAccessibility.Builder::accessibility)
                    .many(
                            "metadata",
                            METADATA,
                            OrukAccessibility::metadata,
                            ImmutableOrukAccessibility.Builder::addMetadata)
                    .build();

    /** The {@code address} object. */
    static final ObjectCodec<OrukAddress, ImmutableOrukAddress.Builder> ADDRESS =
            ObjectCodec.<OrukAddress, ImmutableOrukAddress.Builder>declare(
                            ImmutableOrukAddress::builder,
                            ImmutableOrukAddress.Builder::build,
                            OrukAddress::extensions,
                            ImmutableOrukAddress.Builder::putAllExtensions)
                    .required("id", STRING, OrukAddress::id, ImmutableOrukAddress.Builder::id)
                    .optional("location_id", STRING, OrukAddress::locationId, ImmutableOrukAddress.Builder::locationId)
                    .optional("attention", STRING, OrukAddress::attention, ImmutableOrukAddress.Builder::attention)
                    .required("address_1", STRING, OrukAddress::address1, ImmutableOrukAddress.Builder::address1)
                    .required("city", STRING, OrukAddress::city, ImmutableOrukAddress.Builder::city)
                    .optional("region", STRING, OrukAddress::region, ImmutableOrukAddress.Builder::region)
                    .required(
                            "state_province",
                            STRING,
                            OrukAddress::stateProvince,
                            ImmutableOrukAddress.Builder::stateProvince)
                    .required("postal_code", STRING, OrukAddress::postalCode, ImmutableOrukAddress.Builder::postalCode)
                    .required("country", STRING, OrukAddress::country, ImmutableOrukAddress.Builder::country)
                    .required(
                            "address_type",
                            ADDRESS_TYPE,
                            OrukAddress::addressType,
                            ImmutableOrukAddress.Builder::addressType)
                    .many("attributes", ATTRIBUTE, OrukAddress::attributes, ImmutableOrukAddress.Builder::addAttribute)
                    .many("metadata", METADATA, OrukAddress::metadata, ImmutableOrukAddress.Builder::addMetadata)
                    .build();

    /** The {@code location} object. */
    static final ObjectCodec<OrukLocation, ImmutableOrukLocation.Builder> LOCATION =
            ObjectCodec.<OrukLocation, ImmutableOrukLocation.Builder>declare(
                            ImmutableOrukLocation::builder,
                            ImmutableOrukLocation.Builder::build,
                            OrukLocation::extensions,
                            ImmutableOrukLocation.Builder::putAllExtensions)
                    .required("id", STRING, OrukLocation::id, ImmutableOrukLocation.Builder::id)
                    .required(
                            "location_type",
                            LOCATION_TYPE,
                            OrukLocation::locationType,
                            ImmutableOrukLocation.Builder::locationType)
                    .optional("name", STRING, OrukLocation::name, ImmutableOrukLocation.Builder::name)
                    .optional(
                            "description",
                            STRING,
                            OrukLocation::description,
                            ImmutableOrukLocation.Builder::description)
                    .optional("latitude", NUMBER, OrukLocation::latitude, ImmutableOrukLocation.Builder::latitude)
                    .optional("longitude", NUMBER, OrukLocation::longitude, ImmutableOrukLocation.Builder::longitude)
                    .optional(
                            "external_identifier",
                            STRING,
                            OrukLocation::externalIdentifier,
                            ImmutableOrukLocation.Builder::externalIdentifier)
                    .optional(
                            "external_identifier_type",
                            STRING,
                            OrukLocation::externalIdentifierType,
                            ImmutableOrukLocation.Builder::externalIdentifierType)
                    .many(
                            "addresses",
                            ADDRESS,
                            OrukLocation::addresses,
                            (builder, value) -> builder.addAddresses(value))
                    .many(
                            "accessibility",
                            ACCESSIBILITY,
                            OrukLocation::accessibility,
                            ImmutableOrukLocation.Builder::addAccessibility)
                    .many("phones", PHONE, OrukLocation::phones, ImmutableOrukLocation.Builder::addPhone)
                    .many(
                            "attributes",
                            ATTRIBUTE,
                            OrukLocation::attributes,
                            ImmutableOrukLocation.Builder::addAttribute)
                    .many("metadata", METADATA, OrukLocation::metadata, ImmutableOrukLocation.Builder::addMetadata)
                    .build();

    /** The {@code organization_identifier} object. */
    static final ObjectCodec<OrukOrganizationIdentifier, ImmutableOrukOrganizationIdentifier.Builder>
            ORGANIZATION_IDENTIFIER =
                    ObjectCodec.<OrukOrganizationIdentifier, ImmutableOrukOrganizationIdentifier.Builder>declare(
                                    ImmutableOrukOrganizationIdentifier::builder,
                                    ImmutableOrukOrganizationIdentifier.Builder::build,
                                    OrukOrganizationIdentifier::extensions,
                                    ImmutableOrukOrganizationIdentifier.Builder::putAllExtensions)
                            .required(
                                    "id",
                                    STRING,
                                    OrukOrganizationIdentifier::id,
                                    ImmutableOrukOrganizationIdentifier.Builder::id)
                            .optional(
                                    "organization_id",
                                    STRING,
                                    OrukOrganizationIdentifier::organizationId,
                                    ImmutableOrukOrganizationIdentifier.Builder::organizationId)
                            .optional(
                                    "identifier_scheme",
                                    STRING,
                                    OrukOrganizationIdentifier::identifierScheme,
                                    ImmutableOrukOrganizationIdentifier.Builder::identifierScheme)
                            .required(
                                    "identifier_type",
                                    STRING,
                                    OrukOrganizationIdentifier::identifierType,
                                    ImmutableOrukOrganizationIdentifier.Builder::identifierType)
                            .required(
                                    "identifier",
                                    STRING,
                                    OrukOrganizationIdentifier::identifier,
                                    ImmutableOrukOrganizationIdentifier.Builder::identifier)
                            .many(
                                    "attributes",
                                    ATTRIBUTE,
                                    OrukOrganizationIdentifier::attributes,
                                    ImmutableOrukOrganizationIdentifier.Builder::addAttribute)
                            .many(
                                    "metadata",
                                    METADATA,
                                    OrukOrganizationIdentifier::metadata,
                                    ImmutableOrukOrganizationIdentifier.Builder::addMetadata)
                            .build();

    /** The {@code organization} object. */
    static final ObjectCodec<OrukOrganization, ImmutableOrukOrganization.Builder> ORGANIZATION =
            ObjectCodec.<OrukOrganization, ImmutableOrukOrganization.Builder>declare(
                            ImmutableOrukOrganization::builder,
                            ImmutableOrukOrganization.Builder::build,
                            OrukOrganization::extensions,
                            ImmutableOrukOrganization.Builder::putAllExtensions)
                    .required("id", STRING, OrukOrganization::id, ImmutableOrukOrganization.Builder::id)
                    .required("name", STRING, OrukOrganization::name, ImmutableOrukOrganization.Builder::name)
                    .required(
                            "description",
                            STRING,
                            OrukOrganization::description,
                            ImmutableOrukOrganization.Builder::description)
                    .optional("email", STRING, OrukOrganization::email, ImmutableOrukOrganization.Builder::email)
                    .optional("website", STRING, OrukOrganization::website, ImmutableOrukOrganization.Builder::website)
                    .optional("logo", STRING, OrukOrganization::logo, ImmutableOrukOrganization.Builder::logo)
                    .optional("uri", STRING, OrukOrganization::uri, ImmutableOrukOrganization.Builder::uri)
                    .optional(
                            "parent_organization_id",
                            STRING,
                            OrukOrganization::parentOrganizationId,
                            ImmutableOrukOrganization.Builder::parentOrganizationId)
                    .many("phones", PHONE, OrukOrganization::phones, ImmutableOrukOrganization.Builder::addPhone)
                    .many(
                            "organization_identifiers",
                            ORGANIZATION_IDENTIFIER,
                            OrukOrganization::organizationIdentifiers,
                            ImmutableOrukOrganization.Builder::addOrganizationIdentifier)
                    .many(
                            "attributes",
                            ATTRIBUTE,
                            OrukOrganization::attributes,
                            ImmutableOrukOrganization.Builder::addAttribute)
                    .many(
                            "services",
                            LAZY_SERVICE,
                            OrukOrganization::services,
                            ImmutableOrukOrganization.Builder::addService)
                    .many(
                            "metadata",
                            METADATA,
                            OrukOrganization::metadata,
                            ImmutableOrukOrganization.Builder::addMetadata)
                    .build();

    /** The {@code service_at_location} object. */
    static final ObjectCodec<OrukServiceAtLocation, ImmutableOrukServiceAtLocation.Builder> SERVICE_AT_LOCATION =
            ObjectCodec.<OrukServiceAtLocation, ImmutableOrukServiceAtLocation.Builder>declare(
                            ImmutableOrukServiceAtLocation::builder,
                            ImmutableOrukServiceAtLocation.Builder::build,
                            OrukServiceAtLocation::extensions,
                            ImmutableOrukServiceAtLocation.Builder::putAllExtensions)
                    .required("id", STRING, OrukServiceAtLocation::id, ImmutableOrukServiceAtLocation.Builder::id)
                    .optional(
                            "service_id",
                            STRING,
                            OrukServiceAtLocation::serviceId,
                            ImmutableOrukServiceAtLocation.Builder::serviceId)
                    .optional(
                            "location_id",
                            STRING,
                            OrukServiceAtLocation::locationId,
                            ImmutableOrukServiceAtLocation.Builder::locationId)
                    .many(
                            "phones",
                            PHONE,
                            OrukServiceAtLocation::phones,
                            ImmutableOrukServiceAtLocation.Builder::addPhone)
                    .optional(
                            "location",
                            LOCATION,
                            OrukServiceAtLocation::location,
                            ImmutableOrukServiceAtLocation.Builder::location)
                    .optional(
                            "service",
                            LAZY_SERVICE,
                            OrukServiceAtLocation::service,
                            ImmutableOrukServiceAtLocation.Builder::service)
                    .many(
                            "metadata",
                            METADATA,
                            OrukServiceAtLocation::metadata,
                            ImmutableOrukServiceAtLocation.Builder::addMetadata)
                    .build();

    /** The {@code service} object. */
    static final ObjectCodec<OrukService, ImmutableOrukService.Builder> SERVICE =
            ObjectCodec.<OrukService, ImmutableOrukService.Builder>declare(
                            ImmutableOrukService::builder,
                            ImmutableOrukService.Builder::build,
                            OrukService::extensions,
                            ImmutableOrukService.Builder::putAllExtensions)
                    .required("id", STRING, OrukService::id, ImmutableOrukService.Builder::id)
                    .optional(
                            "organization_id",
                            STRING,
                            OrukService::organizationId,
                            ImmutableOrukService.Builder::organizationId)
                    .required("name", STRING, OrukService::name, ImmutableOrukService.Builder::name)
                    .optional(
                            "description", STRING, OrukService::description, ImmutableOrukService.Builder::description)
                    .optional("url", STRING, OrukService::url, ImmutableOrukService.Builder::url)
                    .optional("email", STRING, OrukService::email, ImmutableOrukService.Builder::email)
                    .required("status", SERVICE_STATUS, OrukService::status, ImmutableOrukService.Builder::status)
                    .optional("fees", STRING, OrukService::fees, ImmutableOrukService.Builder::fees)
                    .optional(
                            "accreditations",
                            STRING,
                            OrukService::accreditations,
                            ImmutableOrukService.Builder::accreditations)
                    .optional("minimum_age", NUMBER, OrukService::minimumAge, ImmutableOrukService.Builder::minimumAge)
                    .optional("maximum_age", NUMBER, OrukService::maximumAge, ImmutableOrukService.Builder::maximumAge)
                    .optional(
                            "assured_date", STRING, OrukService::assuredDate, ImmutableOrukService.Builder::assuredDate)
                    .optional(
                            "assurer_email",
                            STRING,
                            OrukService::assurerEmail,
                            ImmutableOrukService.Builder::assurerEmail)
                    .optional("alert", STRING, OrukService::alert, ImmutableOrukService.Builder::alert)
                    .optional(
                            "last_modified",
                            STRING,
                            OrukService::lastModified,
                            ImmutableOrukService.Builder::lastModified)
                    .many("phones", PHONE, OrukService::phones, ImmutableOrukService.Builder::addPhone)
                    .many("schedules", SCHEDULE, OrukService::schedules, ImmutableOrukService.Builder::addSchedule)
                    .many(
                            "service_areas",
                            SERVICE_AREA,
                            OrukService::serviceAreas,
                            ImmutableOrukService.Builder::addServiceArea)
                    .many(
                            "service_at_locations",
                            SERVICE_AT_LOCATION,
                            OrukService::serviceAtLocations,
                            ImmutableOrukService.Builder::addServiceAtLocation)
                    .many("languages", LANGUAGE, OrukService::languages, ImmutableOrukService.Builder::addLanguage)
                    .optional(
                            "organization",
                            ORGANIZATION,
                            OrukService::organization,
                            ImmutableOrukService.Builder::organization)
                    .many("funding", FUNDING, OrukService::funding, ImmutableOrukService.Builder::addFunding)
                    .many(
                            "cost_options",
                            COST_OPTION,
                            OrukService::costOptions,
                            ImmutableOrukService.Builder::addCostOption)
                    .many("contacts", CONTACT, OrukService::contacts, ImmutableOrukService.Builder::addContact)
                    .many("attributes", ATTRIBUTE, OrukService::attributes, ImmutableOrukService.Builder::addAttribute)
                    .many("metadata", METADATA, OrukService::metadata, ImmutableOrukService.Builder::addMetadata)
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
    static <T> ObjectCodec<OrukPage<T>, ImmutableOrukPage.Builder<T>> page(ValueCodec<T> items) {
        return ObjectCodec.<OrukPage<T>, ImmutableOrukPage.Builder<T>>declare(
                        ImmutableOrukPage::builder,
                        ImmutableOrukPage.Builder::build,
                        OrukPage::extensions,
                        ImmutableOrukPage.Builder::putAllExtensions)
                .optional(
                        "total_items", INTEGER, page -> boxed(page.totalItems()), ImmutableOrukPage.Builder::totalItems)
                .optional(
                        "total_pages", INTEGER, page -> boxed(page.totalPages()), ImmutableOrukPage.Builder::totalPages)
                .optional(
                        "page_number", INTEGER, page -> boxed(page.pageNumber()), ImmutableOrukPage.Builder::pageNumber)
                .optional("size", INTEGER, page -> boxed(page.size()), ImmutableOrukPage.Builder::size)
                .optional("first_page", BOOLEAN, OrukPage::firstPage, ImmutableOrukPage.Builder::firstPage)
                .optional("last_page", BOOLEAN, OrukPage::lastPage, ImmutableOrukPage.Builder::lastPage)
                .optional("empty", BOOLEAN, OrukPage::empty, ImmutableOrukPage.Builder::empty)
                .requiredMany("contents", items, OrukPage::contents, ImmutableOrukPage.Builder::addContent)
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

package org.socialprescribing.fhir.mapping;

import static java.util.Objects.requireNonNull;

import org.hl7.fhir.r4.model.Organization;
import org.socialprescribing.fhir.FhirFormatException;
import org.socialprescribing.fhir.mapping.internal.OrganisationFhir;
import org.socialprescribing.fhir.mapping.internal.Reading;
import org.socialprescribing.fhir.mapping.internal.TextCheck;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.MappingResult;
import org.socialprescribing.model.org.GpPractice;
import org.socialprescribing.model.org.IntegratedCareBoard;
import org.socialprescribing.model.org.LocalAuthority;
import org.socialprescribing.model.org.PrimaryCareNetwork;
import org.socialprescribing.model.org.VcseOrganisation;

/**
 * GP practices, Primary Care Networks, Integrated Care Boards, local authorities and VCSE organisations as UK Core
 * {@code Organization}s, both ways and without loss. ODS codes go under {@code
 * https://fhir.nhs.uk/Id/ods-organization-code}; charity and company numbers under the org-id.guide list of their
 * register ({@code https://org-id.guide/list/GB-CHC}, {@code GB-SC}, {@code GB-NIC}, {@code GB-COH}); a PCN
 * contains its member practices. The caller says which kind of organisation it reads, since an {@code
 * Organization} does not. Every method that writes throws {@link InvalidValueException} for text FHIR cannot
 * carry (control characters, blank text); every method that reads throws {@link FhirFormatException}, located, for
 * an Organization that lacks what the kind needs or holds an invalid identifier.
 */
public final class OrganisationMapper {

    private OrganisationMapper() {}

    /**
     * @param practice the practice, not null
     * @return the Organization: ODS code, name, postcode
     */
    public static Organization toOrganization(GpPractice practice) {
        return TextCheck.checked(OrganisationFhir.write(requireNonNull(practice, "practice")));
    }

    /**
     * @param pcn the PCN, not null
     * @return the Organization: ODS code, name, the ICB as {@code partOf}, member practices contained
     */
    public static Organization toOrganization(PrimaryCareNetwork pcn) {
        return TextCheck.checked(OrganisationFhir.write(requireNonNull(pcn, "pcn")));
    }

    /**
     * @param icb the ICB, not null
     * @return the Organization: ODS code and name
     */
    public static Organization toOrganization(IntegratedCareBoard icb) {
        return TextCheck.checked(OrganisationFhir.write(requireNonNull(icb, "icb")));
    }

    /**
     * @param authority the local authority, not null
     * @return the Organization: name and ODS code
     */
    public static Organization toOrganization(LocalAuthority authority) {
        return TextCheck.checked(OrganisationFhir.write(requireNonNull(authority, "authority")));
    }

    /**
     * @param vcse the VCSE organisation, not null
     * @return the Organization: identifiers, type (SDK code system {@code vcse-organisation-type}), name, contacts,
     *     description, income, size band and footprint
     */
    public static Organization toOrganization(VcseOrganisation vcse) {
        return TextCheck.checked(OrganisationFhir.write(requireNonNull(vcse, "vcse")));
    }

    /**
     * @param organization the Organization, not null; not changed
     * @return the practice, with warnings for content the model has no home for
     * @throws FhirFormatException if the ODS code is missing or invalid
     */
    public static MappingResult<GpPractice> toGpPractice(Organization organization) {
        return Reading.mapOne(
                requireNonNull(organization, "organization"), OrganisationFhir::readGpPractice, "the GP practice");
    }

    /**
     * @param organization the Organization, not null; not changed
     * @return the PCN, with warnings for content the model has no home for
     * @throws FhirFormatException if the ODS code or name is missing, or a code is invalid
     */
    public static MappingResult<PrimaryCareNetwork> toPrimaryCareNetwork(Organization organization) {
        return Reading.mapOne(
                requireNonNull(organization, "organization"), OrganisationFhir::readPrimaryCareNetwork, "the PCN");
    }

    /**
     * @param organization the Organization, not null; not changed
     * @return the ICB, with warnings for content the model has no home for
     * @throws FhirFormatException if the ODS code or name is missing or invalid
     */
    public static MappingResult<IntegratedCareBoard> toIntegratedCareBoard(Organization organization) {
        return Reading.mapOne(
                requireNonNull(organization, "organization"), OrganisationFhir::readIntegratedCareBoard, "the ICB");
    }

    /**
     * @param organization the Organization, not null; not changed
     * @return the local authority, with warnings for content the model has no home for
     * @throws FhirFormatException if the name is missing or the ODS code invalid
     */
    public static MappingResult<LocalAuthority> toLocalAuthority(Organization organization) {
        return Reading.mapOne(
                requireNonNull(organization, "organization"),
                OrganisationFhir::readLocalAuthority,
                "the local authority");
    }

    /**
     * @param organization the Organization, not null; not changed
     * @return the VCSE organisation, with warnings for content the model has no home for
     * @throws FhirFormatException if the name or type is missing, or an identifier is invalid
     */
    public static MappingResult<VcseOrganisation> toVcseOrganisation(Organization organization) {
        return Reading.mapOne(
                requireNonNull(organization, "organization"), OrganisationFhir::readVcse, "the VCSE organisation");
    }
}

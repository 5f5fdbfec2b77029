package org.socialprescribing.fhir.mapping.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.ContactPoint.ContactPointSystem;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Money;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;
import org.socialprescribing.model.coding.CodeSystems;
import org.socialprescribing.model.id.CharityNumber;
import org.socialprescribing.model.id.CompanyNumber;
import org.socialprescribing.model.id.OdsCode;
import org.socialprescribing.model.id.Postcode;
import org.socialprescribing.model.org.Footprint;
import org.socialprescribing.model.org.GpPractice;
import org.socialprescribing.model.org.IntegratedCareBoard;
import org.socialprescribing.model.org.LocalAuthority;
import org.socialprescribing.model.org.OrganisationRef;
import org.socialprescribing.model.org.PrimaryCareNetwork;
import org.socialprescribing.model.org.VcseOrganisation;
import org.socialprescribing.model.org.VcseOrganisationType;

/**
 * Organisations and {@code Organization}, both ways. ODS codes go under {@value OdsCode#FHIR_SYSTEM} (the
 * UKCore-Organization slice); charity and company numbers under org-id.guide lists ({@value Systems#ORG_ID_LIST}
 * plus the scheme, e.g. {@code GB-CHC}, the value as org-id writes it); a directory id under {@value
 * Systems#ORGANISATION_DIRECTORY_ID}. A PCN holds its member practices as contained Organizations that are {@code
 * partOf} it, and points at its ICB by ODS code. An {@link OrganisationRef} is a logical {@code Reference}: the ODS
 * code as {@code identifier}, the name as {@code display}.
 */
public final class OrganisationFhir {

    private static final String CURRENCY = "GBP";
    private static final List<String> CHARITY_SCHEMES = List.of("GB-CHC", "GB-SC", "GB-NIC");
    private static final String COMPANY_SCHEME = "GB-COH";

    private OrganisationFhir() {}

    /**
     * @param practice the practice
     * @return the Organization
     */
    public static Organization write(GpPractice practice) {
        Organization organization = withOds(practice.odsCode());
        practice.name().ifPresent(organization::setName);
        practice.postcode().ifPresent(postcode -> organization.addAddress().setPostalCode(postcode.value()));
        return organization;
    }

    /**
     * @param icb the ICB
     * @return the Organization
     */
    public static Organization write(IntegratedCareBoard icb) {
        return withOds(icb.odsCode()).setName(icb.name());
    }

    /**
     * @param authority the local authority
     * @return the Organization
     */
    public static Organization write(LocalAuthority authority) {
        Organization organization = new Organization();
        authority.odsCode().ifPresent(ods -> organization.addIdentifier(ods(ods)));
        return organization.setName(authority.name());
    }

    /**
     * @param pcn the PCN
     * @return the Organization, its member practices contained
     */
    public static Organization write(PrimaryCareNetwork pcn) {
        Organization organization = withOds(pcn.odsCode()).setName(pcn.name());
        pcn.icbOdsCode().ifPresent(icb -> organization.setPartOf(new Reference().setIdentifier(ods(icb))));
        for (int i = 0; i < pcn.memberPractices().size(); i++) {
            Organization practice = write(pcn.memberPractices().get(i));
            practice.setId("practice-" + (i + 1));
            practice.setPartOf(new Reference("#"));
            organization.addContained(practice);
        }
        return organization;
    }

    /**
     * @param vcse the VCSE organisation
     * @return the Organization
     */
    public static Organization write(VcseOrganisation vcse) {
        Organization organization = new Organization();
        vcse.description().ifPresent(text -> Extensions.add(organization, SpExtension.DESCRIPTION, text(text)));
        vcse.annualIncomeGbp()
                .ifPresent(income -> Extensions.add(
                        organization,
                        SpExtension.ANNUAL_INCOME,
                        new Money().setValue(income).setCurrency(CURRENCY)));
        vcse.sizeBand().ifPresent(band -> Extensions.add(organization, SpExtension.SIZE_BAND, Codings.concept(band)));
        vcse.footprint()
                .ifPresent(footprint -> Extensions.add(organization, SpExtension.FOOTPRINT, Codings.coding(footprint)));
        vcse.directoryId()
                .ifPresent(id -> organization.addIdentifier(new Identifier()
                        .setSystem(Systems.ORGANISATION_DIRECTORY_ID)
                        .setValue(id)));
        vcse.odsCode().ifPresent(ods -> organization.addIdentifier(ods(ods)));
        vcse.charityNumber().ifPresent(number -> organization.addIdentifier(orgId(number.orgId())));
        vcse.companyNumber().ifPresent(number -> organization.addIdentifier(orgId(number.orgId())));
        organization.addType(Codings.concept(vcse.type()));
        organization.setName(vcse.name());
        vcse.website().ifPresent(url -> organization.addTelecom(telecom(ContactPointSystem.URL, url.toString())));
        vcse.email().ifPresent(email -> organization.addTelecom(telecom(ContactPointSystem.EMAIL, email)));
        vcse.telephone().ifPresent(phone -> organization.addTelecom(telecom(ContactPointSystem.PHONE, phone)));
        return organization;
    }

    /**
     * An organisation reference as a logical Reference.
     *
     * @param ref the reference
     * @return {@code identifier} for the ODS code, {@code display} for the name
     */
    public static Reference reference(OrganisationRef ref) {
        Reference reference = new Reference().setType("Organization");
        ref.odsCode().ifPresent(ods -> reference.setIdentifier(ods(ods)));
        ref.name().ifPresent(reference::setDisplay);
        return reference;
    }

    /**
     * Reads a GP practice.
     *
     * @param reading the mapping state
     * @param organization the Organization, located
     * @return the practice
     */
    public static GpPractice readGpPractice(Reading reading, At<Organization> organization) {
        reading.read(organization);
        Organization node = organization.node();
        OdsCode ods = odsCode(reading, organization)
                .orElseThrow(() -> reading.missing(organization.path() + ".identifier", "the practice's ODS code"));
        Optional<String> name = name(reading, organization);
        Optional<Postcode> postcode = Optional.empty();
        for (int i = 0; i < node.getAddress().size() && postcode.isEmpty(); i++) {
            Address address = node.getAddress().get(i);
            if (address.hasPostalCode()) {
                At<Address> located = organization.child(address, "address", i);
                String text =
                        reading.value(located.child(address.getPostalCodeElement(), "postalCode"), "the postcode");
                postcode = Optional.of(reading.build(located.path() + ".postalCode", () -> Postcode.parse(text)));
            }
        }
        Optional<Postcode> found = postcode;
        return reading.build(
                organization.path(),
                () -> GpPractice.builder()
                        .odsCode(ods)
                        .name(name)
                        .postcode(found)
                        .build());
    }

    /**
     * Reads an ICB.
     *
     * @param reading the mapping state
     * @param organization the Organization, located
     * @return the ICB
     */
    public static IntegratedCareBoard readIntegratedCareBoard(Reading reading, At<Organization> organization) {
        reading.read(organization);
        OdsCode ods = odsCode(reading, organization)
                .orElseThrow(() -> reading.missing(organization.path() + ".identifier", "the ICB's ODS code"));
        String name = name(reading, organization)
                .orElseThrow(() -> reading.missing(organization.path() + ".name", "the ICB's name"));
        return reading.build(organization.path(), () -> IntegratedCareBoard.of(ods, name));
    }

    /**
     * Reads a local authority.
     *
     * @param reading the mapping state
     * @param organization the Organization, located
     * @return the local authority
     */
    public static LocalAuthority readLocalAuthority(Reading reading, At<Organization> organization) {
        reading.read(organization);
        Optional<OdsCode> ods = odsCode(reading, organization);
        String name = name(reading, organization)
                .orElseThrow(() -> reading.missing(organization.path() + ".name", "the authority's name"));
        return reading.build(
                organization.path(),
                () -> LocalAuthority.builder().name(name).odsCode(ods).build());
    }

    /**
     * Reads a PCN with its contained member practices.
     *
     * @param reading the mapping state
     * @param organization the Organization, located
     * @return the PCN
     */
    public static PrimaryCareNetwork readPrimaryCareNetwork(Reading reading, At<Organization> organization) {
        reading.read(organization);
        Organization node = organization.node();
        OdsCode ods = odsCode(reading, organization)
                .orElseThrow(() -> reading.missing(organization.path() + ".identifier", "the PCN's ODS code"));
        String name = name(reading, organization)
                .orElseThrow(() -> reading.missing(organization.path() + ".name", "the PCN's name"));
        Optional<OdsCode> icb = Optional.empty();
        if (node.hasPartOf()) {
            At<Reference> partOf = organization.child(node.getPartOf(), "partOf");
            icb = Optional.of(referencedOdsCode(reading, partOf, organization));
        }
        List<GpPractice> members = new ArrayList<>();
        for (int i = 0; i < node.getContained().size(); i++) {
            Resource contained = node.getContained().get(i);
            if (contained instanceof Organization && isPartOfContainer((Organization) contained)) {
                At<Organization> practice = organization.child((Organization) contained, "contained", i);
                reading.use(((Organization) contained).getPartOf());
                members.add(readGpPractice(reading, practice));
            }
        }
        Optional<OdsCode> icbCode = icb;
        return reading.build(
                organization.path(),
                () -> PrimaryCareNetwork.builder()
                        .odsCode(ods)
                        .name(name)
                        .icbOdsCode(icbCode)
                        .addAllMemberPractices(members)
                        .build());
    }

    /**
     * Reads a VCSE organisation.
     *
     * @param reading the mapping state
     * @param organization the Organization, located
     * @return the organisation
     */
    public static VcseOrganisation readVcse(Reading reading, At<Organization> organization) {
        reading.read(organization);
        Organization node = organization.node();
        VcseOrganisation.Builder vcse = VcseOrganisation.builder()
                .name(name(reading, organization)
                        .orElseThrow(() -> reading.missing(organization.path() + ".name", "the organisation's name")))
                .type(vcseType(reading, organization))
                .description(Extensions.text(reading, organization, SpExtension.DESCRIPTION))
                .sizeBand(Extensions.codedText(reading, organization, SpExtension.SIZE_BAND))
                .footprint(Extensions.coded(reading, organization, SpExtension.FOOTPRINT, Footprint.class))
                .odsCode(odsCode(reading, organization));
        Extensions.one(reading, organization, SpExtension.ANNUAL_INCOME).ifPresent(found -> {
            At<Money> income = Extensions.value(reading, found, Money.class);
            if (!CURRENCY.equals(income.node().getCurrency())) {
                throw reading.invalid(income.path() + ".currency", "must be " + CURRENCY);
            }
            vcse.annualIncomeGbp(reading.value(income.child(income.node().getValueElement(), "value"), "the income"));
        });
        vcse.directoryId(reading.identifier(organization, node.getIdentifier(), Systems.ORGANISATION_DIRECTORY_ID));
        Optional<CharityNumber> charity = Optional.empty();
        for (String scheme : CHARITY_SCHEMES) {
            Optional<String> number =
                    reading.identifier(organization, node.getIdentifier(), Systems.ORG_ID_LIST + scheme);
            if (number.isPresent()) {
                reading.once(charity, organization.path() + ".identifier", "charity number");
                String orgId = scheme + "-" + number.get();
                charity = Optional.of(
                        reading.build(organization.path() + ".identifier", () -> CharityNumber.parse(orgId)));
            }
        }
        vcse.charityNumber(charity);
        reading.identifier(organization, node.getIdentifier(), Systems.ORG_ID_LIST + COMPANY_SCHEME)
                .ifPresent(number -> vcse.companyNumber(reading.build(
                        organization.path() + ".identifier",
                        () -> CompanyNumber.parse(COMPANY_SCHEME + "-" + number))));
        Optional<String> website = Optional.empty();
        Optional<String> email = Optional.empty();
        Optional<String> telephone = Optional.empty();
        List<ContactPoint> telecoms = node.getTelecom();
        for (int i = 0; i < telecoms.size(); i++) {
            At<ContactPoint> telecom = organization.child(telecoms.get(i), "telecom", i);
            ContactPointSystem system = telecom.node().getSystem();
            if (system == ContactPointSystem.URL) {
                reading.once(website, telecom.path(), "website");
                website = Optional.of(telecomValue(reading, telecom));
            } else if (system == ContactPointSystem.EMAIL) {
                reading.once(email, telecom.path(), "e-mail address");
                email = Optional.of(telecomValue(reading, telecom));
            } else if (system == ContactPointSystem.PHONE) {
                reading.once(telephone, telecom.path(), "telephone number");
                telephone = Optional.of(telecomValue(reading, telecom));
            }
        }
        Optional<String> url = website;
        vcse.website(url.map(text -> reading.uri(organization.path() + ".telecom", text)));
        vcse.email(email).telephone(telephone);
        return reading.build(organization.path(), vcse::build);
    }

    /**
     * Reads an organisation reference: a logical Reference (identifier and display), or a reference to an
     * Organization of the input, whose ODS code and name are read.
     *
     * @param reading the mapping state
     * @param reference the reference, located
     * @param host the resource that holds it
     * @return the organisation reference
     */
    public static OrganisationRef readReference(Reading reading, At<Reference> reference, At<? extends Resource> host) {
        Reference node = reference.node();
        Optional<OdsCode> ods;
        Optional<String> name;
        if (node.hasReference()) {
            At<Organization> organization = reading.resolve(reference, Organization.class, host);
            ods = odsCode(reading, organization);
            name = name(reading, organization);
        } else {
            ods = node.hasIdentifier()
                    ? Optional.of(odsIdentifier(reading, reference.child(node.getIdentifier(), "identifier")))
                    : Optional.empty();
            name = node.hasDisplay()
                    ? Optional.of(reading.value(reference.child(node.getDisplayElement(), "display"), "the name"))
                    : Optional.empty();
            reading.use(node.hasType() ? node.getTypeElement() : null);
        }
        if (ods.isEmpty() && name.isEmpty()) {
            throw reading.missing(reference.path(), "an ODS code or a name of the organisation");
        }
        return reading.build(
                reference.path(),
                () -> OrganisationRef.builder().odsCode(ods).name(name).build());
    }

    /**
     * Reads the ODS code of a logical Reference to an organisation.
     *
     * @param reading the mapping state
     * @param reference the reference, located
     * @param host the resource that holds it
     * @return the ODS code
     */
    public static OdsCode referencedOdsCode(Reading reading, At<Reference> reference, At<? extends Resource> host) {
        return readReference(reading, reference, host)
                .odsCode()
                .orElseThrow(() -> reading.missing(reference.path() + ".identifier", "an ODS code"));
    }

    /**
     * @param ods the ODS code
     * @return the identifier under the UK Core ODS system
     */
    public static Identifier ods(OdsCode ods) {
        return new Identifier().setSystem(OdsCode.FHIR_SYSTEM).setValue(ods.value());
    }

    private static Organization withOds(OdsCode ods) {
        Organization organization = new Organization();
        organization.addIdentifier(ods(ods));
        return organization;
    }

    private static Identifier orgId(String orgId) {
        int schemeEnd = orgId.indexOf('-', orgId.indexOf('-') + 1);
        return new Identifier()
                .setSystem(Systems.ORG_ID_LIST + orgId.substring(0, schemeEnd))
                .setValue(orgId.substring(schemeEnd + 1));
    }

    private static ContactPoint telecom(ContactPointSystem system, String value) {
        return new ContactPoint().setSystem(system).setValue(value);
    }

    private static StringType text(String text) {
        return new StringType(text);
    }

    private static boolean isPartOfContainer(Organization contained) {
        return contained.hasPartOf() && "#".equals(contained.getPartOf().getReference());
    }

    private static Optional<OdsCode> odsCode(Reading reading, At<Organization> organization) {
        Optional<OdsCode> found = Optional.empty();
        List<Identifier> identifiers = organization.node().getIdentifier();
        for (int i = 0; i < identifiers.size(); i++) {
            if (OdsCode.FHIR_SYSTEM.equals(identifiers.get(i).getSystem())) {
                At<Identifier> identifier = organization.child(identifiers.get(i), "identifier", i);
                if (found.isPresent()) {
                    throw reading.structure(identifier.path(), "must not be a second ODS code");
                }
                found = Optional.of(odsIdentifier(reading, identifier));
            }
        }
        return found;
    }

    private static OdsCode odsIdentifier(Reading reading, At<Identifier> identifier) {
        if (!OdsCode.FHIR_SYSTEM.equals(identifier.node().getSystem())) {
            throw reading.invalid(identifier.path() + ".system", "must be " + OdsCode.FHIR_SYSTEM);
        }
        String value = identifierValue(reading, identifier);
        return reading.build(identifier.path() + ".value", () -> OdsCode.parse(value));
    }

    private static String identifierValue(Reading reading, At<Identifier> identifier) {
        reading.use(identifier.node().getSystemElement());
        return reading.value(identifier.child(identifier.node().getValueElement(), "value"), "the identifier's value");
    }

    private static String telecomValue(Reading reading, At<ContactPoint> telecom) {
        reading.use(telecom.node().getSystemElement());
        return reading.value(telecom.child(telecom.node().getValueElement(), "value"), "the contact's value");
    }

    private static Optional<String> name(Reading reading, At<Organization> organization) {
        Organization node = organization.node();
        return node.hasNameElement()
                ? Optional.of(reading.value(organization.child(node.getNameElement(), "name"), "the name"))
                : Optional.empty();
    }

    private static VcseOrganisationType vcseType(Reading reading, At<Organization> organization) {
        List<CodeableConcept> types = organization.node().getType();
        for (int i = 0; i < types.size(); i++) {
            CodeableConcept type = types.get(i);
            if (type.hasCoding()
                    && CodeSystems.VCSE_ORGANISATION_TYPE.equals(
                            type.getCodingFirstRep().getSystem())) {
                return Codings.codedValueOf(reading, organization.child(type, "type", i), VcseOrganisationType.class);
            }
        }
        throw reading.missing(organization.path() + ".type", "the VCSE organisation type");
    }
}

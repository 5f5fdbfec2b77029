package org.socialprescribing.fhir.mapping.internal;

import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.HealthcareService;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.fhir.FhirIssueCode;
import org.socialprescribing.model.coding.CodedText;
import org.socialprescribing.model.id.OdsCode;
import org.socialprescribing.model.org.OrganisationRef;
import org.socialprescribing.model.workforce.ProfessionalRef;

/**
 * Who is who in another system's referral: a requester, performer, owner or recipient given as a PractitionerRole,
 * Practitioner, Organization or HealthcareService of the input, or as a logical reference (an ODS identifier and a
 * display) with no resource behind it. Each becomes a {@link ProfessionalRef}: the person's name, their role, the
 * service's name and the organisation by ODS code and name. What a party holds beyond that (telecom after the first,
 * addresses, qualifications) is left unread, so the intake reports it.
 */
final class IntakeParties {

    private IntakeParties() {}

    /**
     * Reads a party leniently.
     *
     * @param intake the intake state
     * @param reference the reference, located
     * @param host the resource that holds it
     * @return the party, or empty if the reference names nothing the model can hold (reported)
     */
    static Optional<ProfessionalRef> party(Intake intake, At<Reference> reference, At<? extends Resource> host) {
        Reference node = reference.node();
        if (!node.hasReference()) {
            return logical(intake, reference)
                    .map(org -> ProfessionalRef.builder().organisation(org).build());
        }
        Optional<At<Resource>> target = intake.target(reference, host);
        if (target.isEmpty()) {
            return Optional.empty();
        }
        Resource resource = target.get().node();
        if (resource instanceof PractitionerRole) {
            return role(intake, cast(target.get(), PractitionerRole.class));
        }
        if (resource instanceof Practitioner) {
            return practitionerName(intake, cast(target.get(), Practitioner.class))
                    .map(name -> ProfessionalRef.builder().name(name).build());
        }
        if (resource instanceof Organization) {
            return organisation(intake, cast(target.get(), Organization.class))
                    .map(org -> ProfessionalRef.builder().organisation(org).build());
        }
        if (resource instanceof HealthcareService) {
            return service(intake, cast(target.get(), HealthcareService.class));
        }
        intake.warn(
                FhirIssueCode.VALUE_NOT_MAPPED,
                reference.path(),
                "points at a " + resource.fhirType()
                        + "; a party must be a PractitionerRole, Practitioner, Organization or HealthcareService");
        return Optional.empty();
    }

    /**
     * Reads an organisation leniently: from an Organization of the input, or a logical reference.
     *
     * @param intake the intake state
     * @param reference the reference, located
     * @param host the resource that holds it
     * @return the organisation, or empty if there is nothing to hold (reported)
     */
    static Optional<OrganisationRef> organisation(Intake intake, At<Reference> reference, At<? extends Resource> host) {
        if (!reference.node().hasReference()) {
            return logical(intake, reference);
        }
        Optional<At<Resource>> target = intake.target(reference, host);
        if (target.isPresent() && target.get().node() instanceof Organization) {
            return organisation(intake, cast(target.get(), Organization.class));
        }
        target.ifPresent(found -> intake.warn(
                FhirIssueCode.VALUE_NOT_MAPPED,
                reference.path(),
                "points at a " + found.node().fhirType() + ", not an Organization; not mapped"));
        return Optional.empty();
    }

    /**
     * The ODS code of an Organization, read leniently.
     *
     * @param intake the intake state
     * @param organization the Organization, located
     * @return its first ODS code, if any
     */
    static Optional<OdsCode> odsCode(Intake intake, At<Organization> organization) {
        List<Identifier> identifiers = organization.node().getIdentifier();
        for (int i = 0; i < identifiers.size(); i++) {
            Optional<OdsCode> ods = intake.ods(organization.child(identifiers.get(i), "identifier", i));
            if (ods.isPresent()) {
                return ods;
            }
        }
        return Optional.empty();
    }

    static Optional<OrganisationRef> organisation(Intake intake, At<Organization> organization) {
        Optional<OdsCode> ods = odsCode(intake, organization);
        Organization node = organization.node();
        Optional<String> name = text(intake, node.hasNameElement() ? node.getNameElement() : null);
        if (ods.isEmpty() && name.isEmpty()) {
            return Optional.empty(); // nothing read: the intake reports the Organization's content
        }
        return Optional.of(OrganisationRef.builder().odsCode(ods).name(name).build());
    }

    private static Optional<OrganisationRef> logical(Intake intake, At<Reference> reference) {
        Reference node = reference.node();
        Optional<OdsCode> ods = node.hasIdentifier()
                ? intake.ods(reference.child(node.getIdentifier(), "identifier"))
                : Optional.empty();
        Optional<String> name = text(intake, node.hasDisplay() ? node.getDisplayElement() : null);
        if (ods.isEmpty() && name.isEmpty()) {
            return Optional.empty();
        }
        intake.reading().use(node.hasType() ? node.getTypeElement() : null);
        return Optional.of(OrganisationRef.builder().odsCode(ods).name(name).build());
    }

    private static Optional<ProfessionalRef> role(Intake intake, At<PractitionerRole> role) {
        PractitionerRole node = role.node();
        var builder = ProfessionalRef.builder();
        if (node.hasPractitioner()) {
            intake.target(role.child(node.getPractitioner(), "practitioner"), role)
                    .filter(found -> found.node() instanceof Practitioner)
                    .flatMap(found -> practitionerName(intake, cast(found, Practitioner.class)))
                    .ifPresent(builder::name);
        }
        if (node.hasOrganization()) {
            organisation(intake, role.child(node.getOrganization(), "organization"), role)
                    .ifPresent(builder::organisation);
        }
        if (node.hasCode()) {
            concept(intake, role.child(node.getCodeFirstRep(), "code", 0)).ifPresent(builder::role);
        }
        if (node.hasSpecialty()) {
            concept(intake, role.child(node.getSpecialtyFirstRep(), "specialty", 0))
                    .ifPresent(builder::specialty);
        }
        if (node.hasTelecom()) {
            ContactPoint telecom = node.getTelecomFirstRep();
            text(intake, telecom.hasValueElement() ? telecom.getValueElement() : null)
                    // The contact is free text: the telecom's system (phone, e-mail) is not kept, and so is reported.
                    .ifPresent(builder::contact);
        }
        // A role with nothing the model holds (no name, role or organisation) is left for the report.
        return intake.lenient("the PractitionerRole", () -> intake.reading().build(role.path(), builder::build));
    }

    private static Optional<ProfessionalRef> service(Intake intake, At<HealthcareService> service) {
        HealthcareService node = service.node();
        var builder = ProfessionalRef.builder();
        Optional<String> name = text(intake, node.hasNameElement() ? node.getNameElement() : null);
        if (name.isPresent()) {
            builder.service(CodedText.ofText(name.get()));
        } else if (node.hasType()) {
            concept(intake, service.child(node.getTypeFirstRep(), "type", 0)).ifPresent(builder::service);
        }
        if (node.hasProvidedBy()) {
            organisation(intake, service.child(node.getProvidedBy(), "providedBy"), service)
                    .ifPresent(builder::organisation);
        }
        return intake.lenient("the HealthcareService", () -> intake.reading().build(service.path(), builder::build));
    }

    /**
     * A practitioner's name as one text: {@code HumanName.text}, or prefix, given and family names joined.
     *
     * @param intake the intake state
     * @param practitioner the Practitioner, located
     * @return the name, if it has one
     */
    static Optional<String> practitionerName(Intake intake, At<Practitioner> practitioner) {
        List<HumanName> names = practitioner.node().getName();
        if (names.isEmpty()) {
            return Optional.empty();
        }
        HumanName name = names.get(0);
        if (name.hasText()) {
            intake.reading().use(name.getTextElement());
            return Optional.of(name.getText());
        }
        String joined = name.getNameAsSingleString().trim();
        if (joined.isEmpty()) {
            return Optional.empty();
        }
        intake.reading().use(name);
        return Optional.of(joined);
    }

    /**
     * A CodeableConcept as coded text, leniently (a coding without system is left for the report).
     *
     * @param intake the intake state
     * @param concept the concept, located
     * @return the coded text, or empty
     */
    static Optional<CodedText> concept(Intake intake, At<CodeableConcept> concept) {
        return intake.lenient("the coded value", () -> Codings.codedText(intake.reading(), concept));
    }

    private static Optional<String> text(Intake intake, @Nullable StringType text) {
        if (text == null || text.getValue() == null || text.getValue().isBlank()) {
            return Optional.empty();
        }
        intake.reading().use(text);
        return Optional.of(text.getValue());
    }

    static <R extends Resource> At<R> cast(At<Resource> resource, Class<R> type) {
        return At.of(type.cast(resource.node()), resource.path());
    }
}

package org.socialprescribing.fhir.mapping.internal;

import java.math.BigDecimal;
import java.util.Optional;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.UnsignedIntType;
import org.socialprescribing.model.coding.CodeSystems;
import org.socialprescribing.model.coding.CodedText;
import org.socialprescribing.model.org.OrganisationRef;
import org.socialprescribing.model.workforce.EmploymentModel;
import org.socialprescribing.model.workforce.LinkWorkerRole;
import org.socialprescribing.model.workforce.PersonalisedCareRole;
import org.socialprescribing.model.workforce.PersonalisedCareRoleType;
import org.socialprescribing.model.workforce.ProfessionalRef;
import org.socialprescribing.model.workforce.ReportedCaseload;

/**
 * The workforce and {@code PractitionerRole}, both ways. A role's type is {@code code} (SDK code system {@value
 * CodeSystems#PERSONALISED_CARE_ROLE}) with the local title as its text. A professional reference ({@link
 * ProfessionalRef}, also the shape of a referrer) is a PractitionerRole whose name sits in a contained {@code
 * Practitioner} ({@code name.text}, as written), role in {@code code}, specialty in {@code specialty}, organisation
 * in {@code organization} (a logical reference) and contact in {@code telecom} (system {@code other}, free text);
 * grade, team and service are SDK extensions.
 */
public final class WorkforceFhir {

    private static final String PRACTITIONER_ID = "practitioner";

    private WorkforceFhir() {}

    /**
     * @param role the role
     * @return the PractitionerRole with the role as {@code code}
     */
    public static PractitionerRole write(PersonalisedCareRole role) {
        PractitionerRole practitionerRole = new PractitionerRole();
        practitionerRole.addCode(Codings.concept(role.toCodedText()));
        return practitionerRole;
    }

    /**
     * @param post the link worker post
     * @return the PractitionerRole
     */
    public static PractitionerRole write(LinkWorkerRole post) {
        PractitionerRole role = write(post.role());
        Extensions.add(role, SpExtension.EMPLOYMENT_MODEL, Codings.coding(post.employmentModel()));
        post.populationFocus()
                .forEach(focus -> Extensions.add(role, SpExtension.POPULATION_FOCUS, Codings.concept(focus)));
        Extensions.add(role, SpExtension.FTE, new DecimalType(post.fte()));
        post.pcnsServed()
                .forEach(pcn -> Extensions.add(
                        role,
                        SpExtension.PCN_SERVED,
                        new Reference().setType("Organization").setIdentifier(OrganisationFhir.ods(pcn))));
        post.reportedCaseload().ifPresent(caseload -> {
            Extension extension = Extensions.addComplex(role, SpExtension.REPORTED_CASELOAD);
            Extensions.addPart(extension, "people", new UnsignedIntType(caseload.people()));
            Extensions.addPart(
                    extension,
                    "period",
                    new Period()
                            .setStartElement(Times.dateTime(caseload.from()))
                            .setEndElement(Times.dateTime(caseload.to())));
        });
        role.setOrganization(OrganisationFhir.reference(post.employer()));
        return role;
    }

    /**
     * @param professional the professional
     * @return the PractitionerRole, the name in a contained Practitioner
     */
    public static PractitionerRole write(ProfessionalRef professional) {
        return write(ProfessionalFields.of(professional));
    }

    /**
     * @param professional the fields of a professional or referrer
     * @return the PractitionerRole, the name in a contained Practitioner
     */
    static PractitionerRole write(ProfessionalFields professional) {
        PractitionerRole role = new PractitionerRole();
        professional.grade().ifPresent(grade -> Extensions.add(role, SpExtension.GRADE, new StringType(grade)));
        professional.team().ifPresent(team -> Extensions.add(role, SpExtension.TEAM, new StringType(team)));
        professional
                .service()
                .ifPresent(service -> Extensions.add(role, SpExtension.PROFESSIONAL_SERVICE, Codings.concept(service)));
        professional.name().ifPresent(name -> {
            Practitioner practitioner = new Practitioner();
            practitioner.setId(PRACTITIONER_ID);
            practitioner.addName(new HumanName().setText(name));
            role.addContained(practitioner);
            role.setPractitioner(new Reference("#" + PRACTITIONER_ID));
        });
        professional
                .organisation()
                .ifPresent(organisation -> role.setOrganization(OrganisationFhir.reference(organisation)));
        professional.role().ifPresent(code -> role.addCode(Codings.concept(code)));
        professional.specialty().ifPresent(specialty -> role.addSpecialty(Codings.concept(specialty)));
        professional
                .contact()
                .ifPresent(contact -> role.addTelecom(new ContactPoint()
                        .setSystem(ContactPoint.ContactPointSystem.OTHER)
                        .setValue(contact)));
        return role;
    }

    /**
     * Reads a personalised care role from {@code code}.
     *
     * @param reading the mapping state
     * @param role the PractitionerRole, located
     * @return the role
     */
    public static PersonalisedCareRole readRole(Reading reading, At<PractitionerRole> role) {
        reading.read(role);
        if (!role.node().hasCode()) {
            throw reading.missing(role.path() + ".code", "the personalised care role");
        }
        At<CodeableConcept> code = role.child(role.node().getCodeFirstRep(), "code", 0);
        PersonalisedCareRoleType type = Codings.codedValueOf(reading, code, PersonalisedCareRoleType.class);
        Optional<String> title = code.node().hasTextElement()
                ? Optional.of(reading.value(code.child(code.node().getTextElement(), "text"), "the local title"))
                : Optional.empty();
        return reading.build(
                code.path(),
                () -> title.map(text -> PersonalisedCareRole.of(type, text))
                        .orElseGet(() -> PersonalisedCareRole.of(type)));
    }

    /**
     * Reads a link worker post.
     *
     * @param reading the mapping state
     * @param role the PractitionerRole, located
     * @return the post
     */
    public static LinkWorkerRole readLinkWorkerRole(Reading reading, At<PractitionerRole> role) {
        PractitionerRole node = role.node();
        LinkWorkerRole.Builder post = LinkWorkerRole.builder().role(readRole(reading, role));
        if (!node.hasOrganization()) {
            throw reading.missing(role.path() + ".organization", "the employer");
        }
        post.employer(
                OrganisationFhir.readReference(reading, role.child(node.getOrganization(), "organization"), role));
        post.employmentModel(Extensions.coded(reading, role, SpExtension.EMPLOYMENT_MODEL, EmploymentModel.class)
                .orElseThrow(() -> reading.missing(role.path() + ".extension", "the employment model")));
        post.addAllPopulationFocus(Extensions.codedTexts(reading, role, SpExtension.POPULATION_FOCUS));
        BigDecimal fte = Extensions.decimal(reading, role, SpExtension.FTE)
                .orElseThrow(() -> reading.missing(role.path() + ".extension", "the full-time equivalent"));
        post.fte(fte);
        for (At<Extension> pcn : Extensions.all(role, SpExtension.PCN_SERVED)) {
            post.addPcnsServed(
                    OrganisationFhir.referencedOdsCode(reading, Extensions.value(reading, pcn, Reference.class), role));
        }
        Extensions.one(reading, role, SpExtension.REPORTED_CASELOAD).ifPresent(found -> {
            int people = Extensions.requiredPart(reading, found, "people", UnsignedIntType.class)
                    .node()
                    .getValue();
            At<Period> period = Extensions.requiredPart(reading, found, "period", Period.class);
            post.reportedCaseload(reading.build(
                    found.path(),
                    () -> ReportedCaseload.of(
                            people,
                            Times.date(reading, period.child(period.node().getStartElement(), "start")),
                            Times.date(reading, period.child(period.node().getEndElement(), "end")))));
        });
        return reading.build(role.path(), post::build);
    }

    /**
     * Reads a professional reference.
     *
     * @param reading the mapping state
     * @param role the PractitionerRole, located
     * @return the reference
     */
    public static ProfessionalRef readProfessional(Reading reading, At<PractitionerRole> role) {
        ProfessionalFields fields = readFields(reading, role);
        return reading.build(role.path(), fields::toProfessionalRef);
    }

    /**
     * Reads the fields of a professional or referrer.
     *
     * @param reading the mapping state
     * @param role the PractitionerRole, located
     * @return the fields
     */
    static ProfessionalFields readFields(Reading reading, At<PractitionerRole> role) {
        reading.read(role);
        PractitionerRole node = role.node();
        Optional<String> grade = Extensions.text(reading, role, SpExtension.GRADE);
        Optional<String> team = Extensions.text(reading, role, SpExtension.TEAM);
        Optional<CodedText> service = Extensions.codedText(reading, role, SpExtension.PROFESSIONAL_SERVICE);
        Optional<String> name = Optional.empty();
        if (node.hasPractitioner()) {
            At<Practitioner> practitioner =
                    reading.resolve(role.child(node.getPractitioner(), "practitioner"), Practitioner.class, role);
            name = Optional.of(practitionerName(reading, practitioner));
        }
        Optional<OrganisationRef> organisation = node.hasOrganization()
                ? Optional.of(OrganisationFhir.readReference(
                        reading, role.child(node.getOrganization(), "organization"), role))
                : Optional.empty();
        Optional<CodedText> code = node.hasCode()
                ? Optional.of(Codings.codedText(reading, role.child(node.getCodeFirstRep(), "code", 0)))
                : Optional.empty();
        Optional<CodedText> specialty = node.hasSpecialty()
                ? Optional.of(Codings.codedText(reading, role.child(node.getSpecialtyFirstRep(), "specialty", 0)))
                : Optional.empty();
        Optional<String> contact = Optional.empty();
        if (node.hasTelecom()) {
            At<ContactPoint> telecom = role.child(node.getTelecomFirstRep(), "telecom", 0);
            reading.use(telecom.node().hasSystem() ? telecom.node().getSystemElement() : null);
            contact = Optional.of(
                    reading.value(telecom.child(telecom.node().getValueElement(), "value"), "the contact details"));
        }
        return new ProfessionalFields(name, code, grade, team, specialty, service, organisation, contact);
    }

    private static String practitionerName(Reading reading, At<Practitioner> practitioner) {
        Practitioner node = practitioner.node();
        if (!node.hasName()) {
            throw reading.missing(practitioner.path() + ".name", "the professional's name");
        }
        At<HumanName> name = practitioner.child(node.getNameFirstRep(), "name", 0);
        if (!name.node().hasTextElement()) {
            throw reading.missing(name.path() + ".text", "the professional's name as text");
        }
        return reading.value(name.child(name.node().getTextElement(), "text"), "the professional's name");
    }
}

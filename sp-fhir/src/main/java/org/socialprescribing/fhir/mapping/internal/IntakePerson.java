package org.socialprescribing.fhir.mapping.internal;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Patient.PatientCommunicationComponent;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.fhir.FhirIssueCode;
import org.socialprescribing.model.coding.CodedConcept;
import org.socialprescribing.model.episode.GpRegistration;
import org.socialprescribing.model.id.NhsNumber;
import org.socialprescribing.model.id.OdsCode;
import org.socialprescribing.model.id.Postcode;
import org.socialprescribing.model.org.GpPractice;
import org.socialprescribing.model.person.EthnicCategory;
import org.socialprescribing.model.person.Person;
import org.socialprescribing.model.person.PersonName;
import org.socialprescribing.model.person.StatedGender;

/**
 * Another system's Patient, read as UK Core and R4 allow: the NHS number; the current name and home address chosen
 * by {@code period} and {@code use} (never simply the first); a birth date only at full precision; the ethnic
 * category in either UK Core code system (England's as the enum, Wales's kept coded; another system is reported);
 * any BCP 47 or UK Core language code; and the GP practices as references to Organizations or, as PDS gives them, ODS identifiers with no
 * reference. An address outside the UK is a warning; anything else the model cannot hold (telecom, other names and
 * addresses, contacts) is left unread and so reported with its FHIRPath.
 */
final class IntakePerson {

    private static final String UK_CORE_LANGUAGE = "https://fhir.hl7.org.uk/CodeSystem/UKCore-HumanLanguage";
    // Country names and codes that mean the United Kingdom or one of its nations (ISO 3166 alpha-2 and alpha-3).
    private static final Set<String> UK = Set.of(
            "GB", "GBR", "UK", "UNITED KINGDOM", "ENGLAND", "WALES", "SCOTLAND", "NORTHERN IRELAND", "GREAT BRITAIN");

    private IntakePerson() {}

    static Person read(Intake intake, At<Patient> patient, LocalDate today) {
        Reading reading = intake.reading();
        Patient node = reading.read(patient).node();
        Person.Builder person = Person.builder();
        nhsNumber(intake, patient).ifPresent(person::nhsNumber);
        name(intake, patient, today).ifPresent(person::name);
        if (node.hasGender()) {
            gender(node.getGender()).ifPresent(gender -> {
                reading.use(node.getGenderElement());
                person.statedGender(gender);
            });
        }
        if (node.hasBirthDateElement()) {
            if (node.getBirthDateElement().getPrecision() == TemporalPrecisionEnum.DAY) {
                reading.use(node.getBirthDateElement());
                person.birthDate(LocalDate.parse(node.getBirthDateElement().getValueAsString()));
            } else {
                intake.warn(
                        FhirIssueCode.VALUE_NOT_MAPPED,
                        patient.path() + ".birthDate",
                        "a birth date of "
                                + node.getBirthDateElement()
                                        .getPrecision()
                                        .name()
                                        .toLowerCase(Locale.ROOT)
                                + " precision; the model holds a full date; not mapped");
            }
        }
        ethnicCategory(intake, patient, person);
        interpreter(intake, patient).ifPresent(person::interpreterNeeded);
        postcode(intake, patient, today).ifPresent(person::postcode);
        language(intake, patient).ifPresent(person::preferredLanguage);
        return intake.lenient("the Patient", () -> reading.build(patient.path(), person::build))
                .orElseGet(() -> Person.builder().build());
    }

    private static Optional<NhsNumber> nhsNumber(Intake intake, At<Patient> patient) {
        List<Identifier> identifiers = patient.node().getIdentifier();
        for (int i = 0; i < identifiers.size(); i++) {
            if (Systems.NHS_NUMBER.equals(identifiers.get(i).getSystem())) {
                At<Identifier> found = patient.child(identifiers.get(i), "identifier", i);
                String value = found.node().getValue();
                if (value == null || !NhsNumber.isValid(value)) {
                    // FHIR does not forbid processing it: the person is imported without an NHS number, loudly.
                    intake.warn(
                            FhirIssueCode.VALUE_NOT_MAPPED,
                            found.path() + ".value",
                            "is not a valid NHS number (10 digits with a modulus 11 check digit); the person is"
                                    + " imported without one; not mapped");
                    return Optional.empty();
                }
                intake.reading().use(found.node().getSystemElement());
                intake.reading().use(found.node().getValueElement());
                return Optional.of(NhsNumber.parse(value));
            }
        }
        return Optional.empty();
    }

    /**
     * The current name: not {@code old}, its period covering today; of those, official before usual before the rest.
     */
    private static Optional<PersonName> name(Intake intake, At<Patient> patient, LocalDate today) {
        List<HumanName> names = patient.node().getName();
        int best = -1;
        int bestRank = Integer.MAX_VALUE;
        for (int i = 0; i < names.size(); i++) {
            HumanName name = names.get(i);
            if (name.getUse() == HumanName.NameUse.OLD || !current(name.hasPeriod() ? name.getPeriod() : null, today)) {
                continue;
            }
            int rank = nameRank(name.getUse());
            if (rank < bestRank && (name.hasFamily() || name.hasGiven())) {
                best = i;
                bestRank = rank;
            }
        }
        if (best < 0) {
            return Optional.empty();
        }
        At<HumanName> name = patient.child(names.get(best), "name", best);
        HumanName node = name.node();
        Reading reading = intake.reading();
        List<String> given = new ArrayList<>();
        node.getGiven().forEach(part -> {
            if (part.getValue() != null && !part.getValue().isBlank()) {
                given.add(part.getValue());
                reading.use(part);
            }
        });
        Optional<String> family = Optional.ofNullable(node.getFamily()).filter(text -> !text.isBlank());
        family.ifPresent(text -> reading.use(node.getFamilyElement()));
        Optional<String> prefix = node.getPrefix().isEmpty()
                ? Optional.empty()
                : Optional.ofNullable(node.getPrefix().get(0).getValue()).filter(text -> !text.isBlank());
        prefix.ifPresent(text -> reading.use(node.getPrefix().get(0)));
        reading.use(node.hasUse() ? node.getUseElement() : null);
        reading.use(node.hasPeriod() ? node.getPeriod() : null);
        reading.use(node.hasText() ? node.getTextElement() : null); // the text repeats the parts
        return intake.lenient(
                "the name",
                () -> reading.build(
                        name.path(),
                        () -> PersonName.builder()
                                .familyName(family)
                                .addAllGivenNames(given)
                                .prefix(prefix)
                                .build()));
    }

    private static int nameRank(HumanName.NameUse use) {
        if (use == HumanName.NameUse.OFFICIAL) {
            return 0;
        }
        if (use == HumanName.NameUse.USUAL) {
            return 1;
        }
        if (use == null || use == HumanName.NameUse.NULL) {
            return 2;
        }
        return 3; // nickname, temp, anonymous, maiden
    }

    /** Whether a period (absent, or open at either end) covers a day. */
    static boolean current(@Nullable Period period, LocalDate today) {
        if (period == null || period.isEmpty()) {
            return true;
        }
        if (period.hasEnd() && period.getEndElement().getValueAsString() != null) {
            String end = period.getEndElement().getValueAsString();
            if (end.length() >= 10 && end.substring(0, 10).compareTo(today.toString()) < 0) {
                return false;
            }
        }
        if (period.hasStart() && period.getStartElement().getValueAsString() != null) {
            String start = period.getStartElement().getValueAsString();
            return start.length() < 10 || start.substring(0, 10).compareTo(today.toString()) <= 0;
        }
        return true;
    }

    private static Optional<StatedGender> gender(AdministrativeGender gender) {
        switch (gender) {
            case MALE:
                return Optional.of(StatedGender.MALE);
            case FEMALE:
                return Optional.of(StatedGender.FEMALE);
            case OTHER:
                return Optional.of(StatedGender.INDETERMINATE);
            case UNKNOWN:
                return Optional.of(StatedGender.NOT_KNOWN);
            default:
                return Optional.empty();
        }
    }

    /**
     * The ethnic category in either UK Core code system: England's as {@link EthnicCategory}, Wales's (whose codes
     * re-use England's letters with other meanings) kept as coded, with its system.
     */
    private static void ethnicCategory(Intake intake, At<Patient> patient, Person.Builder person) {
        List<Extension> extensions = patient.node().getExtension();
        for (int i = 0; i < extensions.size(); i++) {
            Extension extension = extensions.get(i);
            if (!Systems.UK_CORE_ETHNIC_CATEGORY.equals(extension.getUrl())
                    || !(extension.getValue() instanceof CodeableConcept)) {
                continue;
            }
            At<Extension> located = patient.child(extension, "extension", i);
            CodeableConcept value = (CodeableConcept) extension.getValue();
            for (int c = 0; c < value.getCoding().size(); c++) {
                Coding coding = value.getCoding().get(c);
                String path = located.path() + ".valueCodeableConcept.coding[" + c + "]";
                if (EthnicCategory.FHIR_SYSTEM.equals(coding.getSystem())) {
                    Optional<EthnicCategory> category = intake.lenient(
                            "the ethnic category",
                            () -> intake.reading()
                                    .build(path + ".code", () -> EthnicCategory.fromCode(coding.getCode())));
                    category.ifPresent(found -> {
                        intake.reading().use(extension);
                        person.ethnicCategory(found);
                    });
                    return;
                }
                if (EthnicCategory.WALES_FHIR_SYSTEM.equals(coding.getSystem())) {
                    At<Coding> at = located.child(value, "valueCodeableConcept").child(coding, "coding", c);
                    Optional<CodedConcept> category = intake.lenient(
                            "the Welsh ethnic category", () -> Codings.codedConcept(intake.reading(), at));
                    category.ifPresent(found -> {
                        intake.reading().use(extension);
                        person.otherEthnicCategory(found);
                    });
                    return;
                }
            }
            intake.warn(
                    FhirIssueCode.VALUE_NOT_MAPPED,
                    located.path(),
                    "an ethnic category in no UK Core code system (" + EthnicCategory.FHIR_SYSTEM + " or "
                            + EthnicCategory.WALES_FHIR_SYSTEM + "); not mapped");
        }
    }

    private static Optional<Boolean> interpreter(Intake intake, At<Patient> patient) {
        for (Extension extension : patient.node().getExtension()) {
            if (Systems.PATIENT_INTERPRETER_REQUIRED.equals(extension.getUrl())
                    && extension.getValue() instanceof BooleanType
                    && ((BooleanType) extension.getValue()).getValue() != null) {
                intake.reading().use(extension);
                return Optional.of(((BooleanType) extension.getValue()).getValue());
            }
        }
        return Optional.empty();
    }

    /** The postcode of the current home address (else the current address of any other use but old). */
    private static Optional<Postcode> postcode(Intake intake, At<Patient> patient, LocalDate today) {
        List<Address> addresses = patient.node().getAddress();
        int best = -1;
        int bestRank = Integer.MAX_VALUE;
        for (int i = 0; i < addresses.size(); i++) {
            Address address = addresses.get(i);
            if (address.getUse() == Address.AddressUse.OLD
                    || !current(address.hasPeriod() ? address.getPeriod() : null, today)) {
                continue;
            }
            int rank = address.getUse() == Address.AddressUse.HOME ? 0 : address.hasUse() ? 2 : 1;
            if (rank < bestRank && address.hasPostalCode()) {
                best = i;
                bestRank = rank;
            }
        }
        if (best < 0) {
            return Optional.empty();
        }
        At<Address> address = patient.child(addresses.get(best), "address", best);
        Address node = address.node();
        if (node.hasCountry() && !UK.contains(node.getCountry().trim().toUpperCase(Locale.ROOT))) {
            intake.warn(
                    FhirIssueCode.ADDRESS_OUTSIDE_UK,
                    address.path() + ".country",
                    "an address outside the United Kingdom; its postal code is not a UK postcode; not mapped");
            return Optional.empty();
        }
        String text = node.getPostalCode();
        if (!Postcode.isValid(text)) {
            intake.warn(
                    FhirIssueCode.VALUE_NOT_MAPPED, address.path() + ".postalCode", "is not a UK postcode; not mapped");
            return Optional.empty();
        }
        intake.reading().use(node.getPostalCodeElement());
        intake.reading().use(node.hasUse() ? node.getUseElement() : null);
        intake.reading().use(node.hasCountry() ? node.getCountryElement() : null);
        return Optional.of(Postcode.parse(text));
    }

    private static Optional<String> language(Intake intake, At<Patient> patient) {
        List<PatientCommunicationComponent> communications = patient.node().getCommunication();
        for (int i = 0; i < communications.size(); i++) {
            PatientCommunicationComponent communication = communications.get(i);
            if (!communication.getPreferred() && communications.size() > 1) {
                continue;
            }
            if (!communication.hasLanguage()) {
                continue;
            }
            for (Coding coding : communication.getLanguage().getCoding()) {
                if ((Systems.BCP_47.equals(coding.getSystem()) || UK_CORE_LANGUAGE.equals(coding.getSystem()))
                        && coding.getCode() != null
                        && coding.getCode().matches("[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*")) {
                    intake.reading().use(coding);
                    intake.reading().use(communication.hasPreferred() ? communication.getPreferredElement() : null);
                    return Optional.of(coding.getCode());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The GP practices: {@code generalPractitioner} references to Organizations of the input, or logical references
     * with an ODS identifier and no reference, as PDS gives them. A reference to a Practitioner or one without an ODS
     * code is reported.
     */
    static List<GpRegistration> registrations(Intake intake, At<Patient> patient) {
        List<GpRegistration> registrations = new ArrayList<>();
        List<Reference> practices = patient.node().getGeneralPractitioner();
        for (int i = 0; i < practices.size(); i++) {
            At<Reference> reference = patient.child(practices.get(i), "generalPractitioner", i);
            Optional<OdsCode> ods = Optional.empty();
            Optional<String> name = Optional.empty();
            if (reference.node().hasReference()) {
                Optional<At<Resource>> target = intake.target(reference, patient);
                if (target.isPresent() && target.get().node() instanceof Organization) {
                    At<Organization> organization = IntakeParties.cast(target.get(), Organization.class);
                    ods = IntakeParties.odsCode(intake, organization);
                    Organization org = organization.node();
                    if (ods.isPresent() && org.hasName()) {
                        intake.reading().use(org.getNameElement());
                        name = Optional.of(org.getName());
                    }
                }
            } else if (reference.node().hasIdentifier()) {
                ods = intake.ods(reference.child(reference.node().getIdentifier(), "identifier"));
                if (ods.isPresent() && reference.node().hasDisplay()) {
                    intake.reading().use(reference.node().getDisplayElement());
                    name = Optional.of(reference.node().getDisplay());
                }
                intake.reading()
                        .use(reference.node().hasType() ? reference.node().getTypeElement() : null);
            }
            if (ods.isEmpty()) {
                intake.warn(
                        FhirIssueCode.VALUE_NOT_MAPPED,
                        reference.path(),
                        "a GP registration without an ODS organisation code; not mapped");
                continue;
            }
            OdsCode code = ods.get();
            Optional<String> practiceName = name;
            registrations.add(GpRegistration.at(
                    GpPractice.builder().odsCode(code).name(practiceName).build()));
        }
        return registrations;
    }
}

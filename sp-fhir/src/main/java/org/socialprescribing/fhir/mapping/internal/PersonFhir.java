package org.socialprescribing.fhir.mapping.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumeration;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Patient.PatientCommunicationComponent;
import org.hl7.fhir.r4.model.StringType;
import org.socialprescribing.model.id.DeprivationIndex;
import org.socialprescribing.model.id.ImdDecile;
import org.socialprescribing.model.id.NhsNumber;
import org.socialprescribing.model.id.Postcode;
import org.socialprescribing.model.person.BirthSex;
import org.socialprescribing.model.person.EthnicCategory;
import org.socialprescribing.model.person.GenderIdentity;
import org.socialprescribing.model.person.Person;
import org.socialprescribing.model.person.PersonName;
import org.socialprescribing.model.person.StatedGender;

/**
 * {@link Person} and UK Core {@code Patient}, both ways. Homes: the NHS number under {@value Systems#NHS_NUMBER};
 * the official name; stated gender as {@code gender} (1 male, 2 female, 9 indeterminate as other, X not known as
 * unknown); sex at birth and ethnic category in the UK Core extensions; gender identity in the R4 core extension with
 * NHS Data Dictionary codes; interpreter need in R4 core {@code patient-interpreterRequired} (as UKCore-Patient
 * slices it); postcode as the home address's {@code postalCode}; the preferred language as a preferred
 * {@code communication}; everything else in SDK extensions.
 */
public final class PersonFhir {

    private PersonFhir() {}

    /**
     * Writes a Patient.
     *
     * @param person the person
     * @return the Patient, declaring the SDK patient profile
     */
    public static Patient write(Person person) {
        Patient patient = SpProfile.PATIENT.claim(new Patient());
        person.sexAtBirth().ifPresent(sex -> Extensions.add(patient, Systems.UK_CORE_BIRTH_SEX, birthSex(sex)));
        person.ethnicCategory()
                .ifPresent(category -> Extensions.add(
                        patient,
                        Systems.UK_CORE_ETHNIC_CATEGORY,
                        new CodeableConcept(
                                new Coding(EthnicCategory.FHIR_SYSTEM, category.code(), category.display()))));
        person.otherEthnicCategory()
                .ifPresent(category -> Extensions.add(
                        patient, Systems.UK_CORE_ETHNIC_CATEGORY, new CodeableConcept(Codings.coding(category))));
        person.interpreterNeeded()
                .ifPresent(needed ->
                        Extensions.add(patient, Systems.PATIENT_INTERPRETER_REQUIRED, new BooleanType(needed)));
        person.genderIdentity()
                .ifPresent(identity -> Extensions.add(
                        patient,
                        Systems.PATIENT_GENDER_IDENTITY,
                        new CodeableConcept(new Coding(Systems.GENDER_IDENTITY, identity.code(), identity.display()))));
        person.accessibilityNeeds()
                .forEach(need -> Extensions.add(patient, SpExtension.ACCESSIBILITY_NEED, new StringType(need)));
        person.imdDecile().ifPresent(decile -> {
            Extension imd = Extensions.addComplex(patient, SpExtension.IMD_DECILE);
            Extensions.addPart(
                    imd,
                    "index",
                    new Coding(Systems.DEPRIVATION_INDEX, decile.index().code(), display(decile.index())));
            Extensions.addPart(imd, "decile", new IntegerType(decile.decile()));
        });
        person.disability().ifPresent(flag -> Extensions.add(patient, SpExtension.DISABILITY, new BooleanType(flag)));
        person.homeless().ifPresent(flag -> Extensions.add(patient, SpExtension.HOMELESS, new BooleanType(flag)));
        person.carer().ifPresent(flag -> Extensions.add(patient, SpExtension.CARER, new BooleanType(flag)));

        person.nhsNumber()
                .ifPresent(nhsNumber -> patient.addIdentifier(
                        new Identifier().setSystem(Systems.NHS_NUMBER).setValue(nhsNumber.value())));
        person.name().ifPresent(recorded -> {
            HumanName name = patient.addName().setUse(HumanName.NameUse.OFFICIAL);
            recorded.familyName().ifPresent(name::setFamily);
            recorded.givenNames().forEach(name::addGiven);
            recorded.prefix().ifPresent(name::addPrefix);
        });
        person.statedGender().ifPresent(gender -> patient.setGender(gender(gender)));
        person.birthDate().ifPresent(date -> patient.setBirthDateElement(Times.date(date)));
        person.postcode()
                .ifPresent(postcode ->
                        patient.addAddress().setUse(Address.AddressUse.HOME).setPostalCode(postcode.value()));
        person.preferredLanguage()
                .ifPresent(tag -> patient.addCommunication()
                        .setLanguage(new CodeableConcept(new Coding(Systems.BCP_47, tag, null)))
                        .setPreferred(true));
        return patient;
    }

    /**
     * Reads a Patient. Elements it does not read (other identifiers, a second name, a name with neither a given nor
     * a family name, address lines) are left for {@link Reading#finish} to report. A Patient without an NHS number
     * or a name is a person whose NHS number or name is not recorded.
     *
     * @param reading the mapping state
     * @param patient the Patient, located and read
     * @return the person
     * @throws org.socialprescribing.fhir.FhirFormatException if the NHS number is invalid or given twice
     */
    public static Person read(Reading reading, At<Patient> patient) {
        Patient node = reading.read(patient).node();
        Person.Builder person =
                Person.builder().nhsNumber(nhsNumber(reading, patient)).name(name(reading, patient));
        Extensions.one(reading, patient, Systems.UK_CORE_BIRTH_SEX)
                .ifPresent(found ->
                        person.sexAtBirth(birthSex(reading, Extensions.value(reading, found, CodeableConcept.class))));
        Extensions.one(reading, patient, Systems.UK_CORE_ETHNIC_CATEGORY)
                .ifPresent(found ->
                        ethnicCategory(reading, Extensions.value(reading, found, CodeableConcept.class), person));
        Extensions.one(reading, patient, Systems.PATIENT_INTERPRETER_REQUIRED)
                .ifPresent(found -> person.interpreterNeeded(Extensions.value(reading, found, BooleanType.class)
                        .node()
                        .booleanValue()));
        Extensions.one(reading, patient, Systems.PATIENT_GENDER_IDENTITY)
                .ifPresent(found -> person.genderIdentity(
                        genderIdentity(reading, Extensions.value(reading, found, CodeableConcept.class))));
        person.addAllAccessibilityNeeds(Extensions.texts(reading, patient, SpExtension.ACCESSIBILITY_NEED));
        Extensions.one(reading, patient, SpExtension.IMD_DECILE)
                .ifPresent(found -> person.imdDecile(imdDecile(reading, found)));
        person.disability(Extensions.flag(reading, patient, SpExtension.DISABILITY));
        person.homeless(Extensions.flag(reading, patient, SpExtension.HOMELESS));
        person.carer(Extensions.flag(reading, patient, SpExtension.CARER));

        if (node.hasGender()) {
            person.statedGender(statedGender(reading, patient.child(node.getGenderElement(), "gender")));
        }
        if (node.hasBirthDateElement()) {
            person.birthDate(Times.date(reading, patient.child(node.getBirthDateElement(), "birthDate")));
        }
        postcode(reading, patient).ifPresent(person::postcode);
        preferredLanguage(reading, patient).ifPresent(person::preferredLanguage);
        return reading.build(patient.path(), person::build);
    }

    private static Optional<NhsNumber> nhsNumber(Reading reading, At<Patient> patient) {
        At<Identifier> found = null;
        List<Identifier> identifiers = patient.node().getIdentifier();
        for (int i = 0; i < identifiers.size(); i++) {
            if (Systems.NHS_NUMBER.equals(identifiers.get(i).getSystem())) {
                if (found != null) {
                    throw reading.structure(
                            patient.path() + ".identifier[" + i + "]", "must not be a second NHS number");
                }
                found = patient.child(identifiers.get(i), "identifier", i);
            }
        }
        if (found == null) {
            return Optional.empty();
        }
        At<Identifier> nhs = found;
        reading.use(nhs.node().getSystemElement());
        String value = reading.value(nhs.child(nhs.node().getValueElement(), "value"), "the NHS number");
        return Optional.of(reading.build(nhs.path() + ".value", () -> NhsNumber.parse(value)));
    }

    private static Optional<PersonName> name(Reading reading, At<Patient> patient) {
        List<HumanName> names = patient.node().getName();
        if (names.isEmpty()) {
            return Optional.empty();
        }
        int index = 0;
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).getUse() == HumanName.NameUse.OFFICIAL) {
                index = i;
                break;
            }
        }
        At<HumanName> name = patient.child(names.get(index), "name", index);
        HumanName node = name.node();
        if (!node.hasGiven() && !node.hasFamily()) {
            return Optional.empty(); // nothing the model can hold: finish() reports the name's content
        }
        if (node.getPrefix().size() > 1) {
            throw reading.structure(name.path() + ".prefix[1]", "must not be a second prefix");
        }
        reading.use(node.hasUse() ? node.getUseElement() : null);
        Optional<String> family = node.hasFamilyElement()
                ? Optional.of(reading.value(name.child(node.getFamilyElement(), "family"), "the family name"))
                : Optional.empty();
        List<String> given = new ArrayList<>();
        for (int i = 0; i < node.getGiven().size(); i++) {
            given.add(reading.value(name.child(node.getGiven().get(i), "given", i), "a given name"));
        }
        Optional<String> prefix = node.getPrefix().isEmpty()
                ? Optional.empty()
                : Optional.of(reading.value(name.child(node.getPrefix().get(0), "prefix", 0), "the prefix"));
        return Optional.of(reading.build(
                name.path(),
                () -> PersonName.builder()
                        .familyName(family)
                        .addAllGivenNames(given)
                        .prefix(prefix)
                        .build()));
    }

    private static Optional<Postcode> postcode(Reading reading, At<Patient> patient) {
        List<Address> addresses = patient.node().getAddress();
        for (int i = 0; i < addresses.size(); i++) {
            Address address = addresses.get(i);
            if (address.hasPostalCode()) {
                At<Address> located = patient.child(address, "address", i);
                reading.use(address.hasUse() ? address.getUseElement() : null);
                String postcode =
                        reading.value(located.child(address.getPostalCodeElement(), "postalCode"), "the postcode");
                return Optional.of(reading.build(located.path() + ".postalCode", () -> Postcode.parse(postcode)));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> preferredLanguage(Reading reading, At<Patient> patient) {
        List<PatientCommunicationComponent> communications = patient.node().getCommunication();
        for (int i = 0; i < communications.size(); i++) {
            PatientCommunicationComponent communication = communications.get(i);
            if (communication.getPreferred() || communications.size() == 1) {
                At<PatientCommunicationComponent> located = patient.child(communication, "communication", i);
                At<CodeableConcept> language = located.child(communication.getLanguage(), "language");
                if (!communication.getLanguage().hasCoding()) {
                    throw reading.missing(language.path() + ".coding", "a BCP 47 language tag");
                }
                At<Coding> coding = language.child(communication.getLanguage().getCodingFirstRep(), "coding", 0);
                if (!Systems.BCP_47.equals(coding.node().getSystem())) {
                    throw reading.invalid(coding.path() + ".system", "must be " + Systems.BCP_47);
                }
                reading.use(coding.node().getSystemElement());
                reading.use(coding.node().hasDisplay() ? coding.node().getDisplayElement() : null);
                reading.use(communication.hasPreferred() ? communication.getPreferredElement() : null);
                return Optional.of(
                        reading.value(coding.child(coding.node().getCodeElement(), "code"), "the language tag"));
            }
        }
        return Optional.empty();
    }

    private static CodeableConcept birthSex(BirthSex sex) {
        String system = sex == BirthSex.UNKNOWN ? Systems.V3_NULL_FLAVOR : Systems.V3_ADMINISTRATIVE_GENDER;
        return new CodeableConcept(new Coding(system, sex.code(), sex.display()));
    }

    private static BirthSex birthSex(Reading reading, At<CodeableConcept> concept) {
        At<Coding> coding = firstCoding(reading, concept);
        String expected =
                "UNK".equals(coding.node().getCode()) ? Systems.V3_NULL_FLAVOR : Systems.V3_ADMINISTRATIVE_GENDER;
        if (!expected.equals(coding.node().getSystem())) {
            throw reading.invalid(coding.path() + ".system", "must be " + expected + " for a UK Core birth sex");
        }
        reading.use(concept.node());
        return reading.build(
                coding.path() + ".code", () -> BirthSex.fromCode(coding.node().getCode()));
    }

    /** England's categories as {@link EthnicCategory}; Wales's, which re-use the letters, as a coded concept. */
    private static void ethnicCategory(Reading reading, At<CodeableConcept> concept, Person.Builder person) {
        At<Coding> coding = firstCoding(reading, concept);
        String system = coding.node().getSystem();
        if (EthnicCategory.WALES_FHIR_SYSTEM.equals(system)) {
            reading.use(concept.node());
            person.otherEthnicCategory(Codings.codedConcept(reading, coding));
            return;
        }
        if (!EthnicCategory.FHIR_SYSTEM.equals(system)) {
            throw reading.invalid(
                    coding.path() + ".system",
                    "must be " + EthnicCategory.FHIR_SYSTEM + " or " + EthnicCategory.WALES_FHIR_SYSTEM);
        }
        reading.use(concept.node());
        person.ethnicCategory(reading.build(
                coding.path() + ".code",
                () -> EthnicCategory.fromCode(coding.node().getCode())));
    }

    private static GenderIdentity genderIdentity(Reading reading, At<CodeableConcept> concept) {
        At<Coding> coding = firstCoding(reading, concept);
        if (!Systems.GENDER_IDENTITY.equals(coding.node().getSystem())) {
            throw reading.invalid(coding.path() + ".system", "must be " + Systems.GENDER_IDENTITY);
        }
        reading.use(concept.node());
        return reading.build(
                coding.path() + ".code",
                () -> GenderIdentity.fromCode(coding.node().getCode()));
    }

    private static At<Coding> firstCoding(Reading reading, At<CodeableConcept> concept) {
        if (concept.node().getCoding().size() != 1) {
            throw reading.structure(concept.path() + ".coding", "must hold exactly one coding");
        }
        return concept.child(concept.node().getCodingFirstRep(), "coding", 0);
    }

    /**
     * The display of a release of the English Indices of Deprivation, e.g. {@code English Indices of Deprivation
     * 2019 (2011 LSOAs)}.
     *
     * @param index the release
     * @return the display
     */
    public static String display(DeprivationIndex index) {
        return "English Indices of Deprivation " + index.name().substring("IOD".length()) + " (" + index.lsoaVintage()
                + " LSOAs)";
    }

    private static ImdDecile imdDecile(Reading reading, At<Extension> extension) {
        At<Coding> index = Extensions.requiredPart(reading, extension, "index", Coding.class);
        if (!Systems.DEPRIVATION_INDEX.equals(index.node().getSystem())) {
            throw reading.invalid(index.path() + ".system", "must be " + Systems.DEPRIVATION_INDEX);
        }
        At<IntegerType> decile = Extensions.requiredPart(reading, extension, "decile", IntegerType.class);
        DeprivationIndex release = reading.build(
                index.path() + ".code",
                () -> DeprivationIndex.fromCode(index.node().getCode()));
        return reading.build(
                decile.path(), () -> ImdDecile.of(release, decile.node().getValue()));
    }

    private static AdministrativeGender gender(StatedGender gender) {
        return switch (gender) {
            case MALE -> AdministrativeGender.MALE;
            case FEMALE -> AdministrativeGender.FEMALE;
            case INDETERMINATE -> AdministrativeGender.OTHER;
            case NOT_KNOWN -> AdministrativeGender.UNKNOWN;
        };
    }

    private static StatedGender statedGender(Reading reading, At<Enumeration<AdministrativeGender>> gender) {
        switch (reading.value(gender, "the gender")) {
            case MALE:
                return StatedGender.MALE;
            case FEMALE:
                return StatedGender.FEMALE;
            case OTHER:
                return StatedGender.INDETERMINATE;
            case UNKNOWN:
                return StatedGender.NOT_KNOWN;
            default:
                throw reading.invalid(gender.path(), "must be male, female, other or unknown");
        }
    }
}

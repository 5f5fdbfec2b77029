package org.socialprescribing.fhir.mapping;

import static java.util.Objects.requireNonNull;

import org.hl7.fhir.r4.model.Patient;
import org.socialprescribing.fhir.FhirFormatException;
import org.socialprescribing.fhir.mapping.internal.PersonFhir;
import org.socialprescribing.fhir.mapping.internal.Reading;
import org.socialprescribing.fhir.mapping.internal.TextCheck;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.MappingResult;
import org.socialprescribing.model.person.Person;

/**
 * {@link Person} and a UK Core {@code Patient}, both ways and without loss: {@code toPerson(toPatient(p))} equals
 * {@code p}. The NHS number goes under {@code https://fhir.nhs.uk/Id/nhs-number}, sex at birth and ethnic category
 * into the UK Core extensions, interpreter need into {@code patient-interpreterRequired}, the postcode into the home
 * address, the preferred language into {@code communication}; fields without a standard home go into SDK
 * extensions. {@code docs/fhir.md} lists every element.
 */
public final class PersonMapper {

    private PersonMapper() {}

    /**
     * Maps a person to a Patient. The Patient declares the SDK's patient profile and meets UKCore-Patient.
     *
     * @param person the person, not null
     * @return a new Patient, without id
     * @throws InvalidValueException if a text holds a control character or is blank, which FHIR cannot carry
     */
    public static Patient toPatient(Person person) {
        return TextCheck.checked(PersonFhir.write(requireNonNull(person, "person")));
    }

    /**
     * Maps a Patient to a person.
     *
     * @param patient the Patient, not null; not changed
     * @return the person, with warnings for Patient content the SDK's model has no home for; a Patient without an
     *     NHS number or a name gives a person whose NHS number or name is not recorded
     * @throws FhirFormatException if the Patient has two NHS numbers, an invalid one, or an element the mapping
     *     reads is invalid; the location names the element
     */
    public static MappingResult<Person> toPerson(Patient patient) {
        return Reading.mapOne(requireNonNull(patient, "patient"), PersonFhir::read, "the person");
    }
}

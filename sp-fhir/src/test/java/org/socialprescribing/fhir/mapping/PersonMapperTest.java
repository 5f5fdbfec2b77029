package org.socialprescribing.fhir.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.Test;
import org.socialprescribing.fhir.FhirFormatException;
import org.socialprescribing.fhir.FhirIssueCode;
import org.socialprescribing.fhir.FhirResourceReader;
import org.socialprescribing.fhir.SpFhir;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.MappingResult;
import org.socialprescribing.model.id.NhsNumber;
import org.socialprescribing.model.person.Person;
import org.socialprescribing.model.person.PersonName;
import org.socialprescribing.model.person.StatedGender;
import org.socialprescribing.testkit.SpArbitraries;

class PersonMapperTest {

    private static final Person ANNA = Person.builder()
            .nhsNumber(NhsNumber.parse("9434765919"))
            .name(PersonName.of("Okafor", "Anna"))
            .birthDate(LocalDate.of(1957, 3, 14))
            .statedGender(StatedGender.FEMALE)
            .build();

    @Property(tries = 200)
    void toPerson_givesBackTheSamePerson(@ForAll("people") Person person) {
        MappingResult<Person> back = PersonMapper.toPerson(PersonMapper.toPatient(person));
        assertThat(back.value()).isEqualTo(person);
        assertThat(back.report().issues()).isEmpty();
    }

    @Property(tries = 100)
    void jsonRoundTrip_givesBackTheSamePerson(@ForAll("people") Person person) {
        String json = SpFhir.newJsonParser().encodeResourceToString(PersonMapper.toPatient(person));
        Patient parsed = FhirResourceReader.standard().parse(json, Patient.class);
        assertThat(PersonMapper.toPerson(parsed).value()).isEqualTo(person);
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<Person> people() {
        return SpArbitraries.asReferred().persons();
    }

    @Test
    void toPatient_refusesControlCharacters() {
        Person person = ANNA.withName(PersonName.of("Ok\u0001afor", "Anna"));
        assertThatThrownBy(() -> PersonMapper.toPatient(person))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("Patient.name[0].family")
                .hasMessageContaining("U+0001")
                .hasMessageNotContaining("afor");
    }

    @Test
    void toPerson_reportsUnknownExtensionsAndElements() {
        Patient patient = PersonMapper.toPatient(ANNA);
        patient.addExtension(new Extension("https://example.org/favourite-colour", new StringType("green")));
        patient.getNameFirstRep().addSuffix("OBE");
        MappingResult<Person> result = PersonMapper.toPerson(patient);
        assertThat(result.value()).isEqualTo(ANNA);
        assertThat(result.report().issues())
                .extracting(issue -> issue.code().code() + " " + issue.path())
                .containsExactly(
                        "fhir.input.unmapped-content Patient.extension[0]",
                        "fhir.input.unmapped-content Patient.name[0].suffix[0]");
    }

    @Test
    void toPerson_rejectsAnInvalidNhsNumberWithItsLocation() {
        Patient patient = PersonMapper.toPatient(ANNA);
        patient.getIdentifierFirstRep().setValue("9434765918");
        assertThatThrownBy(() -> PersonMapper.toPerson(patient))
                .isInstanceOfSatisfying(FhirFormatException.class, e -> {
                    assertThat(e.code()).isEqualTo(FhirIssueCode.INVALID_VALUE);
                    assertThat(e.location()).isEqualTo("Patient.identifier[0].value");
                })
                .hasMessageNotContaining("9434765918");
    }

    @Test
    void aPatientWithoutNhsNumberOrName_isAPersonWithoutThem() {
        Patient patient = PersonMapper.toPatient(ANNA);
        patient.getIdentifier().clear();
        patient.getName().clear();
        Person person = PersonMapper.toPerson(patient).value();
        assertThat(person.nhsNumber()).isEmpty();
        assertThat(person.name()).isEmpty();
        assertThat(person.birthDate()).isEqualTo(ANNA.birthDate());
        assertThat(PersonMapper.toPatient(person).hasIdentifier()).isFalse();
    }
}

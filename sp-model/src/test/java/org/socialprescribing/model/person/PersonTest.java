package org.socialprescribing.model.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.time.api.Dates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.coding.CodedConcept;
import org.socialprescribing.model.id.DeprivationIndex;
import org.socialprescribing.model.id.ImdDecile;
import org.socialprescribing.model.id.NhsNumber;
import org.socialprescribing.model.id.NhsNumberArbitraries;
import org.socialprescribing.model.id.Postcode;

class PersonTest {

    static final NhsNumber NHS_NUMBER = NhsNumber.parse("9434765919");

    static Person minimal() {
        return Person.builder()
                .nhsNumber(NHS_NUMBER)
                .name(PersonName.of("Smith", "Jane"))
                .build();
    }

    static Person full() {
        return Person.builder()
                .nhsNumber(NHS_NUMBER)
                .name(PersonName.builder()
                        .addGivenName("Jane")
                        .addGivenName("Ann")
                        .familyName("Smith")
                        .prefix("Dr")
                        .build())
                .birthDate(LocalDate.of(1960, 2, 29))
                .sexAtBirth(BirthSex.FEMALE)
                .statedGender(StatedGender.FEMALE)
                .genderIdentity(GenderIdentity.FEMALE)
                .ethnicCategory(EthnicCategory.WHITE_IRISH)
                .postcode(Postcode.parse("LS1 4AP"))
                .preferredLanguage("pa-IN")
                .interpreterNeeded(true)
                .addAccessibilityNeed("BSL interpreter")
                .imdDecile(ImdDecile.of(DeprivationIndex.IOD2025, 2))
                .disability(false)
                .homeless(false)
                .carer(true)
                .build();
    }

    @Test
    void everyItemIsOptional_soAPersonIsRecordedAsAReferralDescribesThem() {
        Person person = minimal();
        assertThat(person.birthDate()).isEmpty();
        assertThat(person.accessibilityNeeds()).isEmpty();
        Person unnamed = Person.builder().nhsNumber(NHS_NUMBER).build();
        assertThat(unnamed.name()).isEmpty();
        assertThat(unnamed.toString()).isEqualTo("Person[*** *** 5919, no name]");
        Person noNumberYet =
                Person.builder().name(PersonName.of("Smith", "Jane")).build();
        assertThat(noNumberYet.nhsNumber()).isEmpty();
        assertThat(noNumberYet.toString()).isEqualTo("Person[no NHS number, J. S.]");
    }

    @Test
    void json_roundTripsWithCodesInLowerCase() throws Exception {
        Person person = full();
        String json = PersonJson.MAPPER.writeValueAsString(person);
        assertThat(json)
                .contains("\"nhsNumber\":\"9434765919\"")
                .contains("\"birthDate\":\"1960-02-29\"")
                .contains("\"sexAtBirth\":\"f\"")
                .contains("\"statedGender\":\"2\"")
                .contains("\"ethnicCategory\":\"b\"")
                .contains("\"postcode\":\"LS1 4AP\"")
                .contains("\"imdDecile\":{\"index\":\"iod2025\",\"decile\":2}");
        assertThat(PersonJson.MAPPER.readValue(json, Person.class)).isEqualTo(person);
    }

    @Test
    void json_omitsAbsentValues() throws Exception {
        String json = PersonJson.MAPPER.writeValueAsString(minimal());
        assertThat(json).doesNotContain("birthDate").doesNotContain("null");
        assertThat(PersonJson.MAPPER.readValue(json, Person.class)).isEqualTo(minimal());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"nhsNumber\":\"9434765918\",\"name\":{\"givenNames\":[\"J\"],\"familyName\":\"S\"}}",
                "{\"nhsNumber\":\"9434765919\",\"name\":{\"givenNames\":[]}}",
                "{\"nhsNumber\":\"9434765919\",\"name\":{\"givenNames\":[\"J\"],\"familyName\":\"S\"},\"colour\":1}",
                "{\"nhsNumber\":\"9434765919\",\"name\":{\"givenNames\":[\"J\"],\"familyName\":\"S\"},\"sexAtBirth\":\"w\"}",
                "{\"name\":{\"givenNames\":[\"J\"],\"familyName\":\" \"}}",
                "{\"nhsNumber\":9434765919}",
                "[]"
            })
    void json_rejectsBadInputWithJacksonError(String json) {
        assertThatExceptionOfType(JsonMappingException.class)
                .isThrownBy(() -> PersonJson.MAPPER.readValue(json, Person.class))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("9434765918"));
    }

    @Test
    void preferredLanguage_isCheckedLightly() {
        assertThat(minimal().withPreferredLanguage("cy").preferredLanguage()).contains("cy");
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> minimal().withPreferredLanguage("Welsh language"))
                .satisfies(e -> assertThat(e.field()).isEqualTo("preferredLanguage"));
    }

    @Test
    void otherEthnicCategory_holdsAWelshCodeWithItsSystem_neverBesideTheEnglishOne() {
        CodedConcept arab = CodedConcept.of(EthnicCategory.WALES_FHIR_SYSTEM, "T", "Arab");
        Person welsh = minimal().withOtherEthnicCategory(arab);
        assertThat(welsh.otherEthnicCategory()).contains(arab);
        assertThat(welsh.ethnicCategory()).isEmpty();

        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> full().withOtherEthnicCategory(arab))
                .satisfies(e -> assertThat(e.field()).isEqualTo("otherEthnicCategory"));
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> minimal().withOtherEthnicCategory(CodedConcept.of(EthnicCategory.FHIR_SYSTEM, "A")))
                .satisfies(e -> assertThat(e.rule()).contains("record it as ethnicCategory"));
    }

    @Test
    void accessibilityNeeds_mustNotBeBlank() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> minimal().withAccessibilityNeeds(" "));
    }

    // Born on 29 February: whole years by java.time.Period, so the first birthday falls on 1 March.
    @ParameterizedTest
    @CsvSource({"1960-02-29, 0", "1961-02-28, 0", "1961-03-01, 1", "2024-02-28, 63", "2024-02-29, 64"})
    void ageOn_countsWholeYears(LocalDate date, int age) {
        assertThat(full().ageOn(date)).hasValue(age);
    }

    @Test
    void ageOn_isEmptyWithoutBirthDateAndRejectsEarlierDates() {
        assertThat(minimal().ageOn(LocalDate.of(2020, 1, 1))).isEmpty();
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> full().ageOn(LocalDate.of(1959, 1, 1)))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("1960"));
    }

    @Test
    void ageBandOn_picksTheFirstCallerBandThatContainsTheAge() {
        List<AgeBand> bands = List.of(AgeBand.of(0, 17), AgeBand.of(18, 64), AgeBand.atLeast(65));
        assertThat(full().ageBandOn(LocalDate.of(2024, 3, 1), bands)).contains(AgeBand.of(18, 64));
        assertThat(full().ageBandOn(LocalDate.of(2025, 3, 1), bands)).contains(AgeBand.atLeast(65));
        assertThat(full().ageBandOn(LocalDate.of(2025, 3, 1), List.of(AgeBand.of(0, 17))))
                .isEmpty();
        assertThat(minimal().ageBandOn(LocalDate.of(2025, 3, 1), bands)).isEmpty();
    }

    @Property(tries = 200)
    void json_roundTripsRandomPeople(@ForAll("people") Person person) throws JsonProcessingException {
        String json = PersonJson.MAPPER.writeValueAsString(person);
        assertThat(PersonJson.MAPPER.readValue(json, Person.class)).isEqualTo(person);
        // Only the masked content counts: a short random family name such as "so" is part of the word "Person".
        String shown = person.toString().substring("Person[".length());
        assertThat(shown)
                .doesNotContain(
                        person.nhsNumber().orElseThrow().value(),
                        person.name().orElseThrow().familyName().orElseThrow());
    }

    @Provide
    Arbitrary<Person> people() {
        Arbitrary<NhsNumber> numbers = NhsNumberArbitraries.valid();
        Arbitrary<String> names = Arbitraries.strings().alpha().ofMinLength(2).ofMaxLength(40);
        return Builders.withBuilder(Person::builder)
                .use(numbers)
                .in((builder, number) -> builder.nhsNumber(number))
                .use(names.list()
                        .ofMinSize(1)
                        .ofMaxSize(3)
                        .flatMap(given -> names.map(family -> PersonName.builder()
                                .addAllGivenNames(given)
                                .familyName(family)
                                .build())))
                .in((builder, name) -> builder.name(name))
                .use(Dates.dates()
                        .between(LocalDate.of(1900, 1, 1), LocalDate.of(2025, 12, 31))
                        .optional())
                .in((builder, date) -> builder.birthDate(date))
                .use(Arbitraries.of(EthnicCategory.class).optional())
                .in((builder, category) -> builder.ethnicCategory(category))
                .use(Arbitraries.of(GenderIdentity.class).optional())
                .in((builder, identity) -> builder.genderIdentity(identity))
                .use(Arbitraries.integers().between(1, 10).optional())
                .in((builder, decile) -> builder.imdDecile(decile.map(d -> ImdDecile.of(DeprivationIndex.IOD2019, d))))
                .use(Arbitraries.of(true, false).optional())
                .in((builder, flag) -> builder.homeless(flag))
                .build(Person.Builder::build);
    }
}

package org.socialprescribing.model.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.socialprescribing.model.id.NhsNumber;
import org.socialprescribing.model.id.NhsNumberArbitraries;

/** No NHS number, name, birth date or postcode appears unmasked in a toString() or exception message. */
class MaskingTest {

    @Test
    void person_toStringRevealsNothingPersonal() {
        Person person = PersonTest.full();
        assertThat(person.toString())
                .isEqualTo("Person[*** *** 5919, J. A. S.]")
                .doesNotContain("9434765919", "943 476", "Jane", "Ann", "Smith", "1960", "LS1", "4AP");
        assertThat(person.name().orElseThrow().toString()).doesNotContain("Jane", "Smith");
        assertThat(person.nhsNumber().orElseThrow().toString()).doesNotContain("943476", "943 476");
    }

    @Property(tries = 300)
    void nhsNumber_neverAppearsInToStringOrMessages(
            @ForAll("numbers") String digits, @ForAll("layouts") String layout) {
        String spaced = digits.substring(0, 3) + layout + digits.substring(3, 6) + layout + digits.substring(6);
        assertThat(NhsNumber.parse(spaced).toString()).doesNotContain(digits.substring(0, 6));
        String wrongCheck = digits.substring(0, 9) + (char) ('0' + (digits.charAt(9) - '0' + 1) % 10);
        for (String bad : List.of(wrongCheck, digits + "1", digits.substring(1), digits.substring(0, 9) + "X")) {
            Throwable thrown = catchThrowable(() -> NhsNumber.parse(bad));
            assertThat(thrown).isNotNull();
            assertThat(thrown.getMessage()).doesNotContain(bad, bad.substring(0, 6));
            assertThat(thrown.toString()).doesNotContain(bad.substring(0, 6));
        }
    }

    @Property(tries = 100)
    void name_neverAppearsInToString(@ForAll("names") String given, @ForAll("names") String family) {
        PersonName name = PersonName.of(family, given);
        Person person = Person.builder()
                .nhsNumber(NhsNumber.parse("9434765919"))
                .name(name)
                .build();
        assertThat(shown(name.toString())).doesNotContain(given, family);
        assertThat(shown(person.toString())).doesNotContain(given, family);
    }

    /** What a toString shows of the value, without the type name (a name such as "am" is in "PersonName"). */
    private static String shown(String text) {
        return text.substring(text.indexOf('['));
    }

    @Provide
    Arbitrary<String> numbers() {
        return NhsNumberArbitraries.validDigits();
    }

    @Provide
    Arbitrary<String> layouts() {
        return Arbitraries.of("", " ", "-", "  ");
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.strings().alpha().ofMinLength(2).ofMaxLength(20);
    }
}

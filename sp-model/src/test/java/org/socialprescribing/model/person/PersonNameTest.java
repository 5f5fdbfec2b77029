package org.socialprescribing.model.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.api.Test;
import org.socialprescribing.model.InvalidValueException;

class PersonNameTest {

    @Test
    void toString_showsInitialsOnly() {
        PersonName name = PersonName.builder()
                .addGivenName("Jane")
                .addGivenName("Ann")
                .familyName("Smith")
                .prefix("Dr")
                .build();
        assertThat(name).hasToString("PersonName[J. A. S.]");
        assertThat(name.initials()).isEqualTo("J. A. S.");
    }

    @Test
    void initials_keepSupplementaryCharactersWhole() {
        assertThat(PersonName.of("\uD835\uDC9CLi", "\uD835\uDC9Fan").initials())
                .isEqualTo("\uD835\uDC9F. \uD835\uDC9C.");
    }

    @Test
    void aNameKnownInPart_canBeHeld() {
        assertThat(PersonName.of("Smith").initials()).isEqualTo("S.");
        assertThat(PersonName.builder().addGivenName("Jane").build().initials()).isEqualTo("J.");
        assertThat(PersonName.builder().addGivenName("Jane").build().familyName())
                .isEmpty();
    }

    @Test
    void check_rejectsAnEmptyNameOrBlankPartsWithoutQuotingThem() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> PersonName.builder().build())
                .withMessage("name: needs a given or a family name");
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> PersonName.of(" ", "Jane"))
                .withMessage("name.familyName: must not be blank when present");
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> PersonName.of("Smith", "Jane", ""))
                .satisfies(e -> assertThat(e.value()).isEmpty());
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> PersonName.builder()
                        .addGivenName("Jane")
                        .familyName("Smith")
                        .prefix("")
                        .build());
    }
}

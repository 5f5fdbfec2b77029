package org.socialprescribing.model.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.id.DeprivationIndex;

class CodesTest {

    // uk-identifiers.md §7 table, NHS DD ETHNIC CATEGORY [V] S37 (= UK Core EthnicCategoryEngland).
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "A|White - British",
                "B|White - Irish",
                "C|White - Any other White background",
                "D|Mixed - White and Black Caribbean",
                "E|Mixed - White and Black African",
                "F|Mixed - White and Asian",
                "G|Mixed - Any other mixed background",
                "H|Asian or Asian British - Indian",
                "J|Asian or Asian British - Pakistani",
                "K|Asian or Asian British - Bangladeshi",
                "L|Asian or Asian British - Any other Asian background",
                "M|Black or Black British - Caribbean",
                "N|Black or Black British - African",
                "P|Black or Black British - Any other Black background",
                "R|Other Ethnic Groups - Chinese",
                "S|Other Ethnic Groups - Any other ethnic group",
                "Z|Not stated",
                "99|Not known"
            })
    void ethnicCategory_matchesDataDictionary(String code, String display) {
        EthnicCategory category = EthnicCategory.fromCode(code);
        assertThat(category.code()).isEqualTo(code);
        assertThat(category.display()).isEqualTo(display);
        assertThat(EthnicCategory.fromCode(code.toLowerCase(Locale.ROOT))).isEqualTo(category);
    }

    @Test
    void ethnicCategory_hasExactlyTheEighteenCodes() {
        assertThat(Arrays.stream(EthnicCategory.values())
                        .map(EthnicCategory::code)
                        .collect(Collectors.joining()))
                .isEqualTo("ABCDEFGHJKLMNPRSZ99");
    }

    // uk-identifiers.md §8: GENDER IDENTITY CODE [V] S41; PERSON STATED GENDER CODE [S] S42; UK Core BirthSex [V] S7.
    @Test
    void sexAndGenderCodes_areSeparateLists() {
        assertThat(Arrays.stream(GenderIdentity.values()).map(GenderIdentity::code))
                .containsExactly("1", "2", "3", "4", "Z", "X");
        assertThat(Arrays.stream(StatedGender.values()).map(StatedGender::code)).containsExactly("1", "2", "9", "X");
        assertThat(Arrays.stream(BirthSex.values()).map(BirthSex::code)).containsExactly("M", "F", "UN", "UNK");
        assertThat(GenderIdentity.fromCode("x")).isEqualTo(GenderIdentity.NOT_KNOWN);
        assertThat(StatedGender.fromCode("9")).isEqualTo(StatedGender.INDETERMINATE);
        assertThat(BirthSex.fromCode(" unk ")).isEqualTo(BirthSex.UNKNOWN);
    }

    @Test
    void fromCode_rejectsUnknownAndNullCodes() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> EthnicCategory.fromCode("T"))
                .withMessageStartingWith("ethnicCategory: 'T' must be one of A, B");
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> GenderIdentity.fromCode(null))
                .withMessage("genderIdentity: is missing");
        assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> StatedGender.fromCode("0"));
        assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> BirthSex.fromCode("U"));
    }

    @Property
    void fromCode_throwsOnlyDocumentedException(@ForAll String text) {
        for (Runnable lookup : new Runnable[] {
            () -> EthnicCategory.fromCode(text),
            () -> BirthSex.fromCode(text),
            () -> StatedGender.fromCode(text),
            () -> GenderIdentity.fromCode(text),
            () -> DeprivationIndex.fromCode(text)
        }) {
            try {
                lookup.run();
            } catch (InvalidValueException expected) {
                assertThat(expected.field()).isNotBlank();
            }
        }
    }
}

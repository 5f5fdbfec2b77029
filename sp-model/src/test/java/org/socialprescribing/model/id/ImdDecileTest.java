package org.socialprescribing.model.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.socialprescribing.model.InvalidIdentifierException;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.ModelIssueCode;
import org.socialprescribing.model.PersonalData;

class ImdDecileTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    // uk-identifiers.md §6: decile 1 = most deprived 10 %, decile 10 = least deprived; quintile pairs deciles.
    @ParameterizedTest
    @CsvSource({"1, 1", "2, 1", "3, 2", "4, 2", "5, 3", "6, 3", "7, 4", "8, 4", "9, 5", "10, 5"})
    void quintile_pairsDeciles(int decile, int quintile) {
        assertThat(ImdDecile.of(DeprivationIndex.IOD2025, decile).quintile()).isEqualTo(quintile);
    }

    // Named by index: Integer.MIN_VALUE's digits pass modulus 11, and no test name may show such a number.
    @ParameterizedTest(name = "out of range [{index}]")
    @ValueSource(ints = {0, 11, -1, Integer.MIN_VALUE, Integer.MAX_VALUE})
    void of_rejectsOutOfRange(int decile) {
        assertThatExceptionOfType(InvalidIdentifierException.class)
                .isThrownBy(() -> ImdDecile.of(DeprivationIndex.IOD2019, decile))
                .satisfies(e -> assertThat(e.code()).isEqualTo(ModelIssueCode.IMD_DECILE_RANGE))
                // Integer.MIN_VALUE's digits (2147483648) pass modulus 11, so its message shows them masked.
                .withMessage(PersonalData.mask("imdDecile: '" + decile + "' must be between 1 and 10"));
        assertThat(ImdDecile.isValid(decile)).isFalse();
    }

    // uk-identifiers.md §6: IoD2019 ranks 2011 LSOAs, IoD2025 ranks 2021 LSOAs.
    @Test
    void index_carriesItsLsoaVintage() {
        assertThat(DeprivationIndex.IOD2019.lsoaVintage()).isEqualTo(2011);
        assertThat(DeprivationIndex.IOD2025.lsoaVintage()).isEqualTo(2021);
        assertThat(DeprivationIndex.fromCode("IoD2025")).isEqualTo(DeprivationIndex.IOD2025);
        assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> DeprivationIndex.fromCode("iod2015"));
        assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> DeprivationIndex.fromCode(null));
    }

    @Test
    void json_isIndexAndDecile() throws Exception {
        ImdDecile decile = ImdDecile.of(DeprivationIndex.IOD2025, 3);
        String text = JSON.writeValueAsString(decile);
        assertThat(text).isEqualTo("{\"index\":\"iod2025\",\"decile\":3}");
        assertThat(JSON.readValue(text, ImdDecile.class)).isEqualTo(decile);
    }

    @Test
    void json_missingMemberGivesDocumentedCause() {
        assertThatExceptionOfType(ValueInstantiationException.class)
                .isThrownBy(() -> JSON.readValue("{\"decile\":3}", ImdDecile.class))
                .withCauseInstanceOf(InvalidIdentifierException.class)
                .withMessageContaining("imdDecile.index: is missing");
    }

    @Test
    void equalsAndHashCode() {
        EqualsVerifier.forClass(ImdDecile.class).verify();
    }

    @Property
    void of_acceptsExactlyOneToTen(@ForAll int decile) {
        try {
            assertThat(ImdDecile.of(DeprivationIndex.IOD2019, decile).decile()).isBetween(1, 10);
        } catch (InvalidIdentifierException e) {
            assertThat(ImdDecile.isValid(decile)).isFalse();
        }
    }
}

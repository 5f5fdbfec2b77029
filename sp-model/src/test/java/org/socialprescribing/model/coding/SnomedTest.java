package org.socialprescribing.model.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SnomedTest {

    static List<CodedConcept> constants() {
        return Arrays.stream(Snomed.class.getFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == CodedConcept.class)
                .map(SnomedTest::read)
                .collect(Collectors.toList());
    }

    private static CodedConcept read(Field field) {
        try {
            return (CodedConcept) field.get(null);
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void everyConstant_isAWellFormedSnomedConceptIdWithADisplay() {
        assertThat(constants()).hasSizeGreaterThan(15).allSatisfy(concept -> {
            assertThat(concept.isSnomed()).isTrue();
            assertThat(Snomed.isConceptId(concept.code())).as(concept.code()).isTrue();
            assertThat(concept.display()).isPresent();
        });
    }

    @Test
    void constants_haveDistinctCodes() {
        assertThat(constants().stream().map(CodedConcept::code)).doesNotHaveDuplicates();
    }

    @Test
    void referralCodes_matchStandardsTable() {
        // standards.md §2 [V]: 871731000000106 Referral to social prescribing service; 871711000000103 declined.
        assertThat(Snomed.REFERRAL_TO_SOCIAL_PRESCRIBING_SERVICE.code()).isEqualTo("871731000000106");
        assertThat(Snomed.SOCIAL_PRESCRIBING_DECLINED.code()).isEqualTo("871711000000103");
        // prsb-social-prescribing.md §5 [V]: the two social prescribing refsets.
        assertThat(Snomed.NEEDS_AND_CONCERNS_REFSET.code()).isEqualTo("1373501000000105");
        assertThat(Snomed.SUPPORT_REFSET.code()).isEqualTo("1373511000000107");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"", "12345", "0871731000000106", "87173100000010X", "871731000000116", "1234567890123456789"})
    void isConceptId_rejectsMalformedIds(String text) {
        assertThat(Snomed.isConceptId(text)).isFalse();
    }

    @Test
    void isConceptId_rejectsADescriptionPartition() {
        // 138875005 is the SNOMED CT root concept; the same digits with partition 01 (a description) are no concept.
        assertThat(Snomed.isConceptId("138875005")).isTrue();
        assertThat(Snomed.isConceptId("138875015")).isFalse();
    }

    @Property(tries = 300)
    void isConceptId_detectsEverySingleDigitChange(
            @ForAll("constantCodes") String code,
            @ForAll @IntRange(min = 0, max = 17) int position,
            @ForAll @IntRange(min = 1, max = 9) int shift) {
        int at = position % code.length();
        char changed = (char) ('0' + (code.charAt(at) - '0' + shift) % 10);
        String mutated = code.substring(0, at) + changed + code.substring(at + 1);
        assertThat(Snomed.isConceptId(mutated)).as(mutated).isFalse();
    }

    @Provide
    Arbitrary<String> constantCodes() {
        return Arbitraries.of(constants().stream().map(CodedConcept::code).collect(Collectors.toList()));
    }
}

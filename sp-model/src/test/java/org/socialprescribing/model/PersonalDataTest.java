package org.socialprescribing.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.socialprescribing.model.id.NhsNumberArbitraries;

/**
 * The message mask. Test names and messages never show a valid number: the examples are constants, and the
 * properties print a sample only when they fail.
 */
class PersonalDataTest {

    /** Valid (modulus 11 gives 3); the number from issue 11. */
    private static final String VALID = "9960308243";

    /** VALID with its check digit changed. */
    private static final String INVALID = "9960308244";

    /**
     * An oracle written differently from the scanner: a regular expression for the written forms (ten digits
     * together, or 3-3-4 with one space or hyphen) that no other digit touches, and the modulus 11 sum.
     */
    private static final Pattern WRITTEN = Pattern.compile(
            "(?<![0-9])(?:[0-9]{10}|[0-9]{3}(?:" + separator() + ")[0-9]{3}(?:" + separator() + ")[0-9]{4})(?![0-9])");

    private static String separator() {
        return "[-\\p{javaWhitespace}\\p{Zs}\\p{Zl}\\p{Zp}]";
    }

    /** @return every NHS number the oracle finds in the text, as ten digits */
    static List<String> numbersIn(String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = WRITTEN.matcher(text);
        while (matcher.find()) {
            String digits = matcher.group().replaceAll("[^0-9]", "");
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (digits.charAt(i) - '0') * (10 - i);
            }
            if ((11 - sum % 11) % 11 == digits.charAt(9) - '0') {
                found.add(digits);
            }
        }
        return found;
    }

    @Test
    void scoreMessage_isMasked() {
        assertThat(PersonalData.mask("swemwbs_1: " + VALID + " is outside 1..5"))
                .isEqualTo("swemwbs_1: *** *** 8243 is outside 1..5");
    }

    @Test
    void writtenForms_areMasked() {
        assertThat(PersonalData.mask("'996 030 8243'")).isEqualTo("'*** *** 8243'");
        assertThat(PersonalData.mask("996-030-8243 is not a postcode")).isEqualTo("*** *** 8243 is not a postcode");
        assertThat(PersonalData.mask("996\u00a0030-8243")).isEqualTo("*** *** 8243");
        assertThat(PersonalData.mask("\"" + VALID + "\"")).isEqualTo("\"*** *** 8243\"");
    }

    @Test
    void lettersAndPunctuation_doNotProtectANumber() {
        assertThat(PersonalData.mask("NHS" + VALID + "x")).isEqualTo("NHS*** *** 8243x");
        assertThat(PersonalData.mask("0." + VALID)).isEqualTo("0.*** *** 8243");
        assertThat(PersonalData.mask("-" + VALID + "-")).isEqualTo("-*** *** 8243-");
    }

    @Test
    void everyNumberInAText_isMasked() {
        assertThat(PersonalData.mask(VALID + "," + VALID + " and 996 030 8243"))
                .isEqualTo("*** *** 8243,*** *** 8243 and *** *** 8243");
    }

    @Test
    void longerDigitRuns_areOtherNumbers() {
        // The boundary rule: a run of more (or fewer) than ten digits is not an NHS number, so SNOMED CT codes,
        // timestamps and long identifiers stay readable.
        assertThat(PersonalData.mask("1" + VALID)).isEqualTo("1" + VALID);
        assertThat(PersonalData.mask(VALID + "12")).isEqualTo(VALID + "12");
        assertThat(PersonalData.mask("871731000000106")).isEqualTo("871731000000106");
        assertThat(PersonalData.mask("1996 030 8243")).isEqualTo("1996 030 8243");
        assertThat(PersonalData.mask("996 030 82431")).isEqualTo("996 030 82431");
    }

    @Test
    void otherGroupings_andDoubleSeparators_areNotTheWrittenForm() {
        assertThat(PersonalData.mask("9960 308 243")).isEqualTo("9960 308 243");
        assertThat(PersonalData.mask("996  030 8243")).isEqualTo("996  030 8243");
        assertThat(PersonalData.mask("996.030.8243")).isEqualTo("996.030.8243");
    }

    @Test
    void failingTheCheck_isLeftAlone() {
        String text = "wemwbs_3: " + INVALID + " is outside 1..5";
        assertThat(PersonalData.mask(text)).isSameAs(text);
    }

    @Test
    void repdigits_passTheCheck_andAreMasked() {
        assertThat(PersonalData.mask("0000000000")).isEqualTo("*** *** 0000");
    }

    @Test
    void theMaskedForm_isStable() {
        String once = PersonalData.mask("nhsNumber: '" + VALID + "'");
        assertThat(PersonalData.mask(once)).isSameAs(once);
        assertThat(PersonalData.mask("")).isEmpty();
    }

    @Property(tries = 2000)
    void embeddedNumbers_neverSurvive(
            @ForAll("validNumbers") String digits,
            @ForAll("writtenForms") Form form,
            @ForAll("beforeANumber") String before,
            @ForAll("afterANumber") String after) {
        String written = form.write(digits);
        String masked = PersonalData.mask(before + written + after);
        assertThat(masked).doesNotContain(written).contains("*** *** " + digits.substring(6));
        assertThat(numbersIn(masked)).isEmpty();
    }

    @Property(tries = 2000)
    void textWithoutANumber_isUnchanged(@ForAll("digitHeavyText") String text) {
        if (numbersIn(text).isEmpty()) {
            assertThat(PersonalData.mask(text)).isSameAs(text);
        } else {
            assertThat(numbersIn(PersonalData.mask(text))).isEmpty();
        }
    }

    @Property(tries = 1000)
    void anyText_comesOutWithoutANumber_andMaskingTwiceChangesNothing(@ForAll String text) {
        String masked = PersonalData.mask(text);
        assertThat(numbersIn(masked)).isEmpty();
        assertThat(PersonalData.mask(masked)).isEqualTo(masked);
    }

    /** How people write an NHS number. */
    enum Form {
        TOGETHER,
        SPACED,
        HYPHENATED,
        NO_BREAK_SPACED,
        MIXED;

        String write(String digits) {
            String a = digits.substring(0, 3);
            String b = digits.substring(3, 6);
            String c = digits.substring(6);
            switch (this) {
                case TOGETHER:
                    return digits;
                case SPACED:
                    return a + " " + b + " " + c;
                case HYPHENATED:
                    return a + "-" + b + "-" + c;
                case NO_BREAK_SPACED:
                    return a + "\u00a0" + b + "\u00a0" + c;
                default:
                    return a + " " + b + "-" + c;
            }
        }
    }

    @Provide
    Arbitrary<String> validNumbers() {
        return NhsNumberArbitraries.validDigits();
    }

    @Provide
    Arbitrary<Form> writtenForms() {
        return Arbitraries.of(Form.class);
    }

    /** Text that does not end with a digit, which would make the number part of a longer run. */
    @Provide
    Arbitrary<String> beforeANumber() {
        return Combinators.combine(digitHeavyText(), notADigit()).as((text, last) -> text + last);
    }

    /** Text that does not start with a digit. */
    @Provide
    Arbitrary<String> afterANumber() {
        return Combinators.combine(notADigit(), digitHeavyText()).as((first, text) -> first + text);
    }

    /** Digits, separators and a few letters, so that near misses (11 digits, 3-3-3, 4-3-3) are frequent. */
    @Provide
    Arbitrary<String> digitHeavyText() {
        return Arbitraries.strings()
                .withChars("0123456789012345678901234567890123456789 -\u00a0\t.:'ax")
                .ofMaxLength(40);
    }

    private static Arbitrary<String> notADigit() {
        return Arbitraries.strings().withChars(" -\u00a0\t.:'\"axé\n").ofLength(1);
    }
}

package org.socialprescribing.fhir.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The quick path must agree with java.time exactly: the same value, or the same kind of failure. */
class IsoDatesTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2025-03-04T10:15:30Z",
                "2025-03-04T10:15:30.5Z",
                "2025-03-04T10:15:30.123456789+01:00",
                "2025-03-04T23:59:59-14:00",
                "2024-02-29T00:00:00-00:00",
                "2025-03-04T10:15Z", // no seconds: the JDK reads it, so the long way must too
                "2025-03-04t10:15:30z", // lower case: the same
                "2025-03-04T10:15:30+01:00:30",
                "2025-03-04T10:15:30.Z" // a point without figures
            })
    void offsetDateTime_readsWhatTheJdkReads(String text) {
        assertThat(IsoDates.offsetDateTime(text)).isEqualTo(OffsetDateTime.parse(text));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2025-02-29T10:15:30Z",
                "2025-03-04T24:00:00Z",
                "2025-03-04T10:60:00Z",
                "2025-03-04T10:15:60Z",
                "2025-03-04T10:15:30+19:00",
                "2025-03-04T10:15:30.1234567890Z",
                "2025-03-04T10:15:30",
                "2025-13-04T10:15:30Z",
                "2025-03-04"
            })
    void offsetDateTime_rejectsWhatTheJdkRejects(String text) {
        assertThatExceptionOfType(DateTimeParseException.class).isThrownBy(() -> OffsetDateTime.parse(text));
        assertThatExceptionOfType(DateTimeParseException.class).isThrownBy(() -> IsoDates.offsetDateTime(text));
    }

    @Property(tries = 2000)
    void offsetDateTime_agreesWithTheJdk(@ForAll("dateTimes") String text) {
        assertAgree(text, IsoDates::offsetDateTime, OffsetDateTime::parse);
    }

    @Property(tries = 1000)
    void localDate_agreesWithTheJdk(@ForAll("dates") String text) {
        assertAgree(text, IsoDates::localDate, LocalDate::parse);
    }

    private static <T> void assertAgree(String text, Function<String, T> quick, Function<String, T> jdk) {
        T expected;
        try {
            expected = jdk.apply(text);
        } catch (DateTimeParseException e) {
            assertThatExceptionOfType(DateTimeParseException.class).isThrownBy(() -> quick.apply(text));
            return;
        }
        assertThat(quick.apply(text)).isEqualTo(expected);
    }

    /** Text in the shape FHIR writes, with numbers often out of range and characters now and then replaced. */
    @Provide
    Arbitrary<String> dateTimes() {
        Arbitrary<String> fraction = Arbitraries.oneOf(
                Arbitraries.just(""),
                Arbitraries.strings().numeric().ofMinLength(0).ofMaxLength(11).map(digits -> "." + digits));
        Arbitrary<String> offset = Arbitraries.oneOf(
                Arbitraries.of("Z", "z", "", "+00:00", "-00:00", "+18:00", "-18:00", "+18:01", "+05:30:15"),
                Combinators.combine(Arbitraries.of('+', '-'), number(0, 25), number(0, 65))
                        .as((sign, hours, minutes) -> sign + hours + ":" + minutes));
        Arbitrary<String> text = Combinators.combine(
                        dates(), number(0, 25), number(0, 62), number(0, 62), fraction, offset)
                .as((date, hour, minute, second, fractionText, offsetText) ->
                        date + "T" + hour + ":" + minute + ":" + second + fractionText + offsetText);
        return mutated(text);
    }

    @Provide
    Arbitrary<String> dates() {
        return mutated(Combinators.combine(
                        Arbitraries.integers().between(0, 10_000).map(year -> String.format("%04d", year)),
                        number(0, 13),
                        number(0, 32))
                .as((year, month, day) -> year + "-" + month + "-" + day));
    }

    private static Arbitrary<String> number(int min, int max) {
        return Arbitraries.integers().between(min, max).map(value -> String.format("%02d", value));
    }

    /** One time in four, one character replaced by a digit, a separator or a letter. */
    private static Arbitrary<String> mutated(Arbitrary<String> texts) {
        return Combinators.combine(
                        texts,
                        Arbitraries.integers().between(0, 3),
                        Arbitraries.integers().between(0, 40),
                        Arbitraries.of('0', '9', '-', ':', 'T', '.', '+', 'Z', ' ', '٣'))
                .as((text, chance, position, replacement) -> chance == 0 && position < text.length()
                        ? text.substring(0, position) + replacement + text.substring(position + 1)
                        : text);
    }
}

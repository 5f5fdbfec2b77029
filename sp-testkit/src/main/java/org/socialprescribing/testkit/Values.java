package org.socialprescribing.testkit;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.coding.CodeSystems;
import org.socialprescribing.model.coding.CodedConcept;
import org.socialprescribing.model.coding.CodedText;
import org.socialprescribing.model.id.CharityNumber;
import org.socialprescribing.model.id.CompanyNumber;
import org.socialprescribing.model.id.NhsNumber;
import org.socialprescribing.model.id.OdsCode;
import org.socialprescribing.model.id.Postcode;

/**
 * The small values every generator is made of: text, instants, dates, codes and identifiers. One instance per kind of
 * text, so that every generator built on it uses the same characters.
 */
final class Values {

    /** The first instant and date generated; values span about eight years from it. */
    static final Instant START = Instant.parse("2020-01-01T00:00:00Z");

    static final LocalDate FIRST_DAY = LocalDate.of(2020, 1, 1);

    // Each generator is built once: jqwik compares arbitraries deeply when it memoizes their generators, and a
    // property over freshly built, equal ones spent most of its time in equals (measured with JFR).
    private static final Arbitrary<Instant> INSTANTS = Combinators.combine(
                    Arbitraries.longs().between(0, 3_000L * 24 * 3600),
                    Arbitraries.integers().between(0, 999_999_999))
            .as((seconds, nanos) -> START.plusSeconds(seconds).plusNanos(nanos));
    private static final Arbitrary<LocalDate> DATES =
            Arbitraries.integers().between(0, 3000).map(FIRST_DAY::plusDays);

    private static final Arbitrary<NhsNumber> NHS_NUMBERS = Arbitraries.strings()
            .numeric()
            .ofLength(9)
            .map(nine -> nine + checkDigit(nine))
            .filter(ten -> !ten.endsWith("X") && ten.chars().distinct().count() > 1)
            .map(NhsNumber::parse);
    private static final Arbitrary<OdsCode> ODS_CODES = Arbitraries.strings()
            .withCharRange('A', 'Z')
            .numeric()
            .ofMinLength(3)
            .ofMaxLength(8)
            .map(OdsCode::parse);

    private final Arbitrary<String> text;
    private final Arbitrary<String> strippedText;
    private final Arbitrary<CodedConcept> concepts;
    private final Arbitrary<CodedText> codedTexts;

    Values(boolean controlCharacters) {
        this.text = (controlCharacters
                        ? Arbitraries.strings().withCharRange('\u0000', '\uD7FF')
                        : Arbitraries.strings().withCharRange(' ', '\uD7FF').withChars('\t', '\n', '\r'))
                .ofMinLength(1)
                .ofMaxLength(12)
                .filter(s -> !s.isBlank());
        this.strippedText = text.map(String::strip).filter(s -> !s.isEmpty());
        this.concepts = Combinators.combine(
                        Arbitraries.of(
                                CodeSystems.SNOMED_CT, CodeSystems.SERVICE_CATEGORY, "urn:oid:2.16.840.1.113883"),
                        Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(18),
                        text.injectNull(0.5))
                .as((system, code, display) ->
                        display == null ? CodedConcept.of(system, code) : CodedConcept.of(system, code, display));
        this.codedTexts = Arbitraries.oneOf(
                concepts.map(CodedText::of),
                text.map(CodedText::ofText),
                Combinators.combine(concepts, text).as(CodedText::of));
    }

    /**
     * Free text, never blank, up to 12 characters: anything below the surrogates from the space on, with tab, line
     * feed and carriage return (what FHIR and XML can carry); with control characters, every character from U+0000.
     */
    Arbitrary<String> text() {
        return text;
    }

    /** Text for FHIR markdown elements, which HAPI trims when it parses: no leading or trailing white space. */
    Arbitrary<String> strippedText() {
        return strippedText;
    }

    static Arbitrary<Instant> instants() {
        return INSTANTS;
    }

    static Arbitrary<LocalDate> dates() {
        return DATES;
    }

    static Arbitrary<LocalTime> times() {
        return Arbitraries.integers().between(0, 24 * 60 - 2).map(minutes -> LocalTime.MIDNIGHT.plusMinutes(minutes));
    }

    static Arbitrary<BigDecimal> decimals(int min, int max) {
        return Arbitraries.bigDecimals()
                .between(BigDecimal.valueOf(min), BigDecimal.valueOf(max))
                .ofScale(2);
    }

    /**
     * Valid NHS numbers: nine random digits and their modulus 11 check digit, computed here rather than by the SDK
     * (the check is what the SDK is tested for); prefixes whose check would be 10 and repdigits are skipped.
     */
    static Arbitrary<NhsNumber> nhsNumbers() {
        return NHS_NUMBERS;
    }

    private static String checkDigit(String nine) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nine.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        return check == 11 ? "0" : check == 10 ? "X" : Integer.toString(check);
    }

    static Arbitrary<OdsCode> odsCodes() {
        return ODS_CODES;
    }

    /** Real postcode shapes: the common outward/inward forms, the Girobank and a BFPO code. */
    static Arbitrary<Postcode> postcodes() {
        return Arbitraries.of("SW1A 1AA", "EC1A 1BB", "M2 5BQ", "DN16 9AA", "W1A 4WW", "GIR 0AA", "BFPO 123")
                .map(Postcode::parse);
    }

    static Arbitrary<CharityNumber> charityNumbers() {
        return Arbitraries.of("1090095", "279417", "SC042386", "NIC100019").map(CharityNumber::parse);
    }

    static Arbitrary<CompanyNumber> companyNumbers() {
        return Arbitraries.of("09506232", "07444723", "SC234456").map(CompanyNumber::parse);
    }

    static Arbitrary<URI> uris() {
        return Arbitraries.strings()
                .alpha()
                .ofMinLength(1)
                .ofMaxLength(10)
                .map(s -> URI.create("https://" + s + ".org.uk/"));
    }

    /** Concepts of SNOMED CT, the SDK's service categories or an OID-named system, with a display or not. */
    Arbitrary<CodedConcept> concepts() {
        return concepts;
    }

    /** Coded text as PRSB pairs it: a code, free text, or both. */
    Arbitrary<CodedText> codedTexts() {
        return codedTexts;
    }

    /** The value built, or empty where the random items break one of its rules (a value with no item at all). */
    static <T> Optional<T> ifValid(Supplier<T> build) {
        try {
            return Optional.of(build.get());
        } catch (InvalidValueException e) {
            return Optional.empty();
        }
    }

    /** Up to three values. */
    static <T> Arbitrary<List<T>> some(Arbitrary<T> values) {
        return values.list().ofMaxSize(3);
    }
}

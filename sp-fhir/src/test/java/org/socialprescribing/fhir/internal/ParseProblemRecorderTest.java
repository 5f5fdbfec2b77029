package org.socialprescribing.fhir.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import ca.uhn.fhir.parser.DataFormatException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.socialprescribing.fhir.FhirIssueCode;

/** HAPI's parser messages reach users through the recorder: its words stay, Java class names go. */
class ParseProblemRecorderTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "java.lang.NumberFormatException: For input string: \"x\"|For input string: \"x\"",
                // A package name with a digit, and the class after HAPI's own words.
                "Invalid value: org.hl7.fhir.exceptions.FHIRException: Unknown code|Invalid value: Unknown code",
                "java.lang.IllegalArgumentException: a: java.time.DateTimeException: b|a: b",
                "java.lang.OutOfMemoryError: Java heap space|Java heap space",
                // Words that only look like a class name stay.
                "Value is not a valid Date: Error: bad|Value is not a valid Date: Error: bad",
                "e.g. See NHS.Exception: no|e.g. See NHS.Exception: no"
            })
    void dropsJavaClassNamesWhereverTheyStand(String message, String shown) {
        assertThat(ParseProblemRecorder.plain(message)).isEqualTo(shown);
    }

    @Test
    void anInvalidValueIsRecordedBeforeHapiStops() {
        ParseProblemRecorder recorder = new ParseProblemRecorder();

        assertThatExceptionOfType(DataFormatException.class)
                .isThrownBy(() -> recorder.invalidValue(null, "abc", "java.lang.NumberFormatException: For input"));

        assertThat(recorder.first()).hasValueSatisfying(problem -> {
            assertThat(problem.code()).isEqualTo(FhirIssueCode.INVALID_VALUE);
            assertThat(problem.value()).isEqualTo("abc");
            assertThat(problem.rule()).isEqualTo("is not a valid value: For input");
        });
    }

    @Property(tries = 200)
    void textWithoutAClassNameIsUnchanged(@ForAll @AlphaChars String words) {
        // No dot, so no package: nothing to drop.
        assertThat(ParseProblemRecorder.plain(words + ": " + words)).isEqualTo(words + ": " + words);
    }
}

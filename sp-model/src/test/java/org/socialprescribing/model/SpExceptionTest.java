package org.socialprescribing.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class SpExceptionTest {

    /** A valid NHS number (the one from issue 11); it must never reach a message. */
    private static final String NHS_NUMBER = "9960308243";

    @Test
    void message_namesFieldValueAndRule() {
        InvalidValueException e = new InvalidValueException("imdDecile", "11", "must be between 1 and 10");
        assertThat(e).hasMessage("imdDecile: '11' must be between 1 and 10");
        assertThat(e.field()).isEqualTo("imdDecile");
        assertThat(e.rule()).isEqualTo("must be between 1 and 10");
        assertThat(e.value()).contains("11");
        assertThat(e).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void withoutValue_showsNone() {
        InvalidValueException e = new InvalidValueException("name", "is mandatory");
        assertThat(e).hasMessage("name: is mandatory");
        assertThat(e.value()).isEmpty();
    }

    @Test
    void longValues_areCut() {
        String huge = "x".repeat(10_000);
        InvalidValueException e = new InvalidValueException("postcode", huge, "is not a UK postcode");
        assertThat(e.getMessage()).hasSizeLessThan(200).contains("...");
    }

    @Test
    void illegalTransition_namesBothStates() {
        IllegalTransitionException e = new IllegalTransitionException("referral.status", "completed", "accepted");
        assertThat(e).hasMessage("referral.status: cannot move from 'completed' to 'accepted'");
        assertThat(e.from()).isEqualTo("completed");
        assertThat(e.to()).isEqualTo("accepted");
    }

    @Test
    void anNhsNumberInTheWrongField_isMasked_inTheValueRuleAndMessage() {
        InvalidValueException e = new InvalidValueException(
                "birthDate", "996 030 8243", "is not a date: \"" + NHS_NUMBER + "\" has no hyphen at index 4");
        assertThat(e).hasMessage("birthDate: '*** *** 8243' is not a date: \"*** *** 8243\" has no hyphen at index 4");
        assertThat(e.value()).contains("*** *** 8243");
        assertThat(e.rule()).doesNotContain(NHS_NUMBER);
    }

    @Test
    void aCut_neverLeavesPartOfANumber() {
        InvalidValueException e = new InvalidValueException("postcode", "x".repeat(75) + NHS_NUMBER, "is wrong");
        assertThat(e.getMessage()).doesNotContain("99603").contains("...");
    }

    @Test
    void aCauseQuotingANumber_isReplacedByAMaskedCopy() {
        IllegalStateException parser = new IllegalStateException(
                "Invalid date/time format: \"" + NHS_NUMBER + "\"", new RuntimeException("at " + NHS_NUMBER));
        parser.addSuppressed(new RuntimeException(NHS_NUMBER));
        InvalidValueException e = new InvalidValueException("birthDate", "x", "is not a date", parser);

        Throwable cause = e.getCause();
        assertThat(cause).isNotSameAs(parser).hasMessage("Invalid date/time format: \"*** *** 8243\"");
        assertThat(cause.toString())
                .isEqualTo("java.lang.IllegalStateException: Invalid date/time format: \"*** *** 8243\"");
        assertThat(cause.getStackTrace()).isEqualTo(parser.getStackTrace());
        assertThat(cause.getCause()).hasMessage("at *** *** 8243");
        assertThat(cause.getSuppressed())
                .singleElement()
                .satisfies(s -> assertThat(s).hasMessage("*** *** 8243"));
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        assertThat(trace.toString()).doesNotContain(NHS_NUMBER);
    }

    @Test
    void aCleanCause_isKept() {
        IllegalStateException parser = new IllegalStateException("Invalid date/time format: \"1940-13-01\"");
        assertThat(new InvalidValueException("birthDate", "x", "is not a date", parser).getCause())
                .isSameAs(parser);
        assertThat(new InvalidValueException("birthDate", "x", "is not a date", null).getCause())
                .isNull();
    }

    @Property
    void message_isAlwaysOneLine(@ForAll String value) {
        InvalidValueException e = new InvalidValueException("field", value, "is wrong");
        assertThat(e.getMessage()).doesNotContain("\n", "\r");
    }
}

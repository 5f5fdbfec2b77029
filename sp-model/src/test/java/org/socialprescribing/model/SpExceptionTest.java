package org.socialprescribing.model;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class SpExceptionTest {

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

    @Property
    void message_isAlwaysOneLine(@ForAll String value) {
        InvalidValueException e = new InvalidValueException("field", value, "is wrong");
        assertThat(e.getMessage()).doesNotContain("\n", "\r");
    }
}

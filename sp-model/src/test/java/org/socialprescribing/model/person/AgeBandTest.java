package org.socialprescribing.model.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;
import org.socialprescribing.model.InvalidValueException;

class AgeBandTest {

    @Test
    void closedAndOpenBands() {
        assertThat(AgeBand.of(18, 24).label()).isEqualTo("18-24");
        assertThat(AgeBand.atLeast(65)).hasToString("AgeBand[65+]");
        assertThat(AgeBand.of(18, 24).contains(24)).isTrue();
        assertThat(AgeBand.of(18, 24).contains(25)).isFalse();
        assertThat(AgeBand.atLeast(65).contains(120)).isTrue();
        assertThat(AgeBand.atLeast(65).contains(64)).isFalse();
    }

    @Test
    void of_rejectsNegativeAndReversedBands() {
        assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> AgeBand.of(-1, 4));
        assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> AgeBand.of(30, 20));
        assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> AgeBand.atLeast(-5));
    }

    @Test
    void equalsAndHashCode() {
        EqualsVerifier.forClass(AgeBand.class).verify();
    }

    @Property
    void contains_matchesTheBounds(
            @ForAll @IntRange(max = 130) int from, @ForAll @IntRange(max = 130) int width, @ForAll int age) {
        AgeBand band = AgeBand.of(from, from + width);
        assertThat(band.contains(age)).isEqualTo(age >= from && age <= from + width);
    }
}

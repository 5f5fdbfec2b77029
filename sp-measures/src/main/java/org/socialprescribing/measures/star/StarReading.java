package org.socialprescribing.measures.star;

import java.time.LocalDate;
import java.util.Map;
import org.immutables.value.Value;
import org.socialprescribing.model.SpStyle;
import org.socialprescribing.model.measure.InstrumentId;

/**
 * One star reading: the date and the reading for each area assessed. Created through {@link
 * StarDefinition#reading}, which checks every value against the star's scale.
 */
@Value.Immutable
@SpStyle
public interface StarReading {

    /** @return the star the reading belongs to, never null */
    InstrumentId star();

    /** @return the date of the reading, never null */
    LocalDate date();

    /** @return the readings by area key; areas not assessed are absent, never null */
    Map<String, Integer> values();
}

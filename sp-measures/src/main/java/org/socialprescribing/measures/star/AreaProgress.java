package org.socialprescribing.measures.star;

import org.immutables.value.Value;
import org.socialprescribing.model.SpStyle;

/** Distance travelled in one area between a first and a latest reading, with the stage at each end. */
@Value.Immutable
@SpStyle
public interface AreaProgress {

    /** @return the area key, never null */
    String area();

    /** @return the first reading */
    int first();

    /** @return the latest reading */
    int latest();

    /** @return the stage code of the first reading, never null */
    String firstStage();

    /** @return the stage code of the latest reading, never null */
    String latestStage();

    /** @return latest minus first: positive means the person moved forward */
    @Value.Derived
    default int distance() {
        return latest() - first();
    }
}

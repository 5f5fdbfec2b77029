package org.socialprescribing.measures.change;

import org.immutables.value.Value;
import org.socialprescribing.model.SpStyle;

/** One cell of a band transition table: how many people moved from one band at baseline to one at follow-up. */
@Value.Immutable
@SpStyle
public interface BandTransition {

    /** @return the baseline band code, never null */
    String from();

    /** @return the follow-up band code, never null */
    String to();

    /** @return how many people made this transition, at least 1 */
    int count();
}

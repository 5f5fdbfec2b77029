package org.socialprescribing.measures.change;

import org.immutables.value.Value;
import org.socialprescribing.model.SpStyle;

/** A two-sided confidence interval for a mean, with its level (e.g. 0.95). */
@Value.Immutable
@SpStyle
public interface ConfidenceInterval {

    /** @return the confidence level, e.g. 0.95 */
    double level();

    /** @return the lower limit */
    double lower();

    /** @return the upper limit */
    double upper();
}

package org.socialprescribing.examples.archfixture.measures;

import org.socialprescribing.examples.archfixture.model.CliUsingModelType;

/** Follows the rules: a "measures" type that depends only on "model". */
public final class WellBehavedMeasure {

    private WellBehavedMeasure() {}

    /** @return a name taken from the model layer */
    public static String name() {
        return CliUsingModelType.class.getSimpleName();
    }
}

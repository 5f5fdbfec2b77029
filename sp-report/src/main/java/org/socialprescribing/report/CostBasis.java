package org.socialprescribing.report;

import java.util.Locale;

/** Where the unit cost behind an estimated demand cost came from. */
public enum CostBasis {
    /** A cost option the service declares in the directory (HSDS {@code cost_option}). */
    DIRECTORY,
    /** The unit cost the caller supplied, used because the service declares no cost option. */
    CALLER_UNIT_COST,
    /** No unit cost: the units are counted, the cost is not estimated. */
    NONE;

    /** @return the lower-case code written in the ledger, e.g. {@code caller_unit_cost} */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}

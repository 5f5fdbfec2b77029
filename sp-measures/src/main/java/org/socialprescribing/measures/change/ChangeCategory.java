package org.socialprescribing.measures.change;

/** How one person's change compares with a {@link ChangeThreshold}. */
public enum ChangeCategory {
    /** Changed in the better direction by at least the threshold. */
    IMPROVED,
    /** Changed by less than the threshold either way. */
    UNCHANGED,
    /** Changed in the worse direction by at least the threshold. */
    DETERIORATED
}

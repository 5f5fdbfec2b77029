package org.socialprescribing.measures;

/**
 * How well a rule, band or threshold is sourced. Only these two levels ship: a rule that could not be checked
 * against any source is left out of the SDK rather than labelled.
 */
public enum Evidence {
    /** Verified in a cited source (the owner's publication, a peer-reviewed paper or an official page). */
    VERIFIED("V"),
    /** Found only in a secondary source quoting the owner; to be confirmed against the owner's text. */
    SECONDARY("S");

    private final String label;

    Evidence(String label) {
        this.label = label;
    }

    /** @return the short label shown after a citation, {@code V} or {@code S}, never null */
    public String label() {
        return label;
    }
}

package org.socialprescribing.openreferral;

/**
 * How often a schedule recurs: the iCalendar (RFC 5545) {@code FREQ} values that HSDS 3.0 allows.
 *
 * <p>JSON: the values of {@code schedule.freq}, written exactly as {@link #code()} gives them.
 */
public enum OrukScheduleFrequency {
    /** {@code WEEKLY}. */
    WEEKLY("WEEKLY"),

    /** {@code MONTHLY}. */
    MONTHLY("MONTHLY");

    private final String code;

    OrukScheduleFrequency(String code) {
        this.code = code;
    }

    /** @return the value as written in the JSON, e.g. {@code WEEKLY}, never null */
    public String code() {
        return code;
    }
}

package org.socialprescribing.openreferral;

/**
 * What kind of place a location is.
 *
 * <p>JSON: the values of {@code location.location_type}, written exactly as {@link #code()} gives them.
 */
public enum OrukLocationType {
    /** {@code physical}. */
    PHYSICAL("physical"),

    /** {@code postal}. */
    POSTAL("postal"),

    /** {@code virtual}. */
    VIRTUAL("virtual");

    private final String code;

    OrukLocationType(String code) {
        this.code = code;
    }

    /** @return the value as written in the JSON, e.g. {@code physical}, never null */
    public String code() {
        return code;
    }
}

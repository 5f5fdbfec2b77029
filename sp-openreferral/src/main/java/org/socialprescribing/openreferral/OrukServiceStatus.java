package org.socialprescribing.openreferral;

/**
 * Whether a service is running, as HSDS 3.0 enumerates it.
 *
 * <p>JSON: the values of {@code service.status}, written exactly as {@link #code()} gives them.
 */
public enum OrukServiceStatus {
    /** {@code active}. */
    ACTIVE("active"),

    /** {@code inactive}. */
    INACTIVE("inactive"),

    /** {@code defunct}. */
    DEFUNCT("defunct"),

    /** {@code temporarily closed}. */
    TEMPORARILY_CLOSED("temporarily closed");

    private final String code;

    OrukServiceStatus(String code) {
        this.code = code;
    }

    /** @return the value as written in the JSON, e.g. {@code active}, never null */
    public String code() {
        return code;
    }
}

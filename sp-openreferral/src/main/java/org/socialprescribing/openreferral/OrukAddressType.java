package org.socialprescribing.openreferral;

/**
 * What kind of address an address is.
 *
 * <p>JSON: the values of {@code address.address_type}, written exactly as {@link #code()} gives them.
 */
public enum OrukAddressType {
    /** {@code physical}. */
    PHYSICAL("physical"),

    /** {@code postal}. */
    POSTAL("postal"),

    /** {@code virtual}. */
    VIRTUAL("virtual");

    private final String code;

    OrukAddressType(String code) {
        this.code = code;
    }

    /** @return the value as written in the JSON, e.g. {@code physical}, never null */
    public String code() {
        return code;
    }
}

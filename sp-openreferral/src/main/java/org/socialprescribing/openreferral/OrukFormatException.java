package org.socialprescribing.openreferral;

import org.jspecify.annotations.Nullable;
import org.socialprescribing.model.SpException;

/**
 * JSON that is not a well-formed Open Referral UK document: malformed or truncated JSON, a value of the wrong
 * type, a value outside an enumeration or a required property missing. The {@linkplain #field() field} is the
 * JSON path of the problem, e.g. {@code $.contents[3].service_at_locations[0].location.latitude}, and the
 * {@linkplain #rule() rule} says what is wrong there. Text values are never quoted (they may be personal, such
 * as a contact's name); enumeration values and numbers are.
 */
public final class OrukFormatException extends SpException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param path the JSON path of the problem, starting with {@code $}, not null
     * @param value the offending value as it may be shown, or null to show none
     * @param rule what is wrong there, in words, not null
     * @param cause the underlying parser error, or null
     */
    public OrukFormatException(String path, @Nullable String value, String rule, @Nullable Throwable cause) {
        super(OrukIssueCode.JSON_INVALID, path, value, rule, cause);
    }

    /** @return the JSON path of the problem, e.g. {@code $.contents[0].name}, never null */
    public String path() {
        return field();
    }
}

package org.socialprescribing.model.measure;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.model.InvalidValueException;

/**
 * The identifier of an outcome instrument, e.g. {@code ons4}, {@code swemwbs}, {@code phq9}: lower-case letters,
 * digits and underscores, starting with a letter, at most 64 characters. It names the instrument in CSV headers
 * ({@code <id>_<item number>}), JSON and FHIR canonical URLs, so it is deliberately plain.
 */
public final class InstrumentId implements Comparable<InstrumentId> {

    private static final Pattern FORMAT = Pattern.compile("[a-z][a-z0-9_]{0,63}");

    private final String value;

    private InstrumentId(String value) {
        this.value = value;
    }

    /**
     * Obtains an identifier.
     *
     * @param value the identifier, e.g. {@code "ons4"}, not null
     * @return the identifier, never null
     * @throws InvalidValueException if the value is null or not lower-case letters, digits and underscores
     *     starting with a letter (at most 64 characters)
     */
    @JsonCreator
    public static InstrumentId of(@Nullable String value) {
        if (value == null) {
            throw new InvalidValueException("instrumentId", "is required");
        }
        if (!FORMAT.matcher(value).matches()) {
            throw new InvalidValueException(
                    "instrumentId",
                    value,
                    "must be lower-case letters, digits and underscores, starting with a letter, at most 64 characters");
        }
        return new InstrumentId(value);
    }

    /** @return the identifier text, never null */
    @JsonValue
    public String value() {
        return value;
    }

    @Override
    public int compareTo(InstrumentId other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return this == other || (other instanceof InstrumentId && value.equals(((InstrumentId) other).value));
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}

package org.socialprescribing.model.coding;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import org.socialprescribing.model.InvalidValueException;

/**
 * A constant of one of the SDK's own vocabularies: an enum whose constants are the codes of one code system
 * under {@link CodeSystems#SDK_BASE}. The code is the constant's name in lower case ({@code ENTERED_IN_ERROR} is
 * {@code entered_in_error}), the convention of every enum in sp-model; JSON uses it.
 *
 * <p>Only enums implement this interface: {@link #name()} is {@link Enum#name()}.
 */
public interface CodedValue {

    /**
     * The enum constant's name, implemented by {@link Enum#name()}.
     *
     * @return the constant's name, never null
     */
    String name();

    /**
     * The human-readable meaning of the code, used as the concept's display.
     *
     * @return the display, never null
     */
    String display();

    /**
     * The canonical URI of the code system this constant belongs to, one of {@link CodeSystems}.
     *
     * @return the system URI, never null
     */
    String system();

    /**
     * The stable lower-case code, e.g. {@code entered_in_error}.
     *
     * @return the code, never null
     */
    @JsonValue
    default String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * This constant as a coded concept of its code system.
     *
     * @return the concept, never null
     */
    default CodedConcept toConcept() {
        return CodedConcept.of(system(), code(), display());
    }

    /**
     * Finds the constant of an SDK vocabulary with the given code.
     *
     * @param <E> the vocabulary
     * @param type the vocabulary's enum class, not null
     * @param code the lower-case code, not null
     * @return the constant, never null
     * @throws InvalidValueException if no constant has that code
     */
    static <E extends Enum<E> & CodedValue> E fromCode(Class<E> type, String code) {
        return Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new InvalidValueException(
                        type.getSimpleName(), code, "is not a code of " + type.getSimpleName()));
    }
}

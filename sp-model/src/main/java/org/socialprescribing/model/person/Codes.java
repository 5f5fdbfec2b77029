package org.socialprescribing.model.person;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.model.InvalidValueException;

/** Looks up the constant of a coded enum by its code, ignoring case and surrounding whitespace. */
final class Codes {

    private Codes() {}

    static <E extends Enum<E>> E lookup(E[] constants, Function<E, String> code, @Nullable String text, String field) {
        String wanted = text == null ? "" : text.strip();
        for (E constant : constants) {
            if (code.apply(constant).equalsIgnoreCase(wanted)) {
                return constant;
            }
        }
        String allowed = Arrays.stream(constants).map(code).collect(Collectors.joining(", "));
        if (text == null) {
            throw new InvalidValueException(field, "is missing");
        }
        throw new InvalidValueException(field, text, "must be one of " + allowed);
    }

    static String jsonCode(String code) {
        return code.toLowerCase(Locale.ROOT);
    }
}

package org.socialprescribing.model.measure;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.model.InvalidValueException;

/** Looks up the enum constant with a given lower-case code, so that every coded enum fails the same way. */
final class Codes {

    private Codes() {}

    static <E extends Enum<E>> E lookup(
            Class<E> type, @Nullable String code, String field, Function<E, String> codeOf) {
        if (code == null) {
            throw new InvalidValueException(field, "is required");
        }
        for (E constant : type.getEnumConstants()) {
            if (codeOf.apply(constant).equals(code)) {
                return constant;
            }
        }
        String allowed = Arrays.stream(type.getEnumConstants()).map(codeOf).collect(Collectors.joining(", "));
        throw new InvalidValueException(field, code, "must be one of " + allowed);
    }

    static String codeOf(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }
}

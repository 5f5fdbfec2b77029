package org.socialprescribing.model.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.model.InvalidValueException;

/**
 * Not API: looks up the constant of a coded enum by its code, the one way every coded enum of sp-model does it
 * ({@code fromCode}). A missing code and an unknown code fail the same way in every enum: an {@link
 * InvalidValueException} naming the field and, for an unknown code, listing the codes allowed.
 */
public final class EnumCodes {

    private EnumCodes() {}

    /**
     * The constant whose code is the text, ignoring case and surrounding whitespace (codes arrive from forms and other
     * systems written as {@code Baseline} or {@code " review"}; each enum's codes differ in more than case).
     *
     * @param <E> the enum
     * @param constants the enum's constants, not null
     * @param code how a constant's code is found, not null
     * @param text the code to look up, or null
     * @param field the field named in the error, not null
     * @return the constant, never null
     * @throws InvalidValueException if the text is null or no constant has it as its code
     */
    public static <E extends Enum<E>> E lookup(
            E[] constants, Function<E, String> code, @Nullable String text, String field) {
        if (text == null) {
            throw new InvalidValueException(field, "is missing");
        }
        String wanted = text.strip();
        for (E constant : constants) {
            if (code.apply(constant).equalsIgnoreCase(wanted)) {
                return constant;
            }
        }
        String allowed = Arrays.stream(constants).map(code).collect(Collectors.joining(", "));
        throw new InvalidValueException(field, text, "must be one of " + allowed);
    }

    /**
     * The code of a constant named as the code is, in lower case.
     *
     * @param constant the constant, not null
     * @return its name in lower case, never null
     */
    public static String lowerCaseName(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }
}

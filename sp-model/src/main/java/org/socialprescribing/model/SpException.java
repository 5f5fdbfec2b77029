package org.socialprescribing.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The root of every exception the SDK throws for invalid input. It extends {@link IllegalArgumentException},
 * so callers that already guard against bad arguments keep working, and it carries what a caller needs to
 * report the problem without parsing the message: the {@linkplain #field() field}, the {@linkplain #rule()
 * rule} broken and, unless the value is a personal identifier, the {@linkplain #value() offending value}; and the
 * {@linkplain #code() issue code} of the rule, the same code a {@code validate(...)} report would give, so a user
 * interface can act on it without reading the message.
 * Personal identifiers (NHS numbers, names) appear only masked: whatever a subclass passes, the field, rule,
 * value and message go through {@link PersonalData#mask(String)}, and a cause whose message quotes an NHS number
 * is replaced by a masked copy (same class name, message and stack trace, the number masked).
 *
 * <p>Factories and scorers throw subclasses of this type; {@code validate(...)} methods never throw and return a
 * {@link ValidationReport} instead.
 */
public class SpException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The longest value quoted in a message; longer values are cut so a message stays one readable line. */
    static final int MAX_QUOTED_LENGTH = 80;

    private final IssueCode code;
    private final String field;
    private final String rule;
    private final @Nullable String value;

    /**
     * Creates an exception. Every subclass takes its arguments in this order: code, field, value, rule, cause.
     *
     * @param code the issue code of the rule broken, not null
     * @param field the field or item that is wrong, e.g. {@code nhsNumber} or {@code wemwbs_3}, not null
     * @param value the offending value as it may be shown (already masked if personal), or null to show none
     * @param rule the rule broken, in words, e.g. {@code "must be 10 digits"}, not null
     * @param cause the underlying cause, or null
     */
    protected SpException(
            IssueCode code, String field, @Nullable String value, String rule, @Nullable Throwable cause) {
        super(message(field, rule, value), MaskedCause.of(cause));
        this.code = requireNonNull(code, "code");
        this.field = PersonalData.mask(requireNonNull(field, "field"));
        this.rule = PersonalData.mask(requireNonNull(rule, "rule"));
        this.value = value == null ? null : quotable(value);
    }

    private static String message(String field, String rule, @Nullable String value) {
        return PersonalData.mask(value == null ? field + ": " + rule : field + ": '" + quotable(value) + "' " + rule);
    }

    /** Masked before it is cut, so that a cut never leaves part of a number in clear. */
    private static String quotable(String value) {
        String oneLine = PersonalData.mask(value).replaceAll("\\p{Cntrl}", "?");
        return oneLine.length() <= MAX_QUOTED_LENGTH
                ? oneLine
                : PersonalData.mask(oneLine.substring(0, MAX_QUOTED_LENGTH)) + "...";
    }

    /**
     * The rule broken, as a stable code: the code a {@code validate(...)} report gives for the same rule where there
     * is one, else the code of the kind of input (e.g. {@code value.invalid}, {@code json.malformed}).
     *
     * @return the code, never null
     */
    public IssueCode code() {
        return code;
    }

    /** @return the field or item that is wrong, never null */
    public String field() {
        return field;
    }

    /** @return the rule broken, in words, never null */
    public String rule() {
        return rule;
    }

    /**
     * The offending value as it may be shown: masked for personal identifiers, cut to a readable length,
     * control characters replaced.
     *
     * @return the value, or empty when none is shown
     */
    public Optional<String> value() {
        return Optional.ofNullable(value);
    }
}

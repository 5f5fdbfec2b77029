package org.socialprescribing.model;

import org.jspecify.annotations.Nullable;

/**
 * A value breaks a rule of the type that was asked to hold it: out of range, wrong format, missing where
 * mandatory. The message names the field, quotes the value and states the rule, e.g.
 * {@code imdDecile: '11' must be between 1 and 10}.
 */
public class InvalidValueException extends SpException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception that quotes the offending value.
     *
     * @param field the field that is wrong, not null
     * @param value the offending value, not null (never pass an unmasked personal identifier)
     * @param rule the rule broken, not null
     */
    public InvalidValueException(String field, String value, String rule) {
        super(ModelIssueCode.VALUE_INVALID, field, value, rule, null);
    }

    /**
     * Creates an exception that shows no value (for a missing value, or one that must not be shown).
     *
     * @param field the field that is wrong, not null
     * @param rule the rule broken, not null
     */
    public InvalidValueException(String field, String rule) {
        super(ModelIssueCode.VALUE_INVALID, field, null, rule, null);
    }

    /**
     * Creates an exception with a cause.
     *
     * @param field the field that is wrong, not null
     * @param value the offending value, or null to show none
     * @param rule the rule broken, not null
     * @param cause the underlying cause, or null
     */
    public InvalidValueException(String field, @Nullable String value, String rule, @Nullable Throwable cause) {
        super(ModelIssueCode.VALUE_INVALID, field, value, rule, cause);
    }

    /**
     * Creates an exception for a rule that has its own issue code, the one a validation report gives for it.
     *
     * @param code the issue code of the rule broken, not null
     * @param field the field that is wrong, not null
     * @param value the offending value, or null to show none
     * @param rule the rule broken, not null
     * @param cause the underlying cause, or null
     */
    public InvalidValueException(
            IssueCode code, String field, @Nullable String value, String rule, @Nullable Throwable cause) {
        super(code, field, value, rule, cause);
    }
}

package org.socialprescribing.model;

import org.jspecify.annotations.Nullable;

/**
 * An identifier (NHS number, ODS code, postcode, charity or company number, LSOA code, IMD decile) could not
 * be parsed. Besides the field, rule and shown value of every {@link SpException}, it carries the {@linkplain
 * #code() issue code} of the rule, so that a validator can report the same failure without parsing the
 * message. NHS numbers are shown masked, e.g. {@code nhsNumber: '*** *** 5918' has check digit 8 but modulus
 * 11 gives 9}.
 */
public class InvalidIdentifierException extends SpException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param code the issue code of the rule broken, not null
     * @param field the field, e.g. {@code nhsNumber}, not null
     * @param value the offending value as it may be shown (masked if personal), or null to show none
     * @param rule the rule broken, in words, not null
     */
    public InvalidIdentifierException(ModelIssueCode code, String field, @Nullable String value, String rule) {
        super(code, field, value, rule, null);
    }

    /** @return the issue code of the rule broken, never null */
    @Override
    public ModelIssueCode code() {
        return (ModelIssueCode) super.code();
    }
}

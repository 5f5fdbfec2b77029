package org.socialprescribing.gp;

import org.jspecify.annotations.Nullable;
import org.socialprescribing.model.SpException;

/**
 * A GP input that cannot be used at all: an extract whose header lacks a required column, a code table that breaks
 * the table format, a GP Connect document that is not an STU3 Bundle. It names the field (a column, a table row's
 * field, a FHIR path), the rule and the value (masked). Row-level problems are never thrown: they are {@linkplain
 * ReportedRow reported} and counted.
 */
public class GpFormatException extends SpException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param code the kind of input that is wrong: the header, a code table, a GP Connect record or an option
     * @param field the column, table field or path that is wrong, not null
     * @param value the offending value, or null to show none
     * @param rule the rule broken, in words, not null
     * @param cause the underlying cause, or null
     */
    public GpFormatException(
            GpIssueCode code, String field, @Nullable String value, String rule, @Nullable Throwable cause) {
        super(code, field, value, rule, cause);
    }

    /**
     * Creates an exception quoting the value.
     *
     * @param code the kind of input that is wrong, not null
     * @param field the column, table field or path that is wrong, not null
     * @param value the offending value, not null
     * @param rule the rule broken, in words, not null
     */
    public GpFormatException(GpIssueCode code, String field, String value, String rule) {
        super(code, field, value, rule, null);
    }

    /**
     * Creates an exception without a value.
     *
     * @param code the kind of input that is wrong, not null
     * @param field the column, table field or path that is wrong, not null
     * @param rule the rule broken, in words, not null
     */
    public GpFormatException(GpIssueCode code, String field, String rule) {
        super(code, field, null, rule, null);
    }
}

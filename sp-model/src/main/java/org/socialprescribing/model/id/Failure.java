package org.socialprescribing.model.id;

import org.socialprescribing.model.InvalidIdentifierException;
import org.socialprescribing.model.ModelIssueCode;

/** A broken rule found while checking an identifier, turned into an exception only when parsing. */
record Failure(ModelIssueCode code, String rule) {

    InvalidIdentifierException toException(String field, String shownValue) {
        return new InvalidIdentifierException(code, field, shownValue, rule);
    }
}

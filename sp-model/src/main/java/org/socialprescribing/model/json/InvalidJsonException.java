package org.socialprescribing.model.json;

import org.jspecify.annotations.Nullable;
import org.socialprescribing.model.SpException;

/**
 * JSON could not be read as the requested sp-model type: malformed JSON, a property the type does not have, a
 * value of the wrong type or format, a missing mandatory value, or a value that breaks the type's rules. The
 * {@linkplain #field() field} is the JSONPath of the problem, e.g. {@code $.referral.referrer.name} or
 * {@code $.onwardReferrals[0].history[1]}; the message never quotes a personal identifier unmasked.
 */
public class InvalidJsonException extends SpException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param path the JSONPath of the problem, {@code $} for the whole document, not null
     * @param rule what is wrong, not null
     * @param value the offending value as it may be shown (masked if personal), or null to show none
     * @param cause the underlying Jackson or SDK exception, or null
     */
    public InvalidJsonException(String path, String rule, @Nullable String value, @Nullable Throwable cause) {
        super(path, rule, value, cause);
    }
}

package org.socialprescribing.model.json;

import org.jspecify.annotations.Nullable;
import org.socialprescribing.model.IssueCode;
import org.socialprescribing.model.ModelIssueCode;
import org.socialprescribing.model.SpException;

/**
 * JSON could not be read as the requested sp-model type: malformed JSON, a property the type does not have, a
 * value of the wrong type or format, a property the type cannot be built without, or a value that breaks the
 * type's rules. The {@linkplain #field() field} is the JSONPath of the problem, e.g. {@code
 * $.onwardReferrals[0].history[1]}; the {@linkplain #code() code} says which rule, e.g. {@code json.unknown-property}
 * or, for an invalid identifier, the identifier's own code ({@code nhs-number.check-digit}). The message never
 * quotes a personal identifier unmasked.
 *
 * <p>An item that is merely not recorded (no risks, no NHS number) is not an error here: the episode is read, and
 * {@code SpValidator.validate(episode, CompleteForNationalDataset.class)} reports what is missing.
 */
public class InvalidJsonException extends SpException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param code the rule broken, e.g. {@link ModelIssueCode#JSON_UNKNOWN_PROPERTY}, not null
     * @param path the JSONPath of the problem, {@code $} for the whole document, not null
     * @param value the offending value as it may be shown (masked if personal), or null to show none
     * @param rule what is wrong, not null
     * @param cause the underlying Jackson or SDK exception, or null
     * @throws NullPointerException if the code, path or rule is null
     */
    public InvalidJsonException(
            IssueCode code, String path, @Nullable String value, String rule, @Nullable Throwable cause) {
        super(code, path, value, rule, cause);
    }

    /**
     * The rule broken, as a stable code: a {@code json.*} code of {@link ModelIssueCode}, or the code of an
     * identifier rule when the value is an invalid identifier.
     *
     * @return the code, never null
     */
    @Override
    public IssueCode code() {
        return super.code();
    }
}

package org.socialprescribing.model.validation;

import jakarta.validation.ConstraintValidatorContext;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.model.InvalidIdentifierException;
import org.socialprescribing.model.ModelIssueCode;

/**
 * The shared body of the identifier constraint validators: parses the value and, if it is invalid, reports the
 * parser's rule as the message and its issue code as the violation's dynamic payload ({@link Finding}), which
 * {@link SpValidator} turns into the issue's code. Values are never put in messages.
 */
final class IdentifierConstraint {

    private IdentifierConstraint() {}

    /** Null is valid (Jakarta convention: combine with {@code @NotNull} to require a value). */
    static boolean check(@Nullable CharSequence value, ConstraintValidatorContext context, Consumer<String> parser) {
        if (value == null) {
            return true;
        }
        try {
            parser.accept(value.toString());
            return true;
        } catch (InvalidIdentifierException e) {
            report(context, e.code(), e.rule());
            return false;
        }
    }

    /** Replaces the default violation with one whose message is the rule and whose payload is the code. */
    static void report(ConstraintValidatorContext context, ModelIssueCode code, String rule) {
        Finding.report(context, code, rule);
    }
}

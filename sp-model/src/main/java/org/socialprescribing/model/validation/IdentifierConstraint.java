package org.socialprescribing.model.validation;

import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ValidationException;
import java.util.function.Consumer;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.model.InvalidIdentifierException;
import org.socialprescribing.model.ModelIssueCode;

/**
 * The shared body of the identifier constraint validators: parses the value and, if it is invalid, reports the
 * parser's rule as the message and its issue code as the violation's dynamic payload, which {@link SpValidator}
 * turns into the issue's code. Values are never put in messages.
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
        try {
            // Set before the violation is built: the violation takes the payload the context holds then.
            context.unwrap(HibernateConstraintValidatorContext.class).withDynamicPayload(code);
        } catch (ValidationException notHibernate) {
            // Another provider: the violation is still reported, only without the specific code.
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(escape(rule)).addConstraintViolation();
    }

    /** Escapes the characters that message interpolation would treat as expressions or parameters. */
    private static String escape(String text) {
        return text.replace("\\", "\\\\")
                .replace("{", "\\{")
                .replace("}", "\\}")
                .replace("$", "\\$");
    }
}

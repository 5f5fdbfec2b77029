package org.socialprescribing.model.validation;

import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ValidationException;
import java.util.Optional;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.model.IssueCode;
import org.socialprescribing.model.ModelIssueCode;

/**
 * What an SDK constraint validator tells {@link SpValidator} beyond the violation itself: the issue code and,
 * for a {@link Rule}, the data path that replaces the rule method's name. Carried as Hibernate Validator's dynamic
 * payload; messages are the code's rule and never quote the value.
 */
final class Finding {

    private final IssueCode code;
    private final @Nullable String at;

    private Finding(IssueCode code, @Nullable String at) {
        this.code = code;
        this.at = at;
    }

    IssueCode code() {
        return code;
    }

    /** @return the path replacing the rule method's name (empty for the object itself); empty for a property */
    Optional<String> at() {
        return Optional.ofNullable(at);
    }

    /** Replaces the default violation with one whose message is the code's rule, at the value's own path. */
    static void report(ConstraintValidatorContext context, ModelIssueCode code) {
        report(context, new Finding(code, null), code.rule());
    }

    /** Replaces the default violation with one whose message is {@code rule}, at the value's own path. */
    static void report(ConstraintValidatorContext context, IssueCode code, String rule) {
        report(context, new Finding(code, null), rule);
    }

    /** Replaces a rule method's violation with one whose message is the code's rule, at the data path {@code at}. */
    static void reportAt(ConstraintValidatorContext context, ModelIssueCode code, String at) {
        report(context, new Finding(code, at), code.rule());
    }

    private static void report(ConstraintValidatorContext context, Finding finding, String rule) {
        try {
            // Set before the violation is built: the violation takes the payload the context holds then.
            context.unwrap(HibernateConstraintValidatorContext.class).withDynamicPayload(finding);
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

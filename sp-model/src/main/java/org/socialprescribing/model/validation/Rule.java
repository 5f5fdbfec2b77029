package org.socialprescribing.model.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.model.ModelIssueCode;

/**
 * A rule over several values of a type, written as a {@code boolean} method that says whether the rule holds
 * (for example "a completed episode records the support offered"). {@link SpValidator} reports a broken rule with
 * its own {@linkplain #code() code}, at the data path {@link #at()} names relative to the type, never at the
 * method's name.
 */
@Documented
@Constraint(validatedBy = Rule.Validator.class)
@Target({METHOD, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface Rule {

    /** @return the issue code reported when the rule is broken; its rule is the message */
    ModelIssueCode code();

    /**
     * Where the issue is, relative to the type that declares the rule: a property path such as {@code consents} or
     * {@code to}, or empty for the whole object.
     *
     * @return the path, never null
     */
    String at();

    /** @return not used: the message is the code's rule */
    String message() default "breaks a rule";

    /** @return the validation groups that check the rule */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};

    /** Checks that a rule method returned {@code true}. */
    final class Validator implements ConstraintValidator<Rule, Boolean> {

        private ModelIssueCode code = ModelIssueCode.CONSTRAINT_VIOLATION;
        private String at = "";

        /** Creates the validator; called by the Jakarta Validation provider. */
        public Validator() {}

        @Override
        public void initialize(Rule annotation) {
            code = annotation.code();
            at = annotation.at();
        }

        @Override
        public boolean isValid(@Nullable Boolean holds, ConstraintValidatorContext context) {
            if (Boolean.TRUE.equals(holds)) {
                return true;
            }
            Finding.reportAt(context, code, at);
            return false;
        }
    }
}

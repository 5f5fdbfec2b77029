package org.socialprescribing.model.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE_USE;
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
 * The annotated text, when present, must not be longer than {@link #value()} characters (code points). A rule of a
 * standard (PRSB's 35 characters for a name part), not an invariant, so that longer texts from other systems can
 * still be held; {@link SpValidator} reports it with its {@linkplain #code() code}.
 */
@Documented
@Constraint(validatedBy = MaxLength.Validator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface MaxLength {

    /** @return the longest allowed length, in characters */
    int value();

    /** @return the issue code reported for a longer text; its rule is the message */
    ModelIssueCode code();

    /** @return not used: the message is the code's rule */
    String message() default "is too long";

    /** @return the validation groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};

    /** Checks the length of a text. */
    final class Validator implements ConstraintValidator<MaxLength, CharSequence> {

        private int max = Integer.MAX_VALUE;
        private ModelIssueCode code = ModelIssueCode.CONSTRAINT_VIOLATION;

        /** Creates the validator; called by the Jakarta Validation provider. */
        public Validator() {}

        @Override
        public void initialize(MaxLength annotation) {
            max = annotation.value();
            code = annotation.code();
        }

        @Override
        public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
            if (value == null || value.toString().codePointCount(0, value.length()) <= max) {
                return true;
            }
            Finding.report(context, code);
            return false;
        }
    }
}

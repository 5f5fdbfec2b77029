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
import java.util.Collection;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.model.ModelIssueCode;

/**
 * The annotated value must be recorded: present (an {@link Optional} that is not empty, not {@code null}), not
 * empty (a collection) and not blank (a text). A completeness rule, put in the validation groups that need the
 * value (for example {@link CompleteForPrsb}), so that a record without it can still be built, read and mapped,
 * and {@link SpValidator} reports it with its own {@linkplain #code() code} at the value's path.
 */
@Documented
@Constraint(validatedBy = Recorded.Validator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface Recorded {

    /** @return the issue code reported when the value is not recorded; its rule is the message */
    ModelIssueCode code();

    /** @return not used: the message is the code's rule */
    String message() default "is not recorded";

    /** @return the validation groups that need the value */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};

    /** Checks that a value is present, not empty and not blank. */
    final class Validator implements ConstraintValidator<Recorded, Object> {

        private ModelIssueCode code = ModelIssueCode.MISSING_VALUE;

        /** Creates the validator; called by the Jakarta Validation provider. */
        public Validator() {}

        @Override
        public void initialize(Recorded annotation) {
            code = annotation.code();
        }

        @Override
        public boolean isValid(@Nullable Object value, ConstraintValidatorContext context) {
            if (isRecorded(value)) {
                return true;
            }
            Finding.report(context, code);
            return false;
        }

        private static boolean isRecorded(@Nullable Object value) {
            if (value instanceof Optional) {
                return ((Optional<?>) value).filter(Validator::isRecorded).isPresent();
            }
            if (value instanceof Collection) {
                return !((Collection<?>) value).isEmpty();
            }
            if (value instanceof CharSequence) {
                return !value.toString().isBlank();
            }
            return value != null;
        }
    }
}

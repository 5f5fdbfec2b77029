package org.socialprescribing.model.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
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
import org.socialprescribing.model.id.Postcode;

/**
 * The annotated {@code CharSequence} must be a UK postcode that {@link Postcode#parse(String)} accepts. With
 * {@link #strict()}, a postcode that fails the strict Royal Mail letter rules is reported too, with code
 * {@link ModelIssueCode#POSTCODE_NOT_STRICT}, which {@link SpValidator} reports as a warning. On a {@link
 * Postcode} value, only the strict check can fail. {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = {ValidPostcode.TextValidator.class, ValidPostcode.PostcodeValidator.class})
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface ValidPostcode {

    /** @return the message used if the validator cannot state the rule */
    String message() default "must be a UK postcode";

    /** @return whether to report postcodes that fail the strict check (as warnings in a report) */
    boolean strict() default false;

    /** @return the validation groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};

    /** Checks a {@code CharSequence} with {@link Postcode#parse(String)}, then the strict check if asked. */
    final class TextValidator implements ConstraintValidator<ValidPostcode, CharSequence> {

        private boolean strict;

        /** Creates the validator; called by the Jakarta Validation provider. */
        public TextValidator() {}

        @Override
        public void initialize(ValidPostcode annotation) {
            strict = annotation.strict();
        }

        @Override
        public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
            if (!IdentifierConstraint.check(value, context, Postcode::parse)) {
                return false;
            }
            return value == null || !strict || PostcodeValidator.checkStrict(Postcode.parse(value.toString()), context);
        }
    }

    /** Checks a {@link Postcode} against the strict rules if asked; a {@code Postcode} always passes the loose one. */
    final class PostcodeValidator implements ConstraintValidator<ValidPostcode, Postcode> {

        private boolean strict;

        /** Creates the validator; called by the Jakarta Validation provider. */
        public PostcodeValidator() {}

        @Override
        public void initialize(ValidPostcode annotation) {
            strict = annotation.strict();
        }

        @Override
        public boolean isValid(@Nullable Postcode value, ConstraintValidatorContext context) {
            return value == null || !strict || checkStrict(value, context);
        }

        static boolean checkStrict(Postcode postcode, ConstraintValidatorContext context) {
            if (postcode.isStrictlyValid()) {
                return true;
            }
            IdentifierConstraint.report(
                    context, ModelIssueCode.POSTCODE_NOT_STRICT, "does not follow the Royal Mail letter rules");
            return false;
        }
    }
}

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
import org.socialprescribing.model.id.CharityNumber;

/**
 * The annotated {@code CharSequence} must be a registered charity number that {@link CharityNumber#parse(String)} accepts (England and Wales, Scotland or Northern Ireland with its NIC prefix). {@code null} is
 * valid; add {@code @NotNull} to require a value. The violation's message states the rule broken, never the
 * value.
 */
@Documented
@Constraint(validatedBy = ValidCharityNumber.Validator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface ValidCharityNumber {

    /** @return the message used if the validator cannot state the rule */
    String message() default "must be a registered charity number";

    /** @return the validation groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};

    /** Checks a {@code CharSequence} with {@link CharityNumber#parse(String)}. */
    final class Validator implements ConstraintValidator<ValidCharityNumber, CharSequence> {

        /** Creates the validator; called by the Jakarta Validation provider. */
        public Validator() {}

        @Override
        public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
            return IdentifierConstraint.check(value, context, CharityNumber::parse);
        }
    }
}

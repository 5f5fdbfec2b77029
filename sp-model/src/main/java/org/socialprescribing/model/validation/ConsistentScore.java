package org.socialprescribing.model.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.ValidationException;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.model.measure.OutcomeMeasurement;
import org.socialprescribing.model.measure.Rescorer;

/**
 * The rule that an outcome measurement's stored score is what its scoring rule gives for the answers ({@link
 * OutcomeMeasurement#checkScore(Rescorer)}), checked by {@link SpValidator} and reported at the measurement's
 * {@code score} (e.g. {@code outcomeMeasurements[2].score}). The scores come from the {@link Rescorer} given to
 * {@link SpValidator#validate(Object, Rescorer, Class[])}, else {@link Rescorer#installed()}.
 */
@Documented
@Constraint(validatedBy = ConsistentScore.Validator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface ConsistentScore {

    /** @return not used: the message is the issue code's rule */
    String message() default "is not consistent with the answers";

    /** @return the validation groups that check the rule */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};

    /** Checks a measurement's score with the rescorer of the validation call. */
    final class Validator implements ConstraintValidator<ConsistentScore, OutcomeMeasurement> {

        /** Creates the validator; called by the Jakarta Validation provider. */
        public Validator() {}

        @Override
        public boolean isValid(@Nullable OutcomeMeasurement measurement, ConstraintValidatorContext context) {
            if (measurement == null) {
                return true;
            }
            Rescorer given = null;
            try {
                given = context.unwrap(HibernateConstraintValidatorContext.class)
                        .getConstraintValidatorPayload(Rescorer.class);
            } catch (ValidationException notHibernate) {
                // Another provider: no per-call rescorer, the installed one checks.
            }
            return measurement
                    .checkScore(given == null ? Rescorer.installed() : given)
                    .map(code -> {
                        Finding.reportAt(context, code, "score");
                        return false;
                    })
                    .orElse(true);
        }
    }
}

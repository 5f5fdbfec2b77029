package org.socialprescribing.model.validation;

import static java.util.Objects.requireNonNull;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.socialprescribing.model.IssueCode;
import org.socialprescribing.model.ModelIssueCode;
import org.socialprescribing.model.ValidationIssue;
import org.socialprescribing.model.ValidationReport;

/**
 * The SDK's one validation entry point: checks an object's Jakarta constraints (the SDK's own and any an
 * integrator declares, e.g. {@link ValidNhsNumber} on a {@code String} field) and returns a {@link
 * ValidationReport}. It never throws on bad data.
 *
 * <p>Built once, lazily, and shared: Hibernate Validator with the {@link ParameterMessageInterpolator} (no
 * Expression Language implementation needed), English messages, and record-style accessors such as {@code
 * int imdDecile()} treated as properties, so that constraints on Immutables types are not silently ignored.
 * Thread-safe.
 */
public final class SpValidator {

    private static final Comparator<ValidationIssue> ORDER = Comparator.comparing(ValidationIssue::path)
            .thenComparing(issue -> issue.code().code())
            .thenComparing(ValidationIssue::message);

    private SpValidator() {}

    /** Holds the validator; the JVM initialises it on first use, once, thread-safely. */
    private static final class Holder {
        static final Validator VALIDATOR = Validation.byProvider(HibernateValidator.class)
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .defaultLocale(Locale.ENGLISH)
                .getterPropertySelectionStrategy(new AccessorPropertySelectionStrategy())
                .buildValidatorFactory()
                .getValidator();
    }

    /**
     * Validates an object against its constraints.
     *
     * <p>Each violation becomes one issue: the code is the identifier rule's own code (e.g. {@link
     * ModelIssueCode#NHS_NUMBER_CHECK_DIGIT}) where the constraint provides one and {@link
     * ModelIssueCode#CONSTRAINT_VIOLATION} otherwise; the severity is the code's default (so a postcode that fails
     * only the strict rules is a warning); the path is the property path, e.g. {@code name.givenNames[0]}; the
     * message is the interpolated constraint message, which never quotes the value. Issues are sorted by path.
     *
     * @param object the object to validate, not null
     * @param groups the validation groups to check; none means the default group
     * @return the report, never null; empty if the object is valid
     * @throws NullPointerException if the object or a group is null
     */
    public static ValidationReport validate(Object object, Class<?>... groups) {
        requireNonNull(object, "object");
        List<ValidationIssue> issues = Holder.VALIDATOR.validate(object, groups).stream()
                .map(SpValidator::toIssue)
                .sorted(ORDER)
                .collect(Collectors.toList());
        return ValidationReport.of(issues);
    }

    private static ValidationIssue toIssue(ConstraintViolation<?> violation) {
        IssueCode code = ModelIssueCode.CONSTRAINT_VIOLATION;
        if (violation instanceof HibernateConstraintViolation) {
            IssueCode specific = ((HibernateConstraintViolation<?>) violation).getDynamicPayload(IssueCode.class);
            if (specific != null) {
                code = specific;
            }
        }
        return ValidationIssue.of(code, path(violation.getPropertyPath()), violation.getMessage());
    }

    /** A dotted path with list indexes and map keys in brackets, without the provider's container-element nodes. */
    static String path(Path propertyPath) {
        StringBuilder path = new StringBuilder();
        for (Path.Node node : propertyPath) {
            if (node.isInIterable()) {
                Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
                path.append('[').append(position == null ? "" : position).append(']');
            }
            String name = node.getName();
            if (name != null && !name.isEmpty() && !name.startsWith("<")) {
                path.append(path.length() == 0 ? "" : ".").append(name);
            }
        }
        return path.toString();
    }
}

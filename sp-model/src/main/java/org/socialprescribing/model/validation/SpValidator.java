package org.socialprescribing.model.validation;

import static java.util.Objects.requireNonNull;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorFactory;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.model.IssueCode;
import org.socialprescribing.model.ModelIssueCode;
import org.socialprescribing.model.ValidationIssue;
import org.socialprescribing.model.ValidationReport;
import org.socialprescribing.model.measure.Rescorer;

/**
 * The SDK's one validation entry point: checks an object's Jakarta constraints (the SDK's own and any an
 * integrator declares, e.g. {@link ValidNhsNumber} on a {@code String} field) and returns a {@link
 * ValidationReport}. It never throws on bad data. Completeness is a question of groups: {@code validate(episode)}
 * checks only well-formedness, {@code validate(episode, CompleteForNationalDataset.class)} also reports every item
 * the national dataset needs that is not recorded, one issue per item (see {@link CompleteForPrsb}, {@link
 * CompleteForNationalDataset}, {@link ReadyToSendToProvider} and {@link ReadyToMessageBack}).
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
        static final HibernateValidatorFactory FACTORY = Validation.byProvider(HibernateValidator.class)
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .defaultLocale(Locale.ENGLISH)
                .getterPropertySelectionStrategy(new AccessorPropertySelectionStrategy())
                .buildValidatorFactory()
                .unwrap(HibernateValidatorFactory.class);
        static final Validator VALIDATOR = FACTORY.getValidator();
    }

    /**
     * Validates an object against its constraints.
     *
     * <p>Each violation becomes one issue. The code is the rule's own: an identifier rule's (e.g. {@link
     * ModelIssueCode#NHS_NUMBER_CHECK_DIGIT}), a completeness rule's ({@link Recorded}, e.g. {@link
     * ModelIssueCode#EPISODE_RISKS_MISSING}) or a cross-field rule's ({@link Rule}); only a constraint the SDK does
     * not know (an integrator's {@code @Max(10)}) gets {@link ModelIssueCode#CONSTRAINT_VIOLATION}. The severity is
     * the code's default (so a postcode that fails only the strict rules is a warning). The path is a data path in
     * the data's own terms, e.g. {@code risks}, {@code person.name.givenNames[0]} or {@code onwardReferrals[2].to},
     * never a method name. The message states the rule without repeating the field and never quotes the value.
     * Issues are sorted by path. An outcome measurement's stored score is checked against its answers with {@link
     * Rescorer#installed()} ({@link ConsistentScore}).
     *
     * @param object the object to validate, not null
     * @param groups the validation groups to check; none means the default group
     * @return the report, never null; empty if the object is valid
     * @throws NullPointerException if the object or a group is null
     */
    public static ValidationReport validate(Object object, Class<?>... groups) {
        return validate(Holder.VALIDATOR, object, groups);
    }

    /**
     * Validates an object against its constraints, checking outcome measurements' stored scores with a given
     * rescorer ({@link ConsistentScore}) instead of {@link Rescorer#installed()}: for instruments the standard
     * registry does not hold, e.g. {@code InstrumentRegistry.standard().withInstruments(local).rescorer()}.
     * Otherwise as {@link #validate(Object, Class[])}.
     *
     * @param object the object to validate, not null
     * @param rescorer what scores measurements' answers again, not null
     * @param groups the validation groups to check; none means the default group
     * @return the report, never null; empty if the object is valid
     * @throws NullPointerException if the object, the rescorer or a group is null
     */
    public static ValidationReport validate(Object object, Rescorer rescorer, Class<?>... groups) {
        requireNonNull(rescorer, "rescorer");
        Validator validator = Holder.FACTORY
                .usingContext()
                .constraintValidatorPayload(rescorer)
                .getValidator();
        return validate(validator, object, groups);
    }

    private static ValidationReport validate(Validator validator, Object object, Class<?>... groups) {
        requireNonNull(object, "object");
        List<ValidationIssue> issues = validator.validate(object, groups).stream()
                .map(SpValidator::toIssue)
                .sorted(ORDER)
                .collect(Collectors.toList());
        return ValidationReport.of(issues);
    }

    private static ValidationIssue toIssue(ConstraintViolation<?> violation) {
        Finding finding = null;
        if (violation instanceof HibernateConstraintViolation) {
            finding = ((HibernateConstraintViolation<?>) violation).getDynamicPayload(Finding.class);
        }
        IssueCode code = finding == null ? ModelIssueCode.CONSTRAINT_VIOLATION : finding.code();
        String path = path(
                violation.getPropertyPath(),
                finding == null ? null : finding.at().orElse(null));
        return ValidationIssue.of(code, path, violation.getMessage());
    }

    /** A dotted path with list indexes and map keys in brackets, without the provider's container-element nodes. */
    static String path(Path propertyPath) {
        return path(propertyPath, null);
    }

    /**
     * A dotted path with list indexes and map keys in brackets, without the provider's container-element nodes.
     * For a {@link Rule}, the last node (the rule method) is replaced by the rule's own data path.
     */
    private static String path(Path propertyPath, @Nullable String ruleAt) {
        List<Path.Node> nodes = new ArrayList<>();
        propertyPath.forEach(nodes::add);
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < nodes.size(); i++) {
            Path.Node node = nodes.get(i);
            if (node.isInIterable()) {
                Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
                path.append('[').append(position == null ? "" : position).append(']');
            }
            String name = ruleAt != null && i == nodes.size() - 1 ? ruleAt : node.getName();
            if (name != null && !name.isEmpty() && !name.startsWith("<")) {
                path.append(path.length() == 0 ? "" : ".").append(name);
            }
        }
        return path.toString();
    }
}

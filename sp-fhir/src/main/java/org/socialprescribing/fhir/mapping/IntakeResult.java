package org.socialprescribing.fhir.mapping;

import static java.util.Objects.requireNonNull;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.model.ValidationReport;

/**
 * What the intake of another system's FHIR gave: every problem it found at once, and the value when it could make
 * one. A {@linkplain #refused() refused} input (an unknown modifier extension, no referral to read) has
 * errors in the report and no value; otherwise the value is usable and the report holds warnings (what was not
 * mapped, with its FHIRPath) and information (how the input was read).
 *
 * @param <T> the domain type
 */
public final class IntakeResult<T> {

    private final @Nullable T value;
    private final ValidationReport report;

    private IntakeResult(@Nullable T value, ValidationReport report) {
        this.value = value;
        this.report = requireNonNull(report, "report");
    }

    /**
     * A value with its report, which must hold no error.
     *
     * @param <T> the domain type
     * @param value the value, not null
     * @param report the warnings and information, not null
     * @return the result
     * @throws IllegalArgumentException if the report holds an error
     */
    public static <T> IntakeResult<T> of(T value, ValidationReport report) {
        if (!report.isValid()) {
            throw new IllegalArgumentException("a result with a value must hold no error");
        }
        return new IntakeResult<>(requireNonNull(value, "value"), report);
    }

    /**
     * A refusal: no value, the errors that caused it and every other problem found.
     *
     * @param <T> the domain type
     * @param report the problems, with at least one error; not null
     * @return the result
     * @throws IllegalArgumentException if the report holds no error
     */
    public static <T> IntakeResult<T> refused(ValidationReport report) {
        if (report.isValid()) {
            throw new IllegalArgumentException("a refusal must hold an error");
        }
        return new IntakeResult<>(null, report);
    }

    /** @return the value, or empty if the input was refused */
    public Optional<T> value() {
        return Optional.ofNullable(value);
    }

    /** @return every problem found, in the order found, never null */
    public ValidationReport report() {
        return report;
    }

    /** @return true if the input was refused: the report holds errors and there is no value */
    public boolean refused() {
        return value == null;
    }

    /** @return true if there is a value and the report holds no warning: everything was mapped */
    public boolean isComplete() {
        return value != null && report.warnings().isEmpty();
    }

    @Override
    public boolean equals(@Nullable Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof IntakeResult)) {
            return false;
        }
        IntakeResult<?> that = (IntakeResult<?>) other;
        return Objects.equals(value, that.value) && report.equals(that.report);
    }

    @Override
    public int hashCode() {
        return 31 * Objects.hashCode(value) + report.hashCode();
    }

    @Override
    public String toString() {
        return "IntakeResult[" + (value == null ? "refused" : value) + ", "
                + report.issues().size() + " issue(s)]";
    }
}

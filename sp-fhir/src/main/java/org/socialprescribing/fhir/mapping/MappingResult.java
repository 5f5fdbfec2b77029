package org.socialprescribing.fhir.mapping;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;
import org.socialprescribing.model.ValidationReport;

/**
 * A domain value read from FHIR, with what the mapping could not carry. The value is complete; the {@linkplain
 * #report() report} holds warnings: FHIR content that has no home in the SDK's model ({@code
 * fhir.input.unmapped-content}, e.g. an unknown extension or a second name) and resources that the value does not
 * use ({@code fhir.input.unexpected-resource}). One error is reported rather than thrown, because the value is read
 * as it was sent: an outcome measurement whose stored score is not what its rule gives for the answers ({@code
 * measurement.score.mismatch}; {@code measurement.score.unverifiable} is its warning). An input the mapping cannot
 * turn into a valid value is an error and throws instead, so a result never holds a partial value.
 *
 * @param <T> the domain type
 */
public final class MappingResult<T> {

    private final T value;
    private final ValidationReport report;

    private MappingResult(T value, ValidationReport report) {
        this.value = requireNonNull(value, "value");
        this.report = requireNonNull(report, "report");
    }

    /**
     * Creates a result. Public for the SDK's internal packages.
     *
     * @param <T> the domain type
     * @param value the value, not null
     * @param report the warnings, not null
     * @return the result
     */
    public static <T> MappingResult<T> of(T value, ValidationReport report) {
        return new MappingResult<>(value, report);
    }

    /** @return the domain value, never null */
    public T value() {
        return value;
    }

    /** @return what the mapping could not carry, and score checks; empty when nothing was left out or doubted */
    public ValidationReport report() {
        return report;
    }

    /** @return true if every element and resource of the input was mapped */
    public boolean isComplete() {
        return report.isEmpty();
    }

    @Override
    public boolean equals(@Nullable Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof MappingResult)) {
            return false;
        }
        MappingResult<?> that = (MappingResult<?>) other;
        return value.equals(that.value) && report.equals(that.report);
    }

    @Override
    public int hashCode() {
        return 31 * value.hashCode() + report.hashCode();
    }

    @Override
    public String toString() {
        return "MappingResult[" + value + ", " + report.issues().size() + " issue(s)]";
    }
}

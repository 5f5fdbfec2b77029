package org.socialprescribing.model;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * A value mapped from one representation to another, with a report of what the mapping could not carry. It is the
 * one result type of every mapping in the SDK: FHIR to the domain and back (sp-fhir), the domain to Open Referral UK
 * (sp-openreferral), GP records to FHIR (sp-gp).
 *
 * <p>The value is complete: an input that cannot become a valid value throws an {@link SpException} instead, so a
 * result never holds a partial value. The report holds what was left out or doubted, each issue with a stable code
 * and a data path: content of the input that has no home in the target (e.g. {@code fhir.input.unmapped-content},
 * {@code oruk.mapping.not-exported}), resources the value does not use, and checks the mapping made on the way (an
 * outcome measurement whose stored score is not what its rule gives is reported, not thrown, because the value is
 * kept as it was sent). Mappings that may refuse their input altogether, such as the intake of a referral from
 * another system, return a result whose value is optional instead ({@code IntakeResult} in sp-fhir).
 *
 * @param <T> the type of the mapped value
 */
public final class MappingResult<T> {

    private final T value;
    private final ValidationReport report;

    private MappingResult(T value, ValidationReport report) {
        this.value = requireNonNull(value, "value");
        this.report = requireNonNull(report, "report");
    }

    /**
     * Creates a result.
     *
     * @param <T> the domain type
     * @param value the value, not null
     * @param report the warnings, not null
     * @return the result
     */
    public static <T> MappingResult<T> of(T value, ValidationReport report) {
        return new MappingResult<>(value, report);
    }

    /** @return the mapped value, never null */
    public T value() {
        return value;
    }

    /** @return what the mapping could not carry or doubted, with codes and data paths; empty when nothing was */
    public ValidationReport report() {
        return report;
    }

    /** @return true if the report is empty: everything in the input was mapped and nothing was doubted */
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

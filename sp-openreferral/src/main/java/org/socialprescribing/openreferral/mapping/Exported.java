package org.socialprescribing.openreferral.mapping;

import static java.util.Objects.requireNonNull;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.model.ValidationReport;

/**
 * What mapping SDK values to Open Referral UK gives: the ORUK value, and a report of what could not be written
 * (SDK values with no ORUK property, required ORUK properties the SDK value lacks, URIs that are not absolute).
 *
 * @param <T> the ORUK value: a record, or a list of records
 */
public final class Exported<T> {

    private final T value;
    private final ValidationReport report;

    Exported(T value, ValidationReport report) {
        this.value = requireNonNull(value, "value");
        this.report = requireNonNull(report, "report");
    }

    /** @return the ORUK value, never null */
    public T value() {
        return value;
    }

    /** @return what could not be written as it is in the SDK, with SDK paths; never null */
    public ValidationReport report() {
        return report;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        if (!(other instanceof Exported)) {
            return false;
        }
        Exported<?> that = (Exported<?>) other;
        return value.equals(that.value) && report.equals(that.report);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, report);
    }

    @Override
    public String toString() {
        return "Exported[" + report.issues().size() + " issues]";
    }
}

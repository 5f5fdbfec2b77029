package org.socialprescribing.cli;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Who is missing from an {@code sp change} comparison, per component: people with a baseline row only, with a
 * follow-up row only, and people in both files whose component could not be compared (a side invalid or
 * incomplete). Counted for the whole cohort and per {@code --by} stratum; people found only in the follow-up file
 * have no baseline stratum, so they are counted for the whole cohort only.
 */
final class Attrition {

    /** Why a person is missing from the comparison. */
    enum Kind {
        /** A baseline row and no follow-up row. */
        BASELINE_ONLY,
        /** A follow-up row and no baseline row. */
        FOLLOW_UP_ONLY,
        /** Rows in both files, but a side lacks the component's score. */
        NOT_COMPARED
    }

    private final Map<String, long[]> all = new HashMap<>();
    private final Map<String, long[]> byStratum = new HashMap<>();

    /**
     * Counts one missing person.
     *
     * @param component the component
     * @param stratum the baseline stratum, or null when the person has no baseline row
     * @param kind why the person is missing
     */
    void count(String component, @Nullable String stratum, Kind kind) {
        all.computeIfAbsent(component, k -> new long[Kind.values().length])[kind.ordinal()]++;
        if (stratum != null) {
            byStratum
                    .computeIfAbsent(component + "\u0000" + stratum, k -> new long[Kind.values().length])[
                    kind.ordinal()]++;
        }
    }

    /**
     * The count for the whole cohort.
     *
     * @param component the component
     * @param kind why missing
     * @return the count
     */
    long all(String component, Kind kind) {
        long[] counts = all.get(component);
        return counts == null ? 0 : counts[kind.ordinal()];
    }

    /**
     * The count for one stratum.
     *
     * @param component the component
     * @param stratum the stratum value
     * @param kind why missing ({@link Kind#FOLLOW_UP_ONLY} is never counted per stratum)
     * @return the count
     */
    long stratum(String component, String stratum, Kind kind) {
        long[] counts = byStratum.get(component + "\u0000" + stratum);
        return counts == null ? 0 : counts[kind.ordinal()];
    }
}

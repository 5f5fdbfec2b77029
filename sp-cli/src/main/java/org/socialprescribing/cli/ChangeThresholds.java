package org.socialprescribing.cli;

import java.util.List;
import java.util.stream.Collectors;
import org.socialprescribing.measures.change.ChangeThreshold;
import org.socialprescribing.measures.change.Direction;

/**
 * The meaningful-change thresholds {@code sp change --threshold} can name: exactly sp-measures' {@link
 * ChangeThreshold#published()}, each tied to its instrument and component (its scale). There is no default.
 */
final class ChangeThresholds {

    /**
     * A threshold with its command-line name.
     *
     * @param name the name, e.g. {@code phq9_lowe_2004}
     * @param instrument the instrument it applies to
     * @param threshold the threshold, with its component and source
     */
    record Named(String name, String instrument, ChangeThreshold threshold) {

        /** @return e.g. "5 points on total, lower is better (Löwe et al. 2004, Med Care 42:1194 [V])" */
        String describe() {
            return threshold.points().toPlainString() + " points on " + threshold.component()
                    + (threshold.scaleBasis() == ChangeThreshold.ScaleBasis.SDK_READING
                            ? " (scale: SDK's reading)"
                            : "")
                    + ", " + (threshold.direction() == Direction.HIGHER_IS_BETTER ? "higher" : "lower")
                    + " is better (" + threshold.source().label() + ")";
        }
    }

    private ChangeThresholds() {}

    /**
     * The thresholds of one instrument.
     *
     * @param instrument the instrument id
     * @return its thresholds, possibly none
     */
    static List<Named> of(String instrument) {
        return ChangeThreshold.publishedFor(instrument).stream()
                .map(t -> new Named(t.name(), t.instrument(), t))
                .collect(Collectors.toList());
    }

    /**
     * Finds a threshold by name for an instrument.
     *
     * @param name the name as typed
     * @param instrument the instrument id
     * @return the threshold
     * @throws UsageException if the name is unknown or belongs to another instrument
     */
    static Named find(String name, String instrument) {
        List<Named> own = of(instrument);
        String choices = own.isEmpty()
                ? instrument + " has no sourced meaningful-change threshold; leave --threshold out"
                : "thresholds for " + instrument + ": "
                        + own.stream().map(Named::name).collect(Collectors.joining(", "));
        return own.stream()
                .filter(t -> t.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new UsageException(
                        "--threshold " + name + " is not a threshold for " + instrument + " (" + choices + ")"));
    }
}

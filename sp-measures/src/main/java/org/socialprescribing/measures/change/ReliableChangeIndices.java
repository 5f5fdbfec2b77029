package org.socialprescribing.measures.change;

import java.util.Optional;
import org.socialprescribing.measures.Source;

/**
 * The reliable change indices (Jacobson and Truax 1991) the SDK can offer: only where its sources give a standard
 * error of measurement (SEM) or a reliability coefficient. Today that is SWEMWBS alone (SEM 1.03 points, Shah et al.
 * 2018 [V]); the sources give none for ONS4, WEMWBS (a range, 2.4-3.1), UCLA-3, PHQ-9 or GAD-7, so no index is
 * offered for them.
 */
public final class ReliableChangeIndices {

    private static final String SHAH_SEM = "Shah et al. 2018, HQLO 16:239: SEM 1.03 points; applied to the %s score:"
            + " the SDK's reading, the paper's abstract does not name the scale";

    /** SWEMWBS metric score, SEM 1.03 (Shah et al. 2018 [V]; the scale is the SDK's reading). */
    public static final ReliableChange SWEMWBS_METRIC = ReliableChange.of(
            "metric", 1.03, Direction.HIGHER_IS_BETTER, Source.verified(String.format(SHAH_SEM, "metric")));

    /** SWEMWBS raw score, SEM 1.03 (Shah et al. 2018 [V]; the scale is the SDK's reading). */
    public static final ReliableChange SWEMWBS_RAW =
            ReliableChange.of("raw", 1.03, Direction.HIGHER_IS_BETTER, Source.verified(String.format(SHAH_SEM, "raw")));

    private ReliableChangeIndices() {}

    /**
     * The sourced reliable change index of an instrument's component.
     *
     * @param instrument the instrument id, e.g. {@code swemwbs}, not null
     * @param component the component, e.g. {@code metric}, not null
     * @return the index, or empty when the SDK's sources give no SEM or reliability for it
     */
    public static Optional<ReliableChange> published(String instrument, String component) {
        if (!instrument.equals("swemwbs")) {
            return Optional.empty();
        }
        switch (component) {
            case "metric":
                return Optional.of(SWEMWBS_METRIC);
            case "raw":
                return Optional.of(SWEMWBS_RAW);
            default:
                return Optional.empty();
        }
    }
}

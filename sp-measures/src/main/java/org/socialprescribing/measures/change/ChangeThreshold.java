package org.socialprescribing.measures.change;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.measures.Source;
import org.socialprescribing.model.InvalidValueException;

/**
 * The smallest change that counts as meaningful for one score component, the direction in which the score improves,
 * and the source of the threshold. There is no default: a caller always chooses a threshold and its source travels
 * with every classification. A change of at least {@linkplain #points() points} in the better direction is an
 * improvement, at least as much in the worse direction a deterioration, anything smaller unchanged.
 *
 * <p>A threshold's identity is its name, instrument, component (the scale it applies to), points, direction and
 * source; {@link #scaleBasis()} says whether the source names the scale or the SDK chose it, and the SDK offers each
 * reading a source supports (SWEMWBS: raw and metric) rather than choosing one silently.
 */
public final class ChangeThreshold {

    /**
     * Whether the source itself says which score a threshold applies to, or the SDK chose it. A threshold's scale is
     * part of its identity: the same points mean different things on SWEMWBS's raw and metric scores.
     */
    public enum ScaleBasis {
        /** The source names the score the threshold applies to (or the instrument has only one). */
        SOURCE,
        /** The source gives the points but not the scale; applying them to this component is the SDK's reading. */
        SDK_READING
    }

    private static final String SHAH = "Shah et al. 2018, HQLO 16:239";

    /** PHQ-9: minimal clinically important difference of 5 points, Löwe et al. 2004, Med Care 42:1194 [V]. */
    public static final ChangeThreshold PHQ9_LOWE_2004 = named(
            "phq9_lowe_2004",
            "phq9",
            "total",
            BigDecimal.valueOf(5),
            Direction.LOWER_IS_BETTER,
            Source.verified("Löwe et al. 2004, Med Care 42:1194"),
            ScaleBasis.SOURCE);

    /** GAD-7: minimal clinically important difference of 4 points, Toussaint et al. 2020, J Affect Disord 265:395 [V]. */
    public static final ChangeThreshold GAD7_TOUSSAINT_2020 = named(
            "gad7_toussaint_2020",
            "gad7",
            "total",
            BigDecimal.valueOf(4),
            Direction.LOWER_IS_BETTER,
            Source.verified("Toussaint et al. 2020, J Affect Disord 265:395"),
            ScaleBasis.SOURCE);

    /**
     * SWEMWBS, 2.77 x SEM = 2.87 points (Shah et al. 2018, HQLO 16:239 [V]) applied to the {@code metric} (converted)
     * score. The paper's abstract does not say which score its SEM was computed on, so the scale is the SDK's reading
     * ({@link ScaleBasis#SDK_READING}); {@link #SWEMWBS_SHAH_2018_RAW} is the other reading. The paper rounds: 2.77 x
     * 1.03 is 2.853, so its unrounded SEM was about 1.036.
     */
    public static final ChangeThreshold SWEMWBS_SHAH_2018_METRIC =
            shah("swemwbs_shah_2018_metric", "metric", "2.87", "2.77 x SEM = 2.87 points");

    /** SWEMWBS, 2.87 points (2.77 x SEM, Shah et al. 2018 [V]) applied to the {@code raw} score (the SDK's reading). */
    public static final ChangeThreshold SWEMWBS_SHAH_2018_RAW =
            shah("swemwbs_shah_2018_raw", "raw", "2.87", "2.77 x SEM = 2.87 points");

    /** SWEMWBS, 1 SEM = 1.03 points (Shah et al. 2018's lower threshold [V]) on the {@code metric} score (SDK's reading). */
    public static final ChangeThreshold SWEMWBS_SHAH_2018_1SEM_METRIC =
            shah("swemwbs_shah_2018_1sem_metric", "metric", "1.03", "1 SEM = 1.03 points");

    /** SWEMWBS, 1 SEM = 1.03 points (Shah et al. 2018's lower threshold [V]) on the {@code raw} score (SDK's reading). */
    public static final ChangeThreshold SWEMWBS_SHAH_2018_1SEM_RAW =
            shah("swemwbs_shah_2018_1sem_raw", "raw", "1.03", "1 SEM = 1.03 points");

    private static final List<ChangeThreshold> PUBLISHED = List.of(
            PHQ9_LOWE_2004,
            GAD7_TOUSSAINT_2020,
            SWEMWBS_SHAH_2018_METRIC,
            SWEMWBS_SHAH_2018_RAW,
            SWEMWBS_SHAH_2018_1SEM_METRIC,
            SWEMWBS_SHAH_2018_1SEM_RAW);

    private final String name;
    private final String instrument;
    private final ScaleBasis scaleBasis;
    private final String component;
    private final BigDecimal points;
    private final Direction direction;
    private final Source source;

    private ChangeThreshold(
            String name,
            String instrument,
            String component,
            BigDecimal points,
            Direction direction,
            Source source,
            ScaleBasis scaleBasis) {
        this.name = name;
        this.instrument = instrument;
        this.scaleBasis = scaleBasis;
        this.component = component;
        this.points = points;
        this.direction = direction;
        this.source = source;
    }

    /**
     * Creates a threshold.
     *
     * @param component the score component it applies to, e.g. {@code total}, not blank
     * @param points the smallest meaningful change, positive, not null (kept without trailing zeros, so 5 and 5.0
     *     give equal thresholds)
     * @param direction the direction in which the score improves, not null
     * @param source where the threshold comes from, not null
     * @return the threshold, never null
     * @throws InvalidValueException if the component is blank or the points are not positive
     * @throws NullPointerException if an argument is null
     */
    public static ChangeThreshold of(String component, BigDecimal points, Direction direction, Source source) {
        return named("custom", "", component, points, direction, source, ScaleBasis.SOURCE);
    }

    /**
     * Creates a named threshold for one instrument, saying whether its scale comes from the source.
     *
     * @param name a stable lower-case name, e.g. {@code phq9_lowe_2004}, not blank
     * @param instrument the instrument id it was published for, e.g. {@code phq9} (empty for any), not null
     * @param component the score component it applies to, e.g. {@code total}, not blank
     * @param points the smallest meaningful change, positive, not null
     * @param direction the direction in which the score improves, not null
     * @param source where the threshold comes from, not null
     * @param scaleBasis whether the source names the component or the SDK chose it, not null
     * @return the threshold, never null
     * @throws InvalidValueException if the name or component is blank or the points are not positive
     * @throws NullPointerException if an argument is null
     */
    public static ChangeThreshold named(
            String name,
            String instrument,
            String component,
            BigDecimal points,
            Direction direction,
            Source source,
            ScaleBasis scaleBasis) {
        requireNonNull(direction, "direction");
        requireNonNull(source, "source");
        requireNonNull(scaleBasis, "scaleBasis");
        requireNonNull(instrument, "instrument");
        if (name.isBlank()) {
            throw new InvalidValueException("threshold.name", "must not be blank");
        }
        if (component.isBlank()) {
            throw new InvalidValueException("threshold.component", "must not be blank");
        }
        if (points.signum() <= 0) {
            throw new InvalidValueException("threshold.points", points.toPlainString(), "must be positive");
        }
        return new ChangeThreshold(
                name, instrument, component, points.stripTrailingZeros(), direction, source, scaleBasis);
    }

    /** @return every threshold the SDK ships, each with its instrument, component and source, never null */
    public static List<ChangeThreshold> published() {
        return PUBLISHED;
    }

    /**
     * The published thresholds of one instrument.
     *
     * @param instrument the instrument id, e.g. {@code swemwbs}, not null
     * @return its thresholds, possibly none, never null
     */
    public static List<ChangeThreshold> publishedFor(String instrument) {
        return PUBLISHED.stream().filter(t -> t.instrument.equals(instrument)).collect(Collectors.toList());
    }

    private static ChangeThreshold shah(String name, String component, String points, String what) {
        return named(
                name,
                "swemwbs",
                component,
                new BigDecimal(points),
                Direction.HIGHER_IS_BETTER,
                Source.verified(SHAH + " (" + what + "); applied to the " + component
                        + " score: the SDK's reading, the paper's abstract does not name the scale"),
                ScaleBasis.SDK_READING);
    }

    /**
     * Classifies a change (follow-up minus baseline).
     *
     * @param change the change, not null
     * @return improved, unchanged or deteriorated, never null
     */
    public ChangeCategory classify(BigDecimal change) {
        BigDecimal better = direction == Direction.HIGHER_IS_BETTER ? change : change.negate();
        if (better.compareTo(points) >= 0) {
            return ChangeCategory.IMPROVED;
        }
        if (better.negate().compareTo(points) >= 0) {
            return ChangeCategory.DETERIORATED;
        }
        return ChangeCategory.UNCHANGED;
    }

    /** @return the threshold's stable name, e.g. {@code phq9_lowe_2004} ({@code custom} when built with {@link #of}) */
    public String name() {
        return name;
    }

    /** @return the instrument id it was published for, empty when built with {@link #of}, never null */
    public String instrument() {
        return instrument;
    }

    /** @return whether the source names the component (scale) or the SDK chose it, never null */
    public ScaleBasis scaleBasis() {
        return scaleBasis;
    }

    /** @return the score component the threshold applies to, never null */
    public String component() {
        return component;
    }

    /** @return the smallest meaningful change, positive, never null */
    public BigDecimal points() {
        return points;
    }

    /** @return the direction in which the score improves, never null */
    public Direction direction() {
        return direction;
    }

    /** @return where the threshold comes from, never null */
    public Source source() {
        return source;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof ChangeThreshold)) {
            return false;
        }
        ChangeThreshold that = (ChangeThreshold) other;
        return name.equals(that.name)
                && instrument.equals(that.instrument)
                && scaleBasis == that.scaleBasis
                && component.equals(that.component)
                && points.equals(that.points)
                && direction == that.direction
                && source.equals(that.source);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, instrument, scaleBasis, component, points, direction, source);
    }

    @Override
    public String toString() {
        return name + ": " + component + " " + points.toPlainString() + " points (" + direction + ", scale "
                + (scaleBasis == ScaleBasis.SOURCE ? "from the source" : "the SDK's reading") + "), "
                + source.label();
    }
}

package org.socialprescribing.gp;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Optional;
import org.socialprescribing.model.measure.InstrumentId;

/**
 * One row of a {@link CodeTable}: a GP code, what it means for a social prescribing episode, and the source that says
 * so. A score row also names the instrument, the range its value must lie in, how many decimals the value may have,
 * and which score component the value is ({@code total}, {@code raw}, {@code metric}), or no component where the
 * source does not say (the SWEMWBS SNOMED concepts do not say whether a value is raw or metric).
 *
 * @param system the code system, not null
 * @param code the code as the GP system records it, not blank
 * @param display the code's description, not blank
 * @param kind what the code means for an episode, not null
 * @param instrument for a score, the instrument whose score it carries
 * @param component for a score, the component its value is; empty where the source does not say
 * @param min for a score, the lowest value the instrument allows
 * @param max for a score, the highest value the instrument allows
 * @param decimals for a score, the most digits a value may have after the decimal point
 * @param source where the meaning (and, for a score, the range) comes from, not blank
 */
public record CodeMapping(
        GpCodeSystem system,
        String code,
        String display,
        EventKind kind,
        Optional<InstrumentId> instrument,
        Optional<String> component,
        Optional<BigDecimal> min,
        Optional<BigDecimal> max,
        int decimals,
        String source) {

    /**
     * Checks the row's invariants.
     *
     * @throws GpFormatException if a text is blank, a score row lacks its instrument or range, or another row has one
     */
    public CodeMapping {
        requireNonNull(system, "system");
        requireNonNull(code, "code");
        requireNonNull(display, "display");
        requireNonNull(kind, "kind");
        requireNonNull(instrument, "instrument");
        requireNonNull(component, "component");
        requireNonNull(min, "min");
        requireNonNull(max, "max");
        requireNonNull(source, "source");
        if (code.isBlank() || !code.equals(code.strip())) {
            throw new GpFormatException(
                    GpIssueCode.CODE_TABLE_INVALID, "code", code, "must not be blank or have surrounding spaces");
        }
        if (display.isBlank()) {
            throw new GpFormatException(GpIssueCode.CODE_TABLE_INVALID, "display", "must not be blank");
        }
        if (source.isBlank()) {
            throw new GpFormatException(
                    GpIssueCode.CODE_TABLE_INVALID, "source", "must name where the meaning comes from");
        }
        boolean score = kind == EventKind.SCORE;
        if (score != instrument.isPresent() || score != min.isPresent() || score != max.isPresent()) {
            throw new GpFormatException(
                    GpIssueCode.CODE_TABLE_INVALID,
                    "instrument",
                    "a score row needs instrument, min and max; any other row has none of them");
        }
        if (!score && component.isPresent()) {
            throw new GpFormatException(GpIssueCode.CODE_TABLE_INVALID, "component", "is for score rows only");
        }
        if (component.filter(String::isBlank).isPresent()) {
            throw new GpFormatException(GpIssueCode.CODE_TABLE_INVALID, "component", "must not be blank when present");
        }
        if (score && min.get().compareTo(max.get()) > 0) {
            throw new GpFormatException(
                    GpIssueCode.CODE_TABLE_INVALID, "min", min.get().toPlainString(), "must not be above max");
        }
        if (decimals < 0 || decimals > 4) {
            throw new GpFormatException(
                    GpIssueCode.CODE_TABLE_INVALID, "decimals", String.valueOf(decimals), "must be within 0..4");
        }
    }

    /** @return the row as {@code system code}, e.g. {@code snomed 871731000000106}, for messages */
    public String label() {
        return system.code() + " " + code;
    }
}

package org.socialprescribing.measures.extract;

import java.util.List;
import org.socialprescribing.model.InvalidValueException;

/**
 * One row of a research extract: the cells of one outcome measurement's score component, in the order of {@link
 * #COLUMNS}; an empty cell is a value not recorded. Immutable.
 *
 * @param cells the cells, one per column
 */
public record ExtractRow(List<String> cells) {

    /**
     * The columns of an extract, in order (documented in {@code docs/measures.md}, "Research extracts"):
     *
     * <ul>
     *   <li>{@code person}: the keyed pseudonym of the NHS number (64 hex characters);
     *   <li>{@code episode}, {@code measurement}: sequence numbers (from 1) of the episode in the input and of the
     *       measurement in the episode;
     *   <li>{@code instrument}, {@code instrument_version}, {@code scoring_rule_version}, {@code timepoint}, {@code
     *       period} (the measurement date coarsened to a month {@code 2025-03}, or a year), {@code collector};
     *   <li>{@code status} ({@code scored}, {@code incomplete}, {@code invalid}, {@code not_scored}), {@code
     *       component}, {@code value}, {@code band}, {@code flags} (e.g. {@code phq9.item9_positive});
     *   <li>equity dimensions: {@code imd_decile}, {@code imd_index}, {@code ethnic_category} (NHS code), {@code
     *       age_band} (at the measurement date);
     *   <li>{@code referral_source}, {@code service_categories} (codes of the onward referrals' categories, sorted,
     *       separated by {@code ;}), {@code referral_outcome} (the referral's latest status).
     * </ul>
     */
    public static final List<String> COLUMNS = List.of(
            "person",
            "episode",
            "measurement",
            "instrument",
            "instrument_version",
            "scoring_rule_version",
            "timepoint",
            "period",
            "collector",
            "status",
            "component",
            "value",
            "band",
            "flags",
            "imd_decile",
            "imd_index",
            "ethnic_category",
            "age_band",
            "referral_source",
            "service_categories",
            "referral_outcome");

    /**
     * Checks the row's width and copies the cells.
     *
     * @throws InvalidValueException if there is not one cell per column
     */
    public ExtractRow {
        if (cells.size() != COLUMNS.size()) {
            throw new InvalidValueException(
                    "cells", String.valueOf(cells.size()), "needs " + COLUMNS.size() + " cells");
        }
        cells = List.copyOf(cells);
    }

    /**
     * A cell by column name.
     *
     * @param column a name from {@link #COLUMNS}, not null
     * @return the cell, empty when not recorded, never null
     * @throws InvalidValueException if the column is unknown
     */
    public String get(String column) {
        int index = COLUMNS.indexOf(column);
        if (index < 0) {
            throw new InvalidValueException("column", column, "is not an extract column");
        }
        return cells.get(index);
    }
}

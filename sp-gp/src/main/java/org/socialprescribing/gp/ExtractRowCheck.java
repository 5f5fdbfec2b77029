package org.socialprescribing.gp;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.socialprescribing.model.id.NhsNumber;
import org.socialprescribing.model.id.OdsCode;

/**
 * The row checks of the coded-event extract contract (docs/gp.md), one row at a time and without the episode rules:
 * what {@code sp gp import} decides for each row before it groups rows by person. For readers that want the rows
 * themselves as a table, such as sp-spark's {@code GpExtracts}; the checks that need a person's other rows ({@code
 * gp.person.not-contiguous}, {@code gp.person.too-many-rows}, {@code gp.event.no-open-referral}) are not row checks
 * and are not made here. Immutable and thread-safe.
 *
 * <pre>{@code
 * ExtractRowCheck check = ExtractRowCheck.of(ExtractHeader.of(header), CodeTable.standard(), LocalDate.now());
 * ExtractRowCheck.CheckedRow row = check.check(1, cells);   // row.reported() names the first rule it breaks
 * }</pre>
 */
public final class ExtractRowCheck {

    private final RowReader reader;

    private ExtractRowCheck(RowReader reader) {
        this.reader = reader;
    }

    /**
     * Creates the checks for an extract.
     *
     * @param header the extract's header, not null
     * @param codes the code tables, e.g. {@link CodeTable#standard()}, not null
     * @param today the day of the import (later dates are reported), not null
     * @return the checks, never null
     */
    public static ExtractRowCheck of(ExtractHeader header, CodeTable codes, LocalDate today) {
        requireNonNull(header, "header");
        requireNonNull(codes, "codes");
        requireNonNull(today, "today");
        return new ExtractRowCheck(new RowReader(header, codes, today));
    }

    /**
     * Checks one row.
     *
     * @param row the row number, for the report (data rows from 1)
     * @param cells the row's cells in header order (null cells are empty), not null
     * @return the row's values when it passes every check, else the report of the first rule it breaks
     */
    public CheckedRow check(long row, List<String> cells) {
        RowReader.Outcome outcome = reader.read(row, requireNonNull(cells, "cells"));
        if (outcome.reported().isPresent()) {
            return new CheckedRow(
                    outcome.reported(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty());
        }
        GpEvent event = outcome.event().orElseThrow();
        return new CheckedRow(
                Optional.empty(),
                event.nhsNumber(),
                event.personId(),
                Optional.of(event.date()),
                Optional.of(event.mapping()),
                event.value(),
                event.practice(),
                event.recordId());
    }

    /**
     * The outcome of one row: either its report, or its checked values (then {@code date} and {@code mapping} are
     * present, and exactly one of {@code nhsNumber} and {@code personId}).
     *
     * @param reported why the row is reported, if it is
     * @param nhsNumber the person's NHS number, when the row gives one
     * @param personId the person's pseudonymous id, when the row identifies them by it
     * @param date the entry's date
     * @param mapping what the code means
     * @param value a score's value
     * @param practice the practice that recorded the entry
     * @param recordId the entry's id in the source system
     */
    public record CheckedRow(
            Optional<ReportedRow> reported,
            Optional<NhsNumber> nhsNumber,
            Optional<String> personId,
            Optional<LocalDate> date,
            Optional<CodeMapping> mapping,
            Optional<BigDecimal> value,
            Optional<OdsCode> practice,
            Optional<String> recordId) {

        /**
         * Checks that no component is null.
         *
         * @throws NullPointerException if one is
         */
        public CheckedRow {
            requireNonNull(reported, "reported");
            requireNonNull(nhsNumber, "nhsNumber");
            requireNonNull(personId, "personId");
            requireNonNull(date, "date");
            requireNonNull(mapping, "mapping");
            requireNonNull(value, "value");
            requireNonNull(practice, "practice");
            requireNonNull(recordId, "recordId");
        }

        /** @return true when the row passed every check */
        public boolean isValid() {
            return reported.isEmpty();
        }
    }
}

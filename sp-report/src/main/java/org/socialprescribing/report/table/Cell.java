package org.socialprescribing.report.table;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One cell of a {@link ReportTable}: a text, a number (a count or an exact amount of money), or a marker saying
 * why there is no value. Markers follow the Government Statistical Service's shorthand for tables ("Using symbols
 * and shorthand", Analysis Function, 2022 [S]): {@code [c]} confidential (suppressed), {@code [x]} not available,
 * {@code [z]} not applicable.
 */
public final class Cell {

    /** What a cell holds. */
    public enum Status {
        /** A text or a number. */
        VALUE(""),
        /** Held back so that small numbers cannot be read or worked out: {@code [c]}. */
        SUPPRESSED("[c]"),
        /** There is no value to give, e.g. a cost with no unit cost: {@code [x]}. */
        NOT_AVAILABLE("[x]"),
        /** No value can exist here, e.g. a stock added over periods: {@code [z]}. */
        NOT_APPLICABLE("[z]");

        private final String marker;

        Status(String marker) {
            this.marker = marker;
        }

        /** @return the shorthand written in place of a value, e.g. {@code [c]}; empty for a value */
        public String marker() {
            return marker;
        }
    }

    private static final Cell NOT_AVAILABLE = new Cell(Status.NOT_AVAILABLE, null, null);
    private static final Cell NOT_APPLICABLE = new Cell(Status.NOT_APPLICABLE, null, null);

    private final Status status;
    private final @Nullable String text;
    private final @Nullable BigDecimal number;

    private Cell(Status status, @Nullable String text, @Nullable BigDecimal number) {
        this.status = status;
        this.text = text;
        this.number = number;
    }

    /**
     * A text cell.
     *
     * @param text the text, not null
     * @return the cell, never null
     */
    public static Cell text(String text) {
        return new Cell(Status.VALUE, Objects.requireNonNull(text, "text"), null);
    }

    /**
     * A count.
     *
     * @param count the count
     * @return the cell, never null
     */
    public static Cell count(long count) {
        return new Cell(Status.VALUE, null, BigDecimal.valueOf(count));
    }

    /**
     * A number, e.g. an amount of money, kept exactly.
     *
     * @param number the number, not null
     * @return the cell, never null
     */
    public static Cell number(BigDecimal number) {
        return new Cell(Status.VALUE, null, Objects.requireNonNull(number, "number"));
    }

    /** @return a cell with no value to give ({@code [x]}), never null */
    public static Cell notAvailable() {
        return NOT_AVAILABLE;
    }

    /** @return a cell where no value can exist ({@code [z]}), never null */
    public static Cell notApplicable() {
        return NOT_APPLICABLE;
    }

    /**
     * This cell held back: it keeps its value for the publisher's own checks, but every writer shows {@code [c]}.
     *
     * @return the suppressed cell, never null
     */
    public Cell suppressed() {
        return status == Status.SUPPRESSED ? this : new Cell(Status.SUPPRESSED, text, number);
    }

    /** @return what the cell holds, never null */
    public Status status() {
        return status;
    }

    /** @return true if the cell shows a value (text or number) */
    public boolean isValue() {
        return status == Status.VALUE;
    }

    /** @return true if the cell was held back */
    public boolean isSuppressed() {
        return status == Status.SUPPRESSED;
    }

    /** @return the number the cell shows, if it shows one (a suppressed cell shows none) */
    public Optional<BigDecimal> number() {
        return status == Status.VALUE ? Optional.ofNullable(number) : Optional.empty();
    }

    /**
     * The number behind the cell even when it is suppressed: for the publisher's checks and for tests, never for
     * output.
     *
     * @return the number, if the cell has one
     */
    public Optional<BigDecimal> hiddenNumber() {
        return Optional.ofNullable(number);
    }

    /** @return the text the cell shows, if it is a text cell */
    public Optional<String> text() {
        return status == Status.VALUE ? Optional.ofNullable(text) : Optional.empty();
    }

    /**
     * What a reader sees: the text, the number in plain notation, or the marker.
     *
     * @return the shown form, never null
     */
    public String shown() {
        if (status != Status.VALUE) {
            return status.marker();
        }
        return text != null ? text : Objects.requireNonNull(number).toPlainString();
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Cell that
                && status == that.status
                && Objects.equals(text, that.text)
                && Objects.equals(number, that.number);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, text, number);
    }

    /** @return the shown form; a suppressed cell never reveals its value */
    @Override
    public String toString() {
        return shown();
    }
}

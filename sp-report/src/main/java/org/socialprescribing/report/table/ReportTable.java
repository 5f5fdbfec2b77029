package org.socialprescribing.report.table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.model.InvalidValueException;

/**
 * A finished table of a report: columns, rows of cells, and what a reader could work out from it. The
 * {@linkplain #sums() sums} say which rows are totals of which others (for every additive column); the
 * {@linkplain #mirrors() mirrors} say which rows repeat a row of another table. Suppression uses both, so that a
 * held-back cell cannot be recovered by subtraction. Immutable; {@link #withCell} gives a changed copy.
 */
public final class ReportTable {

    /**
     * A row that is the sum of other rows in every additive column where it and all its parts can hold a value
     * (a {@code [z]} cell among them means the column is not added up there).
     *
     * @param total the index of the total row
     * @param parts the indices of the rows it adds up, none repeated, not containing {@code total}
     */
    public record Sum(int total, List<Integer> parts) {

        /**
         * Checks and copies.
         *
         * @param total the total row
         * @param parts the part rows, not null
         */
        public Sum {
            parts = List.copyOf(parts);
        }
    }

    /**
     * A row that shows the same figures as a row of another table, in the columns both tables have.
     *
     * @param row the row in this table
     * @param table the other table's name
     * @param otherRow the row in the other table
     */
    public record Mirror(int row, String table, int otherRow) {

        /**
         * Checks.
         *
         * @param row the row in this table
         * @param table the other table's name, not null
         * @param otherRow the row in the other table
         */
        public Mirror {
            Objects.requireNonNull(table, "table");
        }
    }

    private final String name;
    private final String title;
    private final List<Column> columns;
    private final List<List<Cell>> rows;
    private final List<Sum> sums;
    private final List<Mirror> mirrors;
    private final List<String> notes;

    private ReportTable(
            String name,
            String title,
            List<Column> columns,
            List<List<Cell>> rows,
            List<Sum> sums,
            List<Mirror> mirrors,
            List<String> notes) {
        this.name = name;
        this.title = title;
        this.columns = List.copyOf(columns);
        List<List<Cell>> copied = new ArrayList<>(rows.size());
        for (List<Cell> row : rows) {
            if (row.size() != this.columns.size()) {
                throw new InvalidValueException(
                        "table." + name, "every row must have " + this.columns.size() + " cells");
            }
            copied.add(List.copyOf(row));
        }
        this.rows = List.copyOf(copied);
        this.sums = List.copyOf(sums);
        this.mirrors = List.copyOf(mirrors);
        this.notes = List.copyOf(notes);
        for (Sum sum : this.sums) {
            checkRow(sum.total());
            sum.parts().forEach(this::checkRow);
        }
        this.mirrors.forEach(mirror -> checkRow(mirror.row()));
    }

    private void checkRow(int row) {
        if (row < 0 || row >= rows.size()) {
            throw new InvalidValueException("table." + name, Integer.toString(row), "names no row");
        }
    }

    /**
     * A new builder.
     *
     * @param name the table's machine name, e.g. {@code demand}, not null
     * @param title the title for people, not null
     * @param columns the columns, not null
     * @return a builder, never null
     */
    public static Builder builder(String name, String title, List<Column> columns) {
        return new Builder(name, title, columns);
    }

    /** @return the machine name, never null */
    public String name() {
        return name;
    }

    /** @return the title for people, never null */
    public String title() {
        return title;
    }

    /** @return the columns, never null */
    public List<Column> columns() {
        return columns;
    }

    /** @return the rows, each with one cell per column, never null */
    public List<List<Cell>> rows() {
        return rows;
    }

    /** @return the sums a reader can redo, never null */
    public List<Sum> sums() {
        return sums;
    }

    /** @return the rows repeated from other tables, never null */
    public List<Mirror> mirrors() {
        return mirrors;
    }

    /** @return notes for readers (how figures were made, what is missing), never null */
    public List<String> notes() {
        return notes;
    }

    /**
     * The index of a column.
     *
     * @param column the column's name, not null
     * @return the index, or empty if the table has no such column
     */
    public OptionalInt columnIndex(String column) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(column)) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    /**
     * One cell.
     *
     * @param row the row index
     * @param column the column's name, not null
     * @return the cell, never null
     * @throws InvalidValueException if there is no such row or column
     */
    public Cell cell(int row, String column) {
        checkRow(row);
        int index = columnIndex(column)
                .orElseThrow(() -> new InvalidValueException("table." + name, column, "is not a column"));
        return rows.get(row).get(index);
    }

    /**
     * The first row whose key and text cells show the given values.
     *
     * @param keys column name to shown value, not null
     * @return the row index, or empty if no row matches
     */
    public OptionalInt find(Map<String, String> keys) {
        for (int row = 0; row < rows.size(); row++) {
            int r = row;
            if (keys.entrySet().stream()
                    .allMatch(e -> columnIndex(e.getKey()).isPresent()
                            && cell(r, e.getKey()).shown().equals(e.getValue()))) {
                return OptionalInt.of(row);
            }
        }
        return OptionalInt.empty();
    }

    /**
     * This table with one cell replaced.
     *
     * @param row the row index
     * @param column the column index
     * @param cell the new cell, not null
     * @return the changed table, never null
     */
    public ReportTable withCell(int row, int column, Cell cell) {
        List<List<Cell>> changed = new ArrayList<>(rows);
        List<Cell> cells = new ArrayList<>(rows.get(row));
        cells.set(column, Objects.requireNonNull(cell, "cell"));
        changed.set(row, cells);
        return new ReportTable(name, title, columns, changed, sums, mirrors, notes);
    }

    /**
     * This table with another note for readers.
     *
     * @param note the note, not null
     * @return the changed table, never null
     */
    public ReportTable withNote(String note) {
        List<String> more = new ArrayList<>(notes);
        more.add(Objects.requireNonNull(note, "note"));
        return new ReportTable(name, title, columns, rows, sums, mirrors, more);
    }

    /**
     * Finds a cell's number, shown or not.
     *
     * @param row the row index
     * @param column the column's name, not null
     * @return the number, if the cell has one
     */
    public Optional<BigDecimal> hiddenNumber(int row, String column) {
        return cell(row, column).hiddenNumber();
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof ReportTable that
                && name.equals(that.name)
                && title.equals(that.title)
                && columns.equals(that.columns)
                && rows.equals(that.rows)
                && sums.equals(that.sums)
                && mirrors.equals(that.mirrors)
                && notes.equals(that.notes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, title, columns, rows, sums, mirrors, notes);
    }

    @Override
    public String toString() {
        return "ReportTable[" + name + ", " + rows.size() + " rows]";
    }

    /** Builds a table row by row. Not thread-safe. */
    public static final class Builder {

        private final String name;
        private final String title;
        private final List<Column> columns;
        private final List<List<Cell>> rows = new ArrayList<>();
        private final List<Sum> sums = new ArrayList<>();
        private final List<Mirror> mirrors = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();

        private Builder(String name, String title, List<Column> columns) {
            this.name = Objects.requireNonNull(name, "name");
            this.title = Objects.requireNonNull(title, "title");
            this.columns = List.copyOf(columns);
        }

        /**
         * Adds a row.
         *
         * @param cells one cell per column, not null
         * @return the new row's index
         */
        public int addRow(List<Cell> cells) {
            rows.add(List.copyOf(cells));
            return rows.size() - 1;
        }

        /**
         * Declares a total row.
         *
         * @param total the total row
         * @param parts the rows it adds up, not null
         * @return this builder
         */
        public Builder addSum(int total, List<Integer> parts) {
            sums.add(new Sum(total, parts));
            return this;
        }

        /**
         * Declares a row that repeats a row of another table.
         *
         * @param row this table's row
         * @param table the other table's name, not null
         * @param otherRow the other table's row
         * @return this builder
         */
        public Builder addMirror(int row, String table, int otherRow) {
            mirrors.add(new Mirror(row, table, otherRow));
            return this;
        }

        /**
         * Adds a note for readers.
         *
         * @param note the note, not null
         * @return this builder
         */
        public Builder addNote(String note) {
            notes.add(Objects.requireNonNull(note, "note"));
            return this;
        }

        /**
         * Builds the table.
         *
         * @return the table, never null
         * @throws InvalidValueException if a row has the wrong number of cells or a sum names no row
         */
        public ReportTable build() {
            return new ReportTable(name, title, columns, rows, sums, mirrors, notes);
        }
    }
}

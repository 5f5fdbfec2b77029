package org.socialprescribing.gp;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The header of a coded-event extract: which column holds what. Column names are matched ignoring case and
 * surrounding spaces. Required: {@code date}, {@code code}, {@code code_system} and at least one of {@code
 * nhs_number} and {@code person_id}. Optional: {@code value}, {@code unit}, {@code practice_ods}, {@code record_id}.
 * Any other column is {@linkplain #unmappedColumns() unmapped}: its cells are not read, and the import's summary
 * names it. Immutable.
 */
public final class ExtractHeader {

    static final String NHS_NUMBER = "nhs_number";
    static final String PERSON_ID = "person_id";
    static final String DATE = "date";
    static final String CODE = "code";
    static final String CODE_SYSTEM = "code_system";
    static final String VALUE = "value";
    static final String UNIT = "unit";
    static final String PRACTICE_ODS = "practice_ods";
    static final String RECORD_ID = "record_id";

    /** The columns of the contract, in the order {@code docs/gp.md} lists them. */
    public static final List<String> COLUMNS =
            List.of(NHS_NUMBER, PERSON_ID, DATE, CODE, CODE_SYSTEM, VALUE, UNIT, PRACTICE_ODS, RECORD_ID);

    static final int ABSENT = -1;

    private final List<String> names;
    private final Map<String, Integer> index;
    private final List<String> unmapped;

    private ExtractHeader(List<String> names, Map<String, Integer> index, List<String> unmapped) {
        this.names = names;
        this.index = index;
        this.unmapped = unmapped;
    }

    /**
     * Reads a header row.
     *
     * @param columns the column names in file order, not null
     * @return the header, never null
     * @throws GpFormatException if a required column is absent or a contract column appears twice
     */
    public static ExtractHeader of(List<String> columns) {
        requireNonNull(columns, "columns");
        Map<String, Integer> index = new HashMap<>();
        List<String> unmapped = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            String raw = requireNonNull(columns.get(i), "column");
            String name = raw.strip().toLowerCase(Locale.ROOT);
            names.add(raw);
            if (COLUMNS.contains(name)) {
                if (index.putIfAbsent(name, i) != null) {
                    throw new GpFormatException(GpIssueCode.HEADER_INVALID, "header", name, "names a column twice");
                }
            } else {
                unmapped.add(raw);
            }
        }
        if (!index.containsKey(NHS_NUMBER) && !index.containsKey(PERSON_ID)) {
            throw new GpFormatException(
                    GpIssueCode.HEADER_INVALID, "header", "needs a column nhs_number or person_id (or both)");
        }
        for (String required : List.of(DATE, CODE, CODE_SYSTEM)) {
            if (!index.containsKey(required)) {
                throw new GpFormatException(GpIssueCode.HEADER_INVALID, "header", "needs a column " + required);
            }
        }
        return new ExtractHeader(List.copyOf(names), Map.copyOf(index), List.copyOf(unmapped));
    }

    /** @return the column names as the header gives them, in file order, never null */
    public List<String> names() {
        return names;
    }

    /** @return the columns outside the contract, whose cells are not read, in file order, never null */
    public List<String> unmappedColumns() {
        return unmapped;
    }

    /**
     * @param column a contract column name (lower case)
     * @return its field index, or {@link #ABSENT}
     */
    int indexOf(String column) {
        return index.getOrDefault(column, ABSENT);
    }

    /** @return how many fields the header has */
    int width() {
        return names.size();
    }
}

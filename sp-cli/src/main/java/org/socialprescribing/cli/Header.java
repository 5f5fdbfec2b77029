package org.socialprescribing.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.socialprescribing.measures.contract.ContractRows;

/**
 * The header row of a CSV input: finds columns by exact name and turns missing or repeated columns into one usage
 * error that names all of them. Columns that no command asks for are ignored, whatever their names.
 */
final class Header {

    private static final int ABSENT = -1;
    private static final int REPEATED = -2;

    private final String input;
    private final List<String> names;
    private final Map<String, Integer> index = new HashMap<>();

    Header(String input, List<String> names) {
        this.input = input;
        this.names = List.copyOf(names);
        for (int i = 0; i < names.size(); i++) {
            index.merge(names.get(i), i, (first, second) -> REPEATED);
        }
    }

    /** @return the number of columns */
    int size() {
        return names.size();
    }

    /** @return true if exactly one column has the name (a repeated column counts as present, and fails later) */
    boolean has(String name) {
        return index.containsKey(name);
    }

    /**
     * The positions of columns that must all be present, once each.
     *
     * @param required the column names
     * @param expected what the command expects, for the message, e.g. "id and wemwbs_1..wemwbs_14"
     * @return the position of each column, in the order asked
     * @throws UsageException naming every missing column, or a repeated one
     */
    int[] require(List<String> required, String expected) {
        List<String> missing = new ArrayList<>();
        int[] positions = new int[required.size()];
        for (int i = 0; i < required.size(); i++) {
            String name = required.get(i);
            int position = index.getOrDefault(name, ABSENT);
            if (position == REPEATED) {
                throw new UsageException(input + ": column " + name + " appears more than once in the header");
            }
            if (position == ABSENT) {
                missing.add(name);
            }
            positions[i] = position;
        }
        if (!missing.isEmpty()) {
            throw new UsageException(input + ": missing column" + (missing.size() == 1 ? " " : "s ")
                    + String.join(", ", runs(missing)) + "; expected " + expected);
        }
        return positions;
    }

    /** Shortens runs of numbered names: wemwbs_1, wemwbs_2, wemwbs_3 becomes wemwbs_1..wemwbs_3. */
    static List<String> runs(List<String> names) {
        return ContractRows.runs(names);
    }

    /**
     * The position of a column that may be absent.
     *
     * @param name the column name
     * @return its position, or -1 when absent
     * @throws UsageException if the column appears more than once
     */
    int optional(String name) {
        int position = index.getOrDefault(name, ABSENT);
        if (position == REPEATED) {
            throw new UsageException(input + ": column " + name + " appears more than once in the header");
        }
        return position;
    }
}

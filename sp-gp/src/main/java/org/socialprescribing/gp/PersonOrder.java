package org.socialprescribing.gp;

/**
 * How an extract orders its rows, which decides how an import groups them by person ({@code docs/gp.md}, "Rows in any
 * order"). Both give the same episodes, in the same order: persons in order of first appearance, each person's
 * episodes in date order.
 */
public enum PersonOrder {
    /**
     * Rows in any order (the default). Rows are checked as they come; the events that pass are grouped by person with
     * an external merge sort (temporary files once the events outgrow a bound), and the episodes come when the import
     * finishes. Memory: the sort's bound, and 16 to 32 bytes a person.
     */
    ANY,
    /**
     * Each person's rows together (sorted by person, any date order within a person). A person's episodes come as
     * soon as the next person's rows begin, with no temporary files; a person whose rows appear again after another
     * person's is reported ({@code gp.person.not-contiguous}). Memory: the current person's rows, and 16 to 32
     * bytes a person.
     */
    GROUPED
}

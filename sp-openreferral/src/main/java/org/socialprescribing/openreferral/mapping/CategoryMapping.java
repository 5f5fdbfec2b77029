package org.socialprescribing.openreferral.mapping;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.coding.CodedConcept;
import org.socialprescribing.model.service.ServiceCategory;

/**
 * Which taxonomy terms of a directory mean an SDK {@link ServiceCategory}: a table of rows, each a term (code
 * system and code) with the category it means and the reason why.
 *
 * <p>A term in the SDK's own service-category code system always means its category; that needs no row. The
 * {@linkplain #sdkOnly() standard mapping} has no other rows: no source available to the SDK gives the meaning
 * of the LGA {@code esd} vocabularies' codes or of a directory's own terms, and matching term names against
 * category names would be a guess. A directory (or a local authority that knows its taxonomy) adds its rows with
 * {@link #with(String, String, ServiceCategory, String)}. Terms, mapped or not, are always kept as the service's
 * external categories as well.
 */
public final class CategoryMapping {

    private static final CategoryMapping SDK_ONLY = new CategoryMapping(List.of());

    private final List<Row> rows;

    private CategoryMapping(List<Row> rows) {
        this.rows = rows;
    }

    /**
     * The standard mapping: only terms of the SDK's own service-category code system become categories.
     *
     * @return the mapping without rows, never null
     */
    public static CategoryMapping sdkOnly() {
        return SDK_ONLY;
    }

    /**
     * This mapping with one more row.
     *
     * @param system the term's code system, as the mapping gives it (see {@code docs/openreferral.md}), not null
     * @param code the term's code, not null
     * @param category the category the term means, not null
     * @param reason why the term means that category, for the people who maintain the table; not blank
     * @return the extended mapping, never null
     * @throws InvalidValueException if the reason is blank, or the term already has a row
     */
    public CategoryMapping with(String system, String code, ServiceCategory category, String reason) {
        Row row = new Row(system, code, category, reason);
        if (rows.stream().anyMatch(existing -> existing.matches(system, code))) {
            throw new InvalidValueException("categoryMapping", system + "|" + code, "has a row already");
        }
        List<Row> more = new ArrayList<>(rows);
        more.add(row);
        return new CategoryMapping(List.copyOf(more));
    }

    /** @return the rows, in the order they were added, never null */
    public List<Row> rows() {
        return rows;
    }

    /**
     * The category a directory's term means according to the rows.
     *
     * @param term the term as a coded concept, not null
     * @return the category, or empty if no row names the term
     */
    public Optional<ServiceCategory> categoryOf(CodedConcept term) {
        return rows.stream()
                .filter(row -> row.matches(term.system(), term.code()))
                .map(Row::category)
                .findFirst();
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return this == other || (other instanceof CategoryMapping && rows.equals(((CategoryMapping) other).rows));
    }

    @Override
    public int hashCode() {
        return rows.hashCode();
    }

    @Override
    public String toString() {
        return "CategoryMapping" + rows;
    }

    /** One row of the table: a term, the category it means and why. */
    public static final class Row {

        private final String system;
        private final String code;
        private final ServiceCategory category;
        private final String reason;

        private Row(String system, String code, ServiceCategory category, String reason) {
            this.system = requireNonNull(system, "system");
            this.code = requireNonNull(code, "code");
            this.category = requireNonNull(category, "category");
            if (requireNonNull(reason, "reason").isBlank()) {
                throw new InvalidValueException("reason", "must say why the term means " + category.code());
            }
            this.reason = reason;
        }

        /** @return the term's code system, never null */
        public String system() {
            return system;
        }

        /** @return the term's code, never null */
        public String code() {
            return code;
        }

        /** @return the category the term means, never null */
        public ServiceCategory category() {
            return category;
        }

        /** @return why the term means the category, never null */
        public String reason() {
            return reason;
        }

        private boolean matches(String otherSystem, String otherCode) {
            return system.equals(otherSystem) && code.equals(otherCode);
        }

        @Override
        public boolean equals(@Nullable Object other) {
            if (!(other instanceof Row)) {
                return false;
            }
            Row that = (Row) other;
            return system.equals(that.system)
                    && code.equals(that.code)
                    && category == that.category
                    && reason.equals(that.reason);
        }

        @Override
        public int hashCode() {
            return Objects.hash(system, code, category, reason);
        }

        @Override
        public String toString() {
            return system + "|" + code + " -> " + category.code() + " (" + reason + ")";
        }
    }
}

package org.socialprescribing.report.table;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A column of a {@link ReportTable}: its machine name (the CSV header and JSON member), a title for people, its
 * kind, and the columns whose suppression it follows (a cost worked out from a count would give the count away).
 */
public final class Column {

    /** What a column holds. */
    public enum Kind {
        /** A key of the row, e.g. a period or a provider; never suppressed. */
        KEY,
        /** A text describing the row, e.g. how a cost was estimated; never suppressed. */
        TEXT,
        /** A count of people, referrals or sessions: small values are suppressed; added up by the table's sums. */
        COUNT,
        /** An exact amount of pounds: added up by the table's sums; suppressed with the columns it depends on. */
        MONEY,
        /** An amount of pounds that is not about people (e.g. funding received): never suppressed. */
        PUBLIC_MONEY
    }

    private final String name;
    private final String title;
    private final Kind kind;
    private final List<String> dependsOn;

    private Column(String name, String title, Kind kind, List<String> dependsOn) {
        this.name = Objects.requireNonNull(name, "name");
        this.title = Objects.requireNonNull(title, "title");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.dependsOn = List.copyOf(dependsOn);
    }

    /**
     * A column.
     *
     * @param name the machine name, lower case with underscores, not null
     * @param title the title for people, not null
     * @param kind what it holds, not null
     * @param dependsOn the columns whose suppression in a row this column's cell follows, not null
     * @return the column, never null
     */
    public static Column of(String name, String title, Kind kind, String... dependsOn) {
        return new Column(name, title, kind, List.of(dependsOn));
    }

    /** @return the machine name, never null */
    public String name() {
        return name;
    }

    /** @return the title for people, never null */
    public String title() {
        return title;
    }

    /** @return what the column holds, never null */
    public Kind kind() {
        return kind;
    }

    /** @return the columns whose suppression this column follows, never null */
    public List<String> dependsOn() {
        return dependsOn;
    }

    /** @return true for counts and money about people: the cells suppression may hold back */
    public boolean isSuppressible() {
        return kind == Kind.COUNT || kind == Kind.MONEY;
    }

    /** @return true for columns whose totals are sums of their parts */
    public boolean isAdditive() {
        return kind == Kind.COUNT || kind == Kind.MONEY || kind == Kind.PUBLIC_MONEY;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Column that
                && name.equals(that.name)
                && title.equals(that.title)
                && kind == that.kind
                && dependsOn.equals(that.dependsOn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, title, kind, dependsOn);
    }

    @Override
    public String toString() {
        return name;
    }
}

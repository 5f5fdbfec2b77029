package org.socialprescribing.openreferral.feed;

import static java.util.Objects.requireNonNull;

import java.util.Objects;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.model.ValidationReport;

/**
 * What one walk through a directory's feed read: how many pages and services were passed on, the totals the feed
 * announced, and the {@linkplain FeedIssueCode issues} that say the read is incomplete (a cycle, a truncated feed,
 * counts that disagree). Immutable.
 */
public final class FeedSummary {

    private final int pages;
    private final long services;
    private final OptionalInt totalPages;
    private final OptionalInt totalItems;
    private final ValidationReport report;

    FeedSummary(int pages, long services, OptionalInt totalPages, OptionalInt totalItems, ValidationReport report) {
        this.pages = pages;
        this.services = services;
        this.totalPages = requireNonNull(totalPages, "totalPages");
        this.totalItems = requireNonNull(totalItems, "totalItems");
        this.report = requireNonNull(report, "report");
    }

    /** @return how many pages were passed on, an empty last page included */
    public int pages() {
        return pages;
    }

    /** @return how many services were passed on */
    public long services() {
        return services;
    }

    /** @return the {@code total_pages} the feed announced last, or empty if no page had it */
    public OptionalInt totalPages() {
        return totalPages;
    }

    /** @return the {@code total_items} the feed announced last, or empty if no page had it */
    public OptionalInt totalItems() {
        return totalItems;
    }

    /**
     * @return the issues that say the read is incomplete or inconsistent, each with the URI of the page concerned
     *     (credentials hidden) as its path; empty for a whole directory; never null
     */
    public ValidationReport report() {
        return report;
    }

    /** @return whether the walk read the whole directory: its report has no issue */
    public boolean isComplete() {
        return report.isEmpty();
    }

    @Override
    public boolean equals(@Nullable Object other) {
        if (!(other instanceof FeedSummary)) {
            return false;
        }
        FeedSummary that = (FeedSummary) other;
        return pages == that.pages
                && services == that.services
                && totalPages.equals(that.totalPages)
                && totalItems.equals(that.totalItems)
                && report.equals(that.report);
    }

    @Override
    public int hashCode() {
        return Objects.hash(pages, services, totalPages, totalItems, report);
    }

    @Override
    public String toString() {
        return "FeedSummary[" + pages + " pages, " + services + " services, "
                + report.issues().size() + " issues]";
    }
}

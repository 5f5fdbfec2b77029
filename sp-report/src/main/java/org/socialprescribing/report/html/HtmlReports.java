package org.socialprescribing.report.html;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.measures.star.StarDefinition;
import org.socialprescribing.model.episode.SocialPrescribingEpisode;
import org.socialprescribing.report.Ledger;
import org.socialprescribing.report.table.Cell;
import org.socialprescribing.report.table.Column;
import org.socialprescribing.report.table.ReportTable;
import org.socialprescribing.report.table.Suppression;

/**
 * Self-contained HTML reports for people who would rather look than read: the demand ledger
 * ({@link #demand(Ledger, Settings)}) and a cohort's outcomes ({@link #outcomes}). Each is one HTML file with inline
 * SVG charts and the tables behind them, no scripts, and a content security policy that refuses any request.
 */
public final class HtmlReports {

    /**
     * How a report is made.
     *
     * @param title the page title, not null
     * @param suppression the suppression applied to every table before it is shown, not null
     * @param minimum the smallest count shown, which also hides statistics of smaller groups; 1 with no
     *     suppression
     * @param description how the suppression works, in words, for the page, not null
     */
    public record Settings(String title, Suppression suppression, int minimum, String description) {

        /**
         * Checks the settings.
         *
         * @param title the page title, not null
         * @param suppression the suppression, not null
         * @param minimum the smallest count shown, at least 1
         * @param description how the suppression works, not null
         */
        public Settings {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(suppression, "suppression");
            Objects.requireNonNull(description, "description");
            if (minimum < 1) {
                throw new IllegalArgumentException("minimum must be at least 1");
            }
        }

        Optional<String> suppressedMeans() {
            return Optional.of("held back: a count from 1 to " + (minimum - 1)
                    + ", or a figure that would let such a count be worked out");
        }
    }

    private HtmlReports() {}

    /**
     * The demand ledger as a page: cost against funding per period, demand per provider, where demand falls by
     * deprivation, then every table of the ledger.
     *
     * @param ledger the ledger, not null
     * @param settings title and suppression, not null
     * @return the HTML document, never null
     */
    public static String demand(Ledger ledger, Settings settings) {
        HtmlPage page = new HtmlPage(settings.title());
        page.paragraph("What social prescribing asks of the voluntary, community and social enterprise sector: onward"
                + " referrals, the sessions people attended, what that demand would cost and the funding received.");
        page.note(settings.description());
        demandSection(page, ledger, settings, 2);
        return page.finish();
    }

    /**
     * A cohort's outcomes as a page: per instrument, scores before and after, band transitions and change with its
     * 95% confidence interval, by equity group; an Outcomes Star radar per person for each licensee star given; and
     * the demand ledger when one is given.
     *
     * @param episodes the cohort, not null
     * @param stars licensee-defined Outcomes Stars whose readings are drawn as radars, not null
     * @param ledger the demand ledger of the same cohort, if wanted
     * @param settings title and suppression, not null
     * @return the HTML document, never null
     */
    public static String outcomes(
            List<SocialPrescribingEpisode> episodes,
            List<StarDefinition> stars,
            Optional<Ledger> ledger,
            Settings settings) {
        HtmlPage page = new HtmlPage(settings.title());
        page.paragraph("Wellbeing measured at the start of social prescribing and at the latest reading since, for "
                + episodes.size() + " episode(s).");
        page.note(settings.description());
        new OutcomesSection(page, settings).write(episodes, stars);
        ledger.ifPresent(l -> {
            page.heading(2, "Demand on VCSE services");
            demandSection(page, l, settings, 3);
        });
        return page.finish();
    }

    private static void demandSection(HtmlPage page, Ledger ledger, Settings settings, int level) {
        List<ReportTable> tables = ledger.tables(settings.suppression());
        ReportTable demand = find(tables, "demand");
        page.list(ledger.notes());
        if (ledger.periods().isEmpty()) {
            page.paragraph("There are no onward referrals to report.");
            return;
        }
        // Cost against funding, per period, all providers.
        Map<String, Map<String, Number>> money = new LinkedHashMap<>();
        money.put("Estimated cost of demand (£)", new LinkedHashMap<>());
        money.put("Funding received (£)", new LinkedHashMap<>());
        ReportTable.Builder gap = ReportTable.builder(
                "gap",
                "Cost of demand against funding, per period",
                List.of(
                        demand.columns().get(0),
                        demand.columns().get(1),
                        column(demand, "estimated_cost_gbp"),
                        column(demand, "funding_gbp"),
                        column(demand, "gap_gbp")));
        for (int r = 0; r < demand.rows().size(); r++) {
            String rowLevel = demand.cell(r, "level").shown();
            if (rowLevel.equals("period")) {
                String period = demand.cell(r, "period").shown();
                money.get("Estimated cost of demand (£)").put(period, value(demand.cell(r, "estimated_cost_gbp")));
                money.get("Funding received (£)").put(period, value(demand.cell(r, "funding_gbp")));
            }
            if (rowLevel.equals("provider") || rowLevel.equals("period")) {
                gap.addRow(List.of(
                        demand.cell(r, "period"),
                        demand.cell(r, "provider"),
                        demand.cell(r, "estimated_cost_gbp"),
                        demand.cell(r, "funding_gbp"),
                        demand.cell(r, "gap_gbp")));
            }
        }
        page.heading(level, "Cost of demand and funding");
        page.figure(
                Charts.svg(
                        Charts.bars(money, "£"),
                        "chart-cost-funding",
                        "Estimated cost of demand and funding received, per period",
                        "Grouped bars per period: estimated cost of onward-referral demand (blue) and funding"
                                + " received (orange), all providers together, in pounds.",
                        720,
                        360),
                "Estimated cost of demand and funding received per period, all providers.");
        page.table(gap.build(), settings.suppressedMeans());

        // Demand per provider, all periods.
        Map<String, Map<String, Number>> flow = new LinkedHashMap<>();
        for (String measure : List.of("referred", "started", "completed")) {
            flow.put(column(demand, measure).title(), new LinkedHashMap<>());
        }
        for (int r = 0; r < demand.rows().size(); r++) {
            if (demand.cell(r, "level").shown().equals("provider_all_periods")) {
                String provider = demand.cell(r, "provider").shown();
                for (String measure : List.of("referred", "started", "completed")) {
                    flow.get(column(demand, measure).title()).put(provider, value(demand.cell(r, measure)));
                }
            }
        }
        page.heading(level, "Demand per provider");
        page.figure(
                Charts.svg(
                        Charts.bars(flow, "onward referrals"),
                        "chart-providers",
                        "Onward referrals per provider, all periods",
                        "Grouped bars per provider: referrals made, started and completed. Held-back counts are"
                                + " left out of the chart.",
                        720,
                        380),
                "Onward referrals made, started and completed per provider, all periods.");
        page.table(demand, settings.suppressedMeans());

        // Where demand falls: by IMD quintile, all providers.
        ReportTable equity = find(tables, "equity");
        Map<String, Map<String, Number>> byQuintile = new LinkedHashMap<>();
        byQuintile.put("Referred", new LinkedHashMap<>());
        for (int r = 0; r < equity.rows().size(); r++) {
            if (equity.cell(r, "dimension").shown().equals("imd_quintile")
                    && equity.cell(r, "provider").shown().equals("all providers")
                    && !equity.cell(r, "value").shown().equals("all")) {
                byQuintile.get("Referred").put(equity.cell(r, "value").shown(), value(equity.cell(r, "referred")));
            }
        }
        page.heading(level, "Where demand falls");
        page.figure(
                Charts.svg(
                        Charts.bars(byQuintile, "onward referrals"),
                        "chart-equity-imd",
                        "Onward referrals by IMD quintile, all providers",
                        "Bars per Index of Multiple Deprivation quintile of the person's area, 1 the most deprived:"
                                + " onward referrals made. Held-back counts are left out.",
                        720,
                        340),
                "Onward referrals by IMD quintile (1 is the most deprived fifth of areas in England).");
        page.table(equity, settings.suppressedMeans());
        page.heading(level, "Services: capacity and cost options");
        page.table(find(tables, "services"), settings.suppressedMeans());
        page.heading(level, "Funding received");
        page.table(find(tables, "funding"), settings.suppressedMeans());
    }

    private static ReportTable find(List<ReportTable> tables, String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    private static Column column(ReportTable table, String name) {
        OptionalInt index = table.columnIndex(name);
        return table.columns().get(index.orElseThrow());
    }

    /** A chart value: the number shown, or nothing (no bar) for a held-back or missing figure. */
    static @Nullable Number value(Cell cell) {
        return cell.number().map(BigDecimal::doubleValue).orElse(null);
    }

    static List<String> keys(Map<String, ?> map) {
        return new ArrayList<>(map.keySet());
    }
}

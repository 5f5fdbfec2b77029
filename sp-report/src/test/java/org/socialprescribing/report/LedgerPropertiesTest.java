package org.socialprescribing.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.socialprescribing.model.episode.OnwardReferral;
import org.socialprescribing.model.episode.OnwardReferralStatus;
import org.socialprescribing.model.episode.SocialPrescribingEpisode;
import org.socialprescribing.model.org.GpPractice;
import org.socialprescribing.model.service.Service;
import org.socialprescribing.report.table.Cell;
import org.socialprescribing.report.table.Column;
import org.socialprescribing.report.table.ReportTable;
import org.socialprescribing.report.table.SumSuppression;

/** Properties of the ledger on random cohorts: totals are the sums of their strata; suppression holds. */
class LedgerPropertiesTest {

    private static final List<Service> SERVICES = List.of(LedgerFixtures.BEFRIENDING, LedgerFixtures.COFFEE);
    private static final List<GpPractice> PRACTICES =
            List.of(LedgerFixtures.PRACTICE_A, LedgerFixtures.PRACTICE_B, LedgerFixtures.PRACTICE_C);

    /** A random cohort: up to 40 people, each with up to three onward referrals on random walks, in 2025. */
    static List<SocialPrescribingEpisode> cohort(long seed) {
        Random random = new Random(seed);
        List<SocialPrescribingEpisode> episodes = new ArrayList<>();
        int people = random.nextInt(41);
        for (int p = 0; p < people; p++) {
            List<OnwardReferral> referrals = new ArrayList<>();
            int count = random.nextInt(4);
            for (int r = 0; r < count; r++) {
                referrals.add(walk(random, "R" + p + "-" + r));
            }
            Optional<Integer> decile = random.nextInt(5) == 0 ? Optional.empty() : Optional.of(1 + random.nextInt(10));
            episodes.add(LedgerFixtures.episode(
                    "E" + p,
                    PRACTICES.get(random.nextInt(PRACTICES.size())),
                    decile,
                    referrals.toArray(OnwardReferral[]::new)));
        }
        return episodes;
    }

    private static OnwardReferral walk(Random random, String id) {
        LocalDate day = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(120));
        OnwardReferral referral =
                LedgerFixtures.referral(id, SERVICES.get(random.nextInt(SERVICES.size())), day.toString());
        while (!referral.status().next().isEmpty() && random.nextInt(4) != 0) {
            List<OnwardReferralStatus> next = new ArrayList<>(referral.status().next());
            next.sort(null);
            OnwardReferralStatus to = next.get(random.nextInt(next.size()));
            if (to == OnwardReferralStatus.ENTERED_IN_ERROR && random.nextInt(5) != 0) {
                continue;
            }
            day = day.plusDays(random.nextInt(20));
            referral = referral.transitionTo(to, LedgerFixtures.at(day.toString()));
            if (to == OnwardReferralStatus.STARTED && random.nextBoolean()) {
                List<String> sessions = new ArrayList<>();
                for (int s = random.nextInt(5); s > 0; s--) {
                    day = day.plusDays(random.nextInt(10));
                    sessions.add((random.nextInt(4) == 0 ? "!" : "") + day);
                }
                referral = LedgerFixtures.withAttendance(referral, sessions.toArray(String[]::new));
            }
        }
        return referral;
    }

    static Ledger ledger(long seed, boolean unitCost, PeriodLength length) {
        DemandLedger.Builder builder = DemandLedger.builder()
                .addEpisodes(cohort(seed))
                .addServices(SERVICES)
                .addPcns(LedgerFixtures.PCNS)
                .addFunding(List.of(DemandLedgerTest.JANUARY_GRANT))
                .periodLength(length);
        if (unitCost) {
            builder.unitCost(new BigDecimal("12.50"));
        }
        return builder.build().compute();
    }

    @Property(tries = 150)
    void totals_equal_the_sum_of_their_strata(
            @ForAll long seed, @ForAll boolean unitCost, @ForAll PeriodLength length) {
        Ledger ledger = ledger(seed, unitCost, length);
        for (ReportTable table : ledger.tables()) {
            for (ReportTable.Sum sum : table.sums()) {
                for (int c = 0; c < table.columns().size(); c++) {
                    Column column = table.columns().get(c);
                    Cell total = table.rows().get(sum.total()).get(c);
                    if (!column.isAdditive()
                            || total.hiddenNumber().isEmpty()
                            || sum.parts().stream()
                                    .anyMatch(p -> table.rows()
                                                    .get(p)
                                                    .get(column_(table, column))
                                                    .status()
                                            == Cell.Status.NOT_APPLICABLE)) {
                        continue;
                    }
                    BigDecimal parts = BigDecimal.ZERO;
                    for (int part : sum.parts()) {
                        parts = parts.add(
                                table.rows().get(part).get(c).hiddenNumber().orElseThrow());
                    }
                    assertThat(parts)
                            .as("%s row %d column %s", table.name(), sum.total(), column.name())
                            .isEqualByComparingTo(total.hiddenNumber().get());
                }
            }
        }
        ReportTable demand = ledger.table("demand");
        ReportTable equity = ledger.table("equity");
        for (ReportTable.Mirror mirror : equity.mirrors()) {
            for (String column : List.of("referred", "units", "units_not_costed", "estimated_cost_gbp")) {
                assertThat(equity.cell(mirror.row(), column)).isEqualTo(demand.cell(mirror.otherRow(), column));
            }
        }
    }

    @Property(tries = 150)
    void suppression_cannot_be_undone_from_margins(
            @ForAll long seed, @ForAll boolean unitCost, @ForAll @IntRange(min = 2, max = 11) int minimum) {
        List<ReportTable> tables = ledger(seed, unitCost, PeriodLength.MONTH).tables(SumSuppression.below(minimum));
        for (ReportTable table : tables) {
            for (int c = 0; c < table.columns().size(); c++) {
                Column column = table.columns().get(c);
                for (int r = 0; r < table.rows().size(); r++) {
                    Cell cell = table.rows().get(r).get(c);
                    if (column.kind() == Column.Kind.COUNT
                            && cell.hiddenNumber().isPresent()) {
                        BigDecimal n = cell.hiddenNumber().get();
                        if (n.signum() > 0 && n.compareTo(BigDecimal.valueOf(minimum)) < 0) {
                            assertThat(cell.isSuppressed())
                                    .as("small count shown")
                                    .isTrue();
                        }
                    }
                    for (String dependency : column.dependsOn()) {
                        if (table.cell(r, dependency).isSuppressed()) {
                            assertThat(cell.isValue())
                                    .as("a cell depending on a held-back one")
                                    .isFalse();
                        }
                    }
                }
                if (!column.isSuppressible()) {
                    continue;
                }
                for (ReportTable.Sum sum : table.sums()) {
                    int col = c;
                    if (sum.parts().stream()
                            .anyMatch(p -> table.rows().get(p).get(col).status() == Cell.Status.NOT_APPLICABLE)) {
                        continue;
                    }
                    int unseen = 0;
                    int suppressed = 0;
                    for (int row : withTotal(sum)) {
                        Cell cell = table.rows().get(row).get(c);
                        unseen += cell.isValue() ? 0 : 1;
                        suppressed += cell.isSuppressed() ? 1 : 0;
                    }
                    if (table.rows().get(sum.total()).get(c).isValue()
                            || table.rows().get(sum.total()).get(c).isSuppressed()) {
                        assertThat(unseen == 1 && suppressed == 1)
                                .as(
                                        "%s sum at row %d, column %s: one held-back cell alone",
                                        table.name(), sum.total(), column.name())
                                .isFalse();
                    }
                }
            }
        }
        ReportTable demand = tables.get(0);
        ReportTable equity = tables.get(1);
        for (ReportTable.Mirror mirror : equity.mirrors()) {
            for (String column : List.of("referred", "units", "units_not_costed", "estimated_cost_gbp")) {
                assertThat(equity.cell(mirror.row(), column).isSuppressed())
                        .isEqualTo(demand.cell(mirror.otherRow(), column).isSuppressed());
            }
        }
    }

    private static int column_(ReportTable table, Column column) {
        return table.columnIndex(column.name()).orElseThrow();
    }

    private static List<Integer> withTotal(ReportTable.Sum sum) {
        List<Integer> rows = new ArrayList<>(sum.parts());
        rows.add(sum.total());
        return rows;
    }
}

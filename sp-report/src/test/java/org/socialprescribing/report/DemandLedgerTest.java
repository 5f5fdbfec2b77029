package org.socialprescribing.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.socialprescribing.model.episode.OnwardReferralStatus.ACCEPTED;
import static org.socialprescribing.model.episode.OnwardReferralStatus.COMPLETED;
import static org.socialprescribing.model.episode.OnwardReferralStatus.DECLINED;
import static org.socialprescribing.model.episode.OnwardReferralStatus.ENTERED_IN_ERROR;
import static org.socialprescribing.model.episode.OnwardReferralStatus.STARTED;
import static org.socialprescribing.report.LedgerFixtures.BEFRIENDING;
import static org.socialprescribing.report.LedgerFixtures.COFFEE;
import static org.socialprescribing.report.LedgerFixtures.PCNS;
import static org.socialprescribing.report.LedgerFixtures.PRACTICE_A;
import static org.socialprescribing.report.LedgerFixtures.PRACTICE_B;
import static org.socialprescribing.report.LedgerFixtures.PRACTICE_C;
import static org.socialprescribing.report.LedgerFixtures.episode;
import static org.socialprescribing.report.LedgerFixtures.referral;
import static org.socialprescribing.report.LedgerFixtures.withAttendance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.socialprescribing.model.episode.SocialPrescribingEpisode;
import org.socialprescribing.model.id.CharityNumber;
import org.socialprescribing.report.table.ReportTable;

/**
 * The worked example of docs/reports.md, checked by hand: one provider, two services (one declares 15.00 a session,
 * one declares no cost option), referrals from three PCNs, a grant for January and no funding in February.
 */
class DemandLedgerTest {

    static final String NORTH = "North PCN (U99901)";
    static final String CENTRAL = "Central PCN (U99902)";
    static final String SOUTH = "South PCN (U99903)";
    static final String FRIENDS = "Riverside Friends";

    /**
     * R1 (North, befriending): sent 6 Jan, accepted 7 Jan, started 10 Jan; attended 10, 17, 31 Jan, missed 24 Jan;
     * attended 7 and 14 Feb; completed 20 Feb. R2 (Central, befriending): sent 8 Jan, accepted 9 Jan (waiting at the
     * end of January), started 3 Feb and attended that day. R3 (South, coffee group): sent 13 Jan, accepted 14 Jan,
     * started 20 Jan with no attendance recorded (one unit), completed 3 Feb. R4 (South, coffee group): sent 15 Jan,
     * declined 16 Jan. R5 (South): entered in error, left out.
     */
    static List<SocialPrescribingEpisode> cohort() {
        return List.of(
                episode(
                        "E1",
                        PRACTICE_A,
                        Optional.of(1),
                        withAttendance(
                                referral(
                                        "R1",
                                        BEFRIENDING,
                                        "2025-01-06",
                                        ACCEPTED,
                                        "2025-01-07",
                                        STARTED,
                                        "2025-01-10",
                                        COMPLETED,
                                        "2025-02-20"),
                                "2025-01-10",
                                "2025-01-17",
                                "!2025-01-24",
                                "2025-01-31",
                                "2025-02-07",
                                "2025-02-14")),
                episode(
                        "E2",
                        PRACTICE_B,
                        Optional.of(2),
                        withAttendance(
                                referral(
                                        "R2", BEFRIENDING, "2025-01-08", ACCEPTED, "2025-01-09", STARTED, "2025-02-03"),
                                "2025-02-03")),
                episode(
                        "E3",
                        PRACTICE_C,
                        Optional.of(10),
                        referral(
                                "R3",
                                COFFEE,
                                "2025-01-13",
                                ACCEPTED,
                                "2025-01-14",
                                STARTED,
                                "2025-01-20",
                                COMPLETED,
                                "2025-02-03"),
                        referral("R5", COFFEE, "2025-01-13", ENTERED_IN_ERROR, "2025-01-14")),
                episode(
                        "E4",
                        PRACTICE_C,
                        Optional.empty(),
                        referral("R4", COFFEE, "2025-01-15", DECLINED, "2025-01-16")));
    }

    static final FundingFlow JANUARY_GRANT = FundingFlow.builder()
            .source(FundingSource.GRANT)
            .amount(new BigDecimal("90.00"))
            .periodStart(LocalDate.of(2025, 1, 1))
            .periodEnd(LocalDate.of(2025, 1, 31))
            .recipient(FundingRecipient.builder()
                    .name("Riverside Friends CIO")
                    .charityNumber(CharityNumber.parse("1199001"))
                    .build())
            .funder("Riverside Community Foundation")
            .build();

    static Ledger ledger(Optional<BigDecimal> unitCost) {
        DemandLedger.Builder builder = DemandLedger.builder()
                .addEpisodes(cohort())
                .addServices(List.of(BEFRIENDING, COFFEE))
                .addPcns(PCNS)
                .addFunding(List.of(JANUARY_GRANT));
        unitCost.ifPresent(builder::unitCost);
        return builder.build().compute();
    }

    private static Map<String, String> row(ReportTable table, String period, String service, String pcn) {
        int row = table.find(Map.of("period", period, "provider", FRIENDS, "service", service, "pcn", pcn))
                .orElseThrow(() -> new AssertionError("no row " + period + " " + service + " " + pcn));
        Map<String, String> shown = new LinkedHashMap<>();
        for (int c = 0; c < table.columns().size(); c++) {
            shown.put(
                    table.columns().get(c).name(), table.rows().get(row).get(c).shown());
        }
        return shown;
    }

    @Test
    void the_periods_run_from_the_first_to_the_last_event() {
        assertThat(ledger(Optional.empty()).periods())
                .extracting(ReportPeriod::label)
                .containsExactly("2025-01", "2025-02");
    }

    @Test
    void january_counts_per_service_and_pcn() {
        ReportTable demand = ledger(Optional.of(new BigDecimal("10.00"))).table("demand");

        assertThat(row(demand, "2025-01", "Befriending", NORTH))
                .containsEntry("referred", "1")
                .containsEntry("accepted", "1")
                .containsEntry("started", "1")
                .containsEntry("sessions_attended", "3")
                .containsEntry("sessions_missed", "1")
                .containsEntry("waiting", "0")
                .containsEntry("units", "3")
                .containsEntry("unit_cost_gbp", "15.00")
                .containsEntry("cost_basis", "directory")
                .containsEntry("estimated_cost_gbp", "45.00")
                .containsEntry("funding_gbp", "[z]");
        assertThat(row(demand, "2025-01", "Befriending", CENTRAL))
                .containsEntry("referred", "1")
                .containsEntry("accepted", "1")
                .containsEntry("started", "0")
                .containsEntry("waiting", "1")
                .containsEntry("units", "0")
                .containsEntry("estimated_cost_gbp", "0.00");
        assertThat(row(demand, "2025-01", "Coffee group", SOUTH))
                .containsEntry("referred", "2")
                .containsEntry("accepted", "1")
                .containsEntry("declined", "1")
                .containsEntry("started", "1")
                .containsEntry("waiting", "0")
                .containsEntry("units", "1")
                .containsEntry("unit_cost_gbp", "10.00")
                .containsEntry("cost_basis", "caller_unit_cost")
                .containsEntry("estimated_cost_gbp", "10.00");
    }

    @Test
    void the_provider_total_sets_the_grant_against_the_cost() {
        ReportTable demand = ledger(Optional.of(new BigDecimal("10.00"))).table("demand");

        assertThat(row(demand, "2025-01", "all services", "all PCNs"))
                .containsEntry("level", "provider")
                .containsEntry("referred", "4")
                .containsEntry("accepted", "3")
                .containsEntry("declined", "1")
                .containsEntry("started", "2")
                .containsEntry("sessions_attended", "3")
                .containsEntry("waiting", "1")
                .containsEntry("units", "4")
                .containsEntry("cost_basis", "directory+caller_unit_cost")
                .containsEntry("estimated_cost_gbp", "55.00")
                .containsEntry("funding_gbp", "90.00")
                .containsEntry("gap_gbp", "-35.00");
    }

    @Test
    void a_month_with_no_funding_shows_the_whole_cost_as_the_gap() {
        ReportTable demand = ledger(Optional.of(new BigDecimal("10.00"))).table("demand");

        assertThat(row(demand, "2025-02", "Befriending", NORTH))
                .containsEntry("completed", "1")
                .containsEntry("sessions_attended", "2")
                .containsEntry("estimated_cost_gbp", "30.00");
        assertThat(row(demand, "2025-02", "Befriending", CENTRAL))
                .containsEntry("started", "1")
                .containsEntry("waiting", "0")
                .containsEntry("estimated_cost_gbp", "15.00");
        assertThat(row(demand, "2025-02", "all services", "all PCNs"))
                .containsEntry("started", "1")
                .containsEntry("completed", "2")
                .containsEntry("units", "3")
                .containsEntry("estimated_cost_gbp", "45.00")
                .containsEntry("funding_gbp", "0.00")
                .containsEntry("gap_gbp", "45.00");
        assertThat(row(demand, "all", "all services", "all PCNs"))
                .containsEntry("level", "provider_all_periods")
                .containsEntry("referred", "4")
                .containsEntry("units", "7")
                .containsEntry("waiting", "[z]")
                .containsEntry("estimated_cost_gbp", "100.00")
                .containsEntry("funding_gbp", "90.00")
                .containsEntry("gap_gbp", "10.00");
    }

    @Test
    void without_a_unit_cost_the_coffee_group_is_counted_but_not_costed() {
        ReportTable demand = ledger(Optional.empty()).table("demand");

        assertThat(row(demand, "2025-01", "Coffee group", SOUTH))
                .containsEntry("units", "1")
                .containsEntry("units_not_costed", "1")
                .containsEntry("cost_basis", "none")
                .containsEntry("estimated_cost_gbp", "0.00");
        assertThat(row(demand, "2025-01", "all services", "all PCNs"))
                .containsEntry("units_not_costed", "1")
                .containsEntry("cost_basis", "directory+none")
                .containsEntry("estimated_cost_gbp", "45.00")
                .containsEntry("gap_gbp", "-45.00");
    }

    @Test
    void the_referral_entered_in_error_is_left_out_and_said_so() {
        Ledger ledger = ledger(Optional.empty());

        assertThat(ledger.notes()).contains("1 onward referral(s) entered in error were left out.");
    }

    @Test
    void equity_by_imd_quintile() {
        ReportTable equity = ledger(Optional.of(new BigDecimal("10.00"))).table("equity");

        int first = equity.find(Map.of("provider", FRIENDS, "dimension", "imd_quintile", "value", "1 (most deprived)"))
                .orElseThrow();
        assertThat(equity.cell(first, "referred").shown()).isEqualTo("2"); // R1 (decile 1) and R2 (decile 2)
        assertThat(equity.cell(first, "units").shown()).isEqualTo("6");
        assertThat(equity.cell(first, "estimated_cost_gbp").shown()).isEqualTo("90.00");
        int fifth = equity.find(Map.of("provider", FRIENDS, "dimension", "imd_quintile", "value", "5 (least deprived)"))
                .orElseThrow();
        assertThat(equity.cell(fifth, "referred").shown()).isEqualTo("1");
        int unknown = equity.find(Map.of("provider", FRIENDS, "dimension", "imd_quintile", "value", "not recorded"))
                .orElseThrow();
        assertThat(equity.cell(unknown, "referred").shown()).isEqualTo("1");
    }

    @Test
    void funding_is_matched_by_charity_number_and_kept_as_recorded() {
        ReportTable funding = ledger(Optional.empty()).table("funding");

        assertThat(funding.cell(0, "recipient").shown()).isEqualTo("Riverside Friends CIO");
        assertThat(funding.cell(0, "provider").shown()).isEqualTo(FRIENDS);
        assertThat(funding.cell(0, "in_ledger_gbp").shown()).isEqualTo("90.00");
    }

    @Test
    void a_flow_is_spread_over_its_days_and_its_parts_add_up_to_the_amount() {
        FundingFlow quarter =
                JANUARY_GRANT.withAmount(new BigDecimal("100.00")).withPeriodEnd(LocalDate.of(2025, 3, 31));
        BigDecimal january = LedgerComputation.share(quarter, PeriodLength.MONTH.periodOf(LocalDate.of(2025, 1, 5)));
        BigDecimal february = LedgerComputation.share(quarter, PeriodLength.MONTH.periodOf(LocalDate.of(2025, 2, 5)));
        BigDecimal march = LedgerComputation.share(quarter, PeriodLength.MONTH.periodOf(LocalDate.of(2025, 3, 5)));

        // 90 days: 31/90 = 34.444.. -> 34.44; 59/90 = 65.555.. -> 65.56 cumulative, so February 31.12; March 34.44.
        assertThat(january).isEqualByComparingTo("34.44");
        assertThat(february).isEqualByComparingTo("31.12");
        assertThat(march).isEqualByComparingTo("34.44");
        assertThat(january.add(february).add(march)).isEqualByComparingTo("100.00");
    }
}

package org.socialprescribing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code sp instruments}: the list, and one instrument's page. */
class InstrumentsCommandTest {

    @Test
    void list_showsEveryInstrumentWithVersionItemsAndCollector() {
        SpRunner.Result result = SpRunner.run("instruments");

        assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(result.out().lines())
                .contains(
                        "ID              VERSION  ITEMS  COLLECTOR           TITLE",
                        "gad7            1        7      health_system       Generalised Anxiety Disorder scale (GAD-7)")
                .anyMatch(line -> line.startsWith("ons4 "))
                .anyMatch(line -> line.startsWith("wemwbs "))
                .anyMatch(line -> line.startsWith("swemwbs "))
                .anyMatch(line -> line.startsWith("ucla3 "))
                .anyMatch(line -> line.startsWith("ons_loneliness "))
                .anyMatch(line -> line.startsWith("phq9 "))
                .anyMatch(line -> line.startsWith("pam "));
    }

    @Test
    void phq9_showsItemsScoringLicenceThresholdAndColumns() {
        SpRunner.Result result = SpRunner.run("instruments", "phq9");

        assertThat(result.out())
                .contains(
                        "phq9: Patient Health Questionnaire (PHQ-9)",
                        "  collected by    health_system",
                        "  items           phq9_1..phq9_9: answers 0..3",
                        "phq9_10 (difficulty): recorded as given, not scored",
                        "(Kroenke, Spitzer and Williams 2001, J Gen Intern Med 16:606-613",
                        "total bands: none_minimal 0-4, mild 5-9, moderate 10-14, moderately_severe 15-19, severe 20-27",
                        "flag phq9.item9_positive: item 9 above 0",
                        "  thresholds      phq9_lowe_2004: 5 points on total, lower is better",
                        "  sp score output id,total,severity,risk_flag,status,message")
                .contains("  licence         Pfizer");
    }

    @Test
    void swemwbs_marksTheConversionTableAsSecondaryAndWordingAsNotShipped() {
        SpRunner.Result result = SpRunner.run("instruments", "swemwbs");

        assertThat(result.out())
                .contains(
                        "item wording: not shipped; a licensee supplies it",
                        "metric: converted from raw with SWEMWBS raw-to-metric table",
                        "[S]",
                        "swemwbs_shah_2018_metric: 2.87 points on metric (scale: SDK's reading), higher is better",
                        "swemwbs_shah_2018_raw: 2.87 points on raw (scale: SDK's reading), higher is better",
                        "conversion table (raw -> metric):",
                        "7 -> 7.00, 8 -> 9.51, 9 -> 11.25",
                        "34 -> 32.55, 35 -> 35.00",
                        "reliable change raw: SEM 1.03, reliable beyond 2.855014 points",
                        "metric: SEM 1.03, reliable beyond 2.855014 points",
                        "  sp score output id,raw,metric,status,message");
    }

    @Test
    void ons4_listsItemsByNameWithBandsAndNoThreshold() {
        SpRunner.Result result = SpRunner.run("instruments", "ons4");

        assertThat(result.out())
                .contains(
                        "ons4_1 (life_satisfaction): answers 0..10",
                        "ons4_4 (anxiety): answers 0..10",
                        "anxiety bands: very_low 0-1, low 2-3, medium 4-5, high 6-10",
                        "thresholds      none sourced",
                        "id,life_satisfaction,life_satisfaction_band,worthwhile,worthwhile_band,happiness,"
                                + "happiness_band,anxiety,anxiety_band,status,message");
    }

    @Test
    void pam_isRecordOnlyWithItsReason() {
        SpRunner.Result result = SpRunner.run("instruments", "pam");

        assertThat(result.out())
                .contains("record only: the owner (Insignia Health) does not disclose")
                .doesNotContain("sp score output");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ons4", "wemwbs", "swemwbs", "ucla3", "ons_loneliness", "phq9", "gad7", "pam"})
    void everyInstrument_hasAPageWithCitationAndLicence(String id) {
        SpRunner.Result result = SpRunner.run("instruments", id);

        assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(result.out()).startsWith(id + ": ").contains("  citation ", "  licence ", "  collected by ");
    }

    @Test
    void unknownId_isAUsageError() {
        SpRunner.Result result = SpRunner.run("instruments", "k10");

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err()).startsWith("sp: unknown instrument 'k10'");
    }
}

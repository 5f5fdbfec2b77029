package org.socialprescribing.measures.instruments;

import org.socialprescribing.measures.Band;
import org.socialprescribing.measures.BandTable;
import org.socialprescribing.measures.Instrument;
import org.socialprescribing.measures.Item;
import org.socialprescribing.measures.ItemFlag;
import org.socialprescribing.measures.Source;
import org.socialprescribing.measures.SummedScale;
import org.socialprescribing.model.measure.Collector;

/**
 * The PHQ-9 depression questionnaire [V]: items 1..9 answered 0..3 (not at all ... nearly every day), total 0..27,
 * with the severity bands of its authors (Kroenke, Spitzer and Williams 2001). Item 10 (difficulty) is recorded in
 * any form and never scored: its answer coding is not in the SDK's sources, so it is kept as given, and no answer to
 * it ever makes a response invalid. Any valid answer above 0 to item 9 (thoughts of self-harm) raises the flag
 * {@value #RISK_FLAG}, whatever the other items hold: missing, or invalid (the response is then invalid and has no
 * total, but the flag is still raised).
 *
 * <p>Public domain: "no permission is required to reproduce, translate, display or distribute" [V].
 */
public final class Phq9 {

    /** The flag raised when item 9 is above 0. */
    public static final String RISK_FLAG = "phq9.item9_positive";

    /** The source of the severity bands. */
    public static final Source BANDS_SOURCE = Source.verified("Kroenke, Spitzer and Williams 2001, J Gen Intern Med"
            + " 16:606-613: PHQ-9 scores of 5, 10, 15 and 20 represent mild, moderate, moderately severe and severe"
            + " depression");

    /** Severity: 0-4 none/minimal, 5-9 mild, 10-14 moderate, 15-19 moderately severe, 20-27 severe [V]. */
    public static final BandTable SEVERITY = BandTable.of(
            BANDS_SOURCE,
            Band.of("none_minimal", 0, 4),
            Band.of("mild", 5, 9),
            Band.of("moderate", 10, 14),
            Band.of("moderately_severe", 15, 19),
            Band.of("severe", 20, 27));

    private static final Instrument INSTRUMENT = Definitions.instrument(
                    "phq9",
                    "Patient Health Questionnaire (PHQ-9)",
                    Definitions.pfizerPublicDomain(),
                    "PHQ-9, Pfizer (phqscreeners); LOINC panel 44249-1, total 44261-6 [V]",
                    Collector.HEALTH_SYSTEM)
            .addAllItems(Definitions.numberedItems("phq9", 9, 0, 3))
            .addItems(Item.builder()
                    .number(10)
                    .key("phq9_10")
                    .name("difficulty")
                    .scored(false)
                    .build())
            .scoringRule(SummedScale.builder()
                    .bands(SEVERITY)
                    .addFlags(ItemFlag.builder()
                            .code(RISK_FLAG)
                            .itemNumber(9)
                            .above(0)
                            .source(Source.verified(
                                    "PHQ-9 item 9 > 0 raises a risk flag (instruments reference, PHQ-9)"))
                            .build())
                    .build())
            .scoringRuleVersion("phq9-1")
            .build();

    private Phq9() {}

    /** @return the PHQ-9 instrument, never null */
    public static Instrument instrument() {
        return INSTRUMENT;
    }
}

package org.socialprescribing.measures.instruments;

import org.socialprescribing.measures.Band;
import org.socialprescribing.measures.BandTable;
import org.socialprescribing.measures.Instrument;
import org.socialprescribing.measures.Source;
import org.socialprescribing.measures.SummedScale;
import org.socialprescribing.model.measure.Collector;

/**
 * The GAD-7 anxiety questionnaire [V]: 7 items answered 0..3, total 0..21, severity bands from 5 / 10 / 15 (mild /
 * moderate / severe; below 5 minimal) as its authors set them (Spitzer et al. 2006). Public domain [V]. Beware forms that label the lowest answer
 * "Not at all sure" instead of "Not at all" (Zorowitz 2021) [V].
 */
public final class Gad7 {

    /** The source of the severity bands. */
    public static final Source BANDS_SOURCE = Source.verified("Spitzer, Kroenke, Williams and Löwe 2006, Arch Intern"
            + " Med 166:1092-1097: scores of 5, 10 and 15 are the cut points for mild, moderate and severe anxiety");

    /** Severity: 0-4 minimal, 5-9 mild, 10-14 moderate, 15-21 severe [V]. */
    public static final BandTable SEVERITY = BandTable.of(
            BANDS_SOURCE,
            Band.of("minimal", 0, 4),
            Band.of("mild", 5, 9),
            Band.of("moderate", 10, 14),
            Band.of("severe", 15, 21));

    private static final Instrument INSTRUMENT = Definitions.instrument(
                    "gad7",
                    "Generalised Anxiety Disorder scale (GAD-7)",
                    Definitions.pfizerPublicDomain(),
                    "GAD-7, Pfizer (phqscreeners); LOINC total 70274-6 [V]",
                    Collector.HEALTH_SYSTEM)
            .addAllItems(Definitions.numberedItems("gad7", 7, 0, 3))
            .scoringRule(SummedScale.builder().bands(SEVERITY).build())
            .scoringRuleVersion("gad7-1")
            .build();

    private Gad7() {}

    /** @return the GAD-7 instrument, never null */
    public static Instrument instrument() {
        return INSTRUMENT;
    }
}

package org.socialprescribing.measures.instruments;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.socialprescribing.measures.Answers;
import org.socialprescribing.measures.ConversionTable;
import org.socialprescribing.measures.Instrument;
import org.socialprescribing.measures.InvalidResponseException;
import org.socialprescribing.measures.Scorer;
import org.socialprescribing.measures.Source;
import org.socialprescribing.measures.SummedScale;
import org.socialprescribing.model.ValidationReport;
import org.socialprescribing.model.measure.Collector;

/**
 * The Short Warwick-Edinburgh Mental Wellbeing Scale (SWEMWBS): 7 items, WEMWBS items 1, 2, 3, 6, 7, 9 and 11
 * (Stewart-Brown et al. 2009) [V], answered 1..5; raw score 7..35, which Warwick requires to be converted with its
 * Rasch table "in order for comparisons to be made across different studies" [V]. Both are reported: component
 * {@code raw} and component {@code metric} (an exact two-decimal value). Never prorated: a partial raw score has no
 * row in the table. No bands: none are verified [U, not shipped].
 *
 * <p>Licence as {@link Wemwbs}: no item wording ships.
 */
public final class Swemwbs {

    /** The component holding the raw score 7..35. */
    public static final String RAW = "raw";
    /** The component holding the converted (metric) score 7.00..35.00. */
    public static final String METRIC = "metric";

    /** The WEMWBS item numbers that make up SWEMWBS items 1..7, in order [V]. */
    public static final List<Integer> WEMWBS_ITEMS = List.of(1, 2, 3, 6, 7, 9, 11);

    /** The conversion table's source: public code from two unrelated projects, not Warwick's own PDF. */
    public static final Source CONVERSION_SOURCE =
            Source.secondary("SWEMWBS raw-to-metric table as given identically by two unrelated public implementations;"
                    + " to be checked against Warwick's registered-user table");

    /** The raw-to-metric table for raw scores 7..35 [S]. */
    public static final ConversionTable CONVERSION = ConversionTable.builder()
            .name(METRIC)
            .firstRaw(7)
            .addAllValues(Stream.of(
                            "7.00", "9.51", "11.25", "12.40", "13.33", "14.08", "14.75", "15.32", "15.84", "16.36",
                            "16.88", "17.43", "17.98", "18.59", "19.25", "19.98", "20.73", "21.54", "22.35", "23.21",
                            "24.11", "25.03", "26.02", "27.03", "28.13", "29.31", "30.70", "32.55", "35.00")
                    .map(BigDecimal::new)
                    .collect(Collectors.toList()))
            .source(CONVERSION_SOURCE)
            .build();

    private static final Instrument INSTRUMENT = Definitions.instrument(
                    "swemwbs",
                    "Short Warwick-Edinburgh Mental Wellbeing Scale (SWEMWBS)",
                    Wemwbs.LICENCE,
                    "Stewart-Brown et al. 2009, Health and Quality of Life Outcomes 7:15 [V]",
                    Collector.LINK_WORKER)
            .addAllItems(Definitions.numberedItems("swemwbs", 7, 1, 5))
            .scoringRule(
                    SummedScale.builder().totalName(RAW).conversion(CONVERSION).build())
            .scoringRuleVersion("swemwbs-1")
            .build();

    private static final Scorer WEMWBS = Scorer.of(Wemwbs.instrument());

    private Swemwbs() {}

    /** @return the SWEMWBS instrument, never null */
    public static Instrument instrument() {
        return INSTRUMENT;
    }

    /**
     * The SWEMWBS answers contained in a WEMWBS response: WEMWBS items 1, 2, 3, 6, 7, 9, 11 become SWEMWBS items 1..7.
     * The whole WEMWBS response is validated first, so an invalid answer to an item SWEMWBS does not use is still
     * reported.
     *
     * @param wemwbs answers keyed {@code wemwbs_1..wemwbs_14}, not null
     * @return answers keyed {@code swemwbs_1..swemwbs_7}, never null
     * @throws InvalidResponseException if the WEMWBS response has an invalid or unknown answer
     */
    public static Answers fromWemwbs(Answers wemwbs) {
        ValidationReport report = WEMWBS.validate(wemwbs);
        if (!report.isValid()) {
            throw new InvalidResponseException(report);
        }
        Map<String, String> mapped = new LinkedHashMap<>();
        for (int i = 0; i < WEMWBS_ITEMS.size(); i++) {
            String key = "swemwbs_" + (i + 1);
            wemwbs.get("wemwbs_" + WEMWBS_ITEMS.get(i)).ifPresent(answer -> mapped.put(key, answer));
        }
        return Answers.ofText(mapped);
    }
}

package org.socialprescribing.examples;

import java.util.List;
import org.socialprescribing.measures.Answers;
import org.socialprescribing.measures.InstrumentRegistry;
import org.socialprescribing.measures.InvalidResponseException;
import org.socialprescribing.measures.Scorer;
import org.socialprescribing.measures.change.ChangeThreshold;
import org.socialprescribing.measures.change.CohortSummary;
import org.socialprescribing.measures.change.Cohorts;
import org.socialprescribing.measures.change.PersonChange;
import org.socialprescribing.model.measure.ScoreResult;

/** Scoring SWEMWBS at baseline and follow-up, and the change for a small cohort. */
public final class ScoringExample {

    private ScoringExample() {}

    /**
     * Runs the example.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        // START SNIPPET: scoring
        Scorer swemwbs = InstrumentRegistry.standard().scorer("swemwbs");

        ScoreResult baseline = swemwbs.score(Answers.ofCodes("swemwbs", 2, 3, 2, 3, 2, 3, 3));
        ScoreResult followUp = swemwbs.score(Answers.ofCodes("swemwbs", 4, 4, 3, 4, 3, 4, 4));
        System.out.println(baseline.component("raw").orElseThrow().value()); // 18
        System.out.println(baseline.component("metric").orElseThrow().value()); // 17.43 (Rasch conversion)
        System.out.println(followUp.scoringRuleVersion()); // the rule version is stamped on every score

        // Meaningful change needs a threshold that names its source: there is no silent default.
        PersonChange change = PersonChange.between(baseline, followUp, ChangeThreshold.SWEMWBS_SHAH_2018_METRIC);
        System.out.println(change.change() + " " + change.category().orElseThrow()); // 5.78 IMPROVED

        CohortSummary cohort = Cohorts.summarise(List.of(change));
        System.out.println(cohort.n() + " person, mean change " + cohort.meanChange());

        try {
            swemwbs.score(Answers.ofCodes("swemwbs", 2, 3, 6, 3, 2, 3, 3));
        } catch (InvalidResponseException e) {
            System.out.println(e.getMessage()); // swemwbs_3: 6 is outside 1..5
        }
        // END SNIPPET
    }
}

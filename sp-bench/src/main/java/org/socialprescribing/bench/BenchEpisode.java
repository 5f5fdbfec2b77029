package org.socialprescribing.bench;

import org.socialprescribing.model.episode.SocialPrescribingEpisode;
import org.socialprescribing.testkit.SyntheticCohort;

/**
 * The one invented episode the FHIR benchmarks map: the first person of sp-testkit's synthetic cohort (the cohort of
 * {@code sp demo}, without its licensee star), a GP referral taken through to completion by a link worker, with
 * consent, onward referrals with attendance, and ONS4 and SWEMWBS scored at baseline and discharge. The NHS number is
 * in the 999 range, never issued to patients; codes and names are made up.
 */
final class BenchEpisode {

    private BenchEpisode() {}

    /** Builds the episode (the same every time). */
    static SocialPrescribingEpisode episode() {
        return SyntheticCohort.withoutStar().cases().get(0).episode();
    }
}

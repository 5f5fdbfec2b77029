package org.socialprescribing.report;

import java.util.List;
import org.socialprescribing.model.episode.SocialPrescribingEpisode;

/** The worked example's inputs, for tests in other packages of this module. */
public final class LedgerSamples {

    private LedgerSamples() {}

    /** @return the worked example's episodes */
    public static List<SocialPrescribingEpisode> cohort() {
        return DemandLedgerTest.cohort();
    }

    /**
     * A builder with the worked example's directory, PCNs and grant.
     *
     * @param episodes the episodes
     * @return the builder
     */
    public static DemandLedger.Builder builder(List<SocialPrescribingEpisode> episodes) {
        return DemandLedger.builder()
                .addEpisodes(episodes)
                .addServices(List.of(LedgerFixtures.BEFRIENDING, LedgerFixtures.COFFEE))
                .addPcns(LedgerFixtures.PCNS)
                .addFunding(List.of(DemandLedgerTest.JANUARY_GRANT));
    }
}

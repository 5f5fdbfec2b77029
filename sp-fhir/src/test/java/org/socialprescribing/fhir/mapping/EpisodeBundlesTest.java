package org.socialprescribing.fhir.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hl7.fhir.r4.model.Bundle;
import org.socialprescribing.fhir.SpFhir;
import org.socialprescribing.model.episode.SocialPrescribingEpisode;

/** Whole episodes: domain to FHIR Bundle JSON and back gives an equal episode and no warning. */
class EpisodeBundlesTest {

    private static final EpisodeBundles BUNDLES = EpisodeBundles.standard();

    @Property(tries = 50)
    void episode_survivesTransactionBundleJson(@ForAll("episodes") SocialPrescribingEpisode episode) {
        Bundle bundle = BUNDLES.toTransaction(episode);
        String json = SpFhir.newJsonParser().encodeResourceToString(bundle);
        MappingResult<SocialPrescribingEpisode> back = BUNDLES.readEpisode(json);
        assertThat(back.report().issues()).isEmpty();
        assertThat(back.value()).isEqualTo(episode);
    }

    @Provide
    Arbitrary<SocialPrescribingEpisode> episodes() {
        return EpisodeArbitraries.episodes();
    }
}

package org.socialprescribing.fhir.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.RiskAssessment;
import org.junit.jupiter.api.Test;
import org.socialprescribing.fhir.SpFhir;
import org.socialprescribing.model.MappingResult;
import org.socialprescribing.model.episode.SocialPrescribingEpisode;
import org.socialprescribing.testkit.SpArbitraries;

/**
 * Whole episodes, complete or not: domain to FHIR Bundle JSON and back gives an equal episode and no warning; what
 * the episode does not record is absent in FHIR, and absent in the episode read back.
 */
class EpisodeBundlesTest {

    private static final EpisodeBundles BUNDLES = EpisodeBundles.standard();

    @Property(tries = 50)
    void episode_survivesTransactionBundleJson(@ForAll("episodes") SocialPrescribingEpisode episode) {
        Bundle bundle = BUNDLES.toTransaction(episode);
        String json = SpFhir.newJsonParser().encodeResourceToString(bundle);
        MappingResult<SocialPrescribingEpisode> back = BUNDLES.parseEpisode(json);
        assertThat(back.report().issues()).isEmpty();
        assertThat(back.value()).isEqualTo(episode);
    }

    @Test
    void anIncompleteEpisode_isExportedWithoutItsAbsentItems_andReadBackEqual() {
        SocialPrescribingEpisode episode = Fixtures.incompleteEpisode();
        Bundle bundle = BUNDLES.toTransaction(episode);

        assertThat(bundle.getEntry()).noneMatch(entry -> entry.getResource() instanceof RiskAssessment);
        Patient patient = (Patient) bundle.getEntry().stream()
                .map(Bundle.BundleEntryComponent::getResource)
                .filter(Patient.class::isInstance)
                .findFirst()
                .orElseThrow();
        assertThat(patient.hasIdentifier()).isFalse();
        assertThat(patient.hasGeneralPractitioner()).isFalse();
        assertThat(bundle.getEntry())
                .filteredOn(entry -> entry.getResource() instanceof Patient)
                .singleElement()
                .satisfies(
                        entry -> assertThat(entry.getRequest().hasIfNoneExist()).isFalse());
        MappingResult<SocialPrescribingEpisode> back =
                BUNDLES.parseEpisode(SpFhir.newJsonParser().encodeResourceToString(bundle));
        assertThat(back.report().issues()).isEmpty();
        assertThat(back.value()).isEqualTo(episode);
    }

    @Provide
    Arbitrary<SocialPrescribingEpisode> episodes() {
        return SpArbitraries.asReferred().episodes();
    }
}

package org.socialprescribing.fhir.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.HealthcareService;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.api.Test;
import org.socialprescribing.fhir.FhirFormatException;
import org.socialprescribing.fhir.SpFhir;
import org.socialprescribing.fhir.validation.FhirValidation;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.MappingResult;
import org.socialprescribing.model.episode.OnwardReferral;
import org.socialprescribing.model.episode.SocialPrescribingEpisode;
import org.socialprescribing.model.service.Service;
import org.socialprescribing.testkit.SpArbitraries;

/**
 * Issue 12: onward referrals and signposting name the directory's service as a HealthcareService in the Bundle (with
 * its Organization and Locations), not only by identifier, and the round trip stays lossless.
 */
class EpisodeServicesTest {

    /** An episode with a service for every directory id it names. */
    record Case(SocialPrescribingEpisode episode, List<Service> services) {}

    @Provide
    Arbitrary<Case> cases() {
        return Combinators.combine(
                        SpArbitraries.asReferred().episodes(),
                        SpArbitraries.asReferred()
                                .services()
                                .list()
                                .ofMinSize(1)
                                .ofMaxSize(3))
                .as((episode, services) -> {
                    Set<String> ids = new LinkedHashSet<>();
                    episode.onwardReferrals()
                            .forEach(o -> o.serviceDirectoryId().ifPresent(ids::add));
                    episode.signposting().forEach(s -> s.serviceDirectoryId().ifPresent(ids::add));
                    List<Service> named = new ArrayList<>();
                    int i = 0;
                    for (String id : ids) {
                        named.add((services.get(i++ % services.size())).withDirectoryId(id));
                    }
                    return new Case(episode, named);
                });
    }

    @Property(tries = 40)
    void servicesInTheBundle_readBackLosslessly(@ForAll("cases") Case each) {
        EpisodeBundles bundles = EpisodeBundles.standard().withServices(each.services());
        String json = SpFhir.newJsonParser().encodeResourceToString(bundles.toTransaction(each.episode()));

        MappingResult<SocialPrescribingEpisode> back = bundles.parseEpisode(json);
        Bundle bundle = SpFhir.newJsonParser().parseResource(Bundle.class, json);

        assertThat(back.report().issues()).isEmpty();
        assertThat(back.value()).isEqualTo(each.episode());
        assertThat(bundles.servicesOf(bundle)).containsExactlyInAnyOrderElementsOf(each.services());
    }

    @Test
    void anOnwardReferral_pointsAtTheHealthcareServiceByFullUrlAndIdentifier() {
        Service allotment = Fixtures.allotmentGroup();
        Bundle bundle =
                EpisodeBundles.standard().withServices(List.of(allotment)).toTransaction(Fixtures.annaEpisode());

        HealthcareService service =
                ReferralMessagesTest.resources(bundle, HealthcareService.class).get(0);
        String fullUrl = bundle.getEntry().stream()
                .filter(e -> e.getResource() == service)
                .findFirst()
                .orElseThrow()
                .getFullUrl();
        OnwardReferral onward = Fixtures.annaEpisode().onwardReferrals().get(0);
        Reference performer = ReferralMessagesTest.resources(bundle, ServiceRequest.class).stream()
                .flatMap(request -> request.getPerformer().stream())
                .filter(Reference::hasIdentifier)
                .findFirst()
                .orElseThrow();
        assertThat(performer.getReference()).isEqualTo(fullUrl);
        assertThat(performer.getIdentifier().getValue())
                .isEqualTo(onward.serviceDirectoryId().orElseThrow());
        assertThat(ReferralMessagesTest.resources(bundle, HealthcareService.class))
                .hasSize(1);
        assertThat(MappingValidationTest.errors(FhirValidationHolder.R4.validate(bundle)))
                .isEmpty();
    }

    @Test
    void aServiceNotGiven_staysAReferenceByIdentifier() {
        Bundle bundle = EpisodeBundles.standard().toTransaction(Fixtures.annaEpisode());

        assertThat(ReferralMessagesTest.resources(bundle, HealthcareService.class))
                .isEmpty();
    }

    @Test
    void aReferenceWhoseIdentifierDisagreesWithItsService_isRefused() {
        Bundle bundle = EpisodeBundles.standard()
                .withServices(List.of(Fixtures.allotmentGroup()))
                .toTransaction(Fixtures.annaEpisode());
        ReferralMessagesTest.resources(bundle, ServiceRequest.class).stream()
                .flatMap(request -> request.getPerformer().stream())
                .filter(Reference::hasIdentifier)
                .forEach(reference -> reference.getIdentifier().setValue("another-service"));

        assertThatExceptionOfType(FhirFormatException.class)
                .isThrownBy(() -> EpisodeBundles.standard().toEpisode(bundle))
                .satisfies(e -> assertThat(e.location()).endsWith("identifier"));
    }

    @Test
    void servicesWithoutADirectoryIdOrSharingOne_areRefused() {
        Service noId = Fixtures.allotmentGroup().withDirectoryId(Optional.empty());
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> EpisodeBundles.standard().withServices(List.of(noId)));
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> EpisodeBundles.standard()
                        .withServices(List.of(Fixtures.allotmentGroup(), Fixtures.allotmentGroup())));
    }

    /** One validator for the class. */
    private static final class FhirValidationHolder {
        static final FhirValidation R4 = FhirValidation.builder().build();
    }
}

package com.example.vendor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.context.FhirContext;
import java.time.Instant;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.socialprescribing.fhir.SpFhir;
import org.socialprescribing.fhir.mapping.EpisodeBundles;
import org.socialprescribing.model.MappingResult;
import org.socialprescribing.fhir.validation.FhirValidation;
import org.socialprescribing.measures.Answers;
import org.socialprescribing.measures.InstrumentRegistry;
import org.socialprescribing.measures.InvalidResponseException;
import org.socialprescribing.measures.Scorer;
import org.socialprescribing.model.ValidationReport;
import org.socialprescribing.model.coding.CodedText;
import org.socialprescribing.model.episode.Referral;
import org.socialprescribing.model.episode.ReferralJourney;
import org.socialprescribing.model.episode.ReferralSource;
import org.socialprescribing.model.episode.ReferralStatus;
import org.socialprescribing.model.episode.Referrer;
import org.socialprescribing.model.episode.SocialPrescribingEpisode;
import org.socialprescribing.model.id.OdsCode;
import org.socialprescribing.model.json.SpJson;
import org.socialprescribing.model.measure.ScoreResult;
import org.socialprescribing.model.org.OrganisationRef;
import org.socialprescribing.model.person.Person;
import org.socialprescribing.model.person.PersonName;
import org.socialprescribing.model.validation.CompleteForNationalDataset;
import org.socialprescribing.model.validation.SpValidator;
import org.socialprescribing.model.workforce.ProfessionalRef;

/** What a case-management product does with the SDK, from the README and Javadoc alone. */
class VendorUseTest {

    /** The product's own HAPI context: the SDK must use it rather than make a second one. */
    private static final FhirContext PRODUCT_CONTEXT = FhirContext.forR4();

    private static final Instant RECEIVED = Instant.parse("2025-03-03T09:30:00Z");

    @BeforeAll
    static void shareTheProductsContext() {
        SpFhir.useContext(PRODUCT_CONTEXT);
        SpFhir.warmUp();
    }

    @Test
    void createEditValidateSerialiseExportAndReadBack() {
        ProfessionalRef linkWorker = ProfessionalRef.builder()
                .name("Sam Link")
                .organisation(OrganisationRef.named("Together Co"))
                .build();
        SocialPrescribingEpisode episode = SocialPrescribingEpisode.builder()
                .person(Person.builder().name(PersonName.of("Smithson", "Joan")).build())
                .referral(Referral.builder()
                        .referrer(Referrer.builder()
                                .name("Dr Asha Patel")
                                .organisation(OrganisationRef.of(OdsCode.parse("G81086")))
                                .build())
                        .source(ReferralSource.GP)
                        .referredAt(Instant.parse("2025-03-02T10:00:00Z"))
                        .addPresentingNeed(CodedText.ofText("Loneliness since bereavement"))
                        .build())
                .journey(ReferralJourney.received(RECEIVED, linkWorker))
                .linkWorker(linkWorker)
                .build();

        // Editing: the journey moves on; the episode is copied with the new journey (its with... method; the
        // generated Immutable* classes are package-private and cannot be named here).
        SocialPrescribingEpisode accepted = episode.withJourney(
                episode.journey().transitionTo(ReferralStatus.ACCEPTED, RECEIVED.plusSeconds(60), linkWorker));
        assertEquals(ReferralStatus.ACCEPTED, accepted.journey().status());
        assertEquals(ReferralStatus.RECEIVED, episode.journey().status());

        // Validating: an incomplete referral is a report of missing items, not an exception.
        ValidationReport missing = SpValidator.validate(accepted, CompleteForNationalDataset.class);
        assertFalse(missing.isValid());

        // Serialising: SDK JSON round trip.
        assertEquals(accepted, SpJson.parseEpisode(SpJson.write(accepted)));

        // Exporting: FHIR R4 Bundle, validated offline, and read back to an equal episode.
        EpisodeBundles bundles = EpisodeBundles.standard();
        Bundle bundle = bundles.toTransaction(accepted);
        String json = SpFhir.newJsonParser().encodeResourceToString(bundle);
        ValidationReport fhirReport = FhirValidation.builder().build().validate(json);
        assertTrue(fhirReport.errors().isEmpty(), () -> fhirReport.errors().toString());
        MappingResult<SocialPrescribingEpisode> back = bundles.parseEpisode(json);
        assertEquals(accepted, back.value());

        // The product's context was used: parsing with it gives the same Bundle.
        assertSame(Bundle.class, PRODUCT_CONTEXT.newJsonParser().parseResource(json).getClass());
    }

    @Test
    void scoring() {
        Scorer swemwbs = InstrumentRegistry.standard().scorer("swemwbs");
        ScoreResult baseline = swemwbs.score(Answers.ofCodes("swemwbs", 2, 3, 2, 3, 2, 3, 3));
        assertEquals(18, baseline.component("raw").orElseThrow().value().intValue());
        assertThrows(
                InvalidResponseException.class, () -> swemwbs.score(Answers.ofCodes("swemwbs", 2, 3, 6, 3, 2, 3, 3)));
    }

    @Test
    void aSecondContextIsRefused() {
        assertThrows(IllegalStateException.class, () -> SpFhir.useContext(FhirContext.forR4()));
    }
}

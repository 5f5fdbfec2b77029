package org.socialprescribing.fhir.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Instant;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.HealthcareService;
import org.hl7.fhir.r4.model.MessageHeader;
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

class ReferralMessagesTest {

    private static final FhirValidation R4 = FhirValidation.builder().build();
    private static final Instant SENT = Instant.parse("2025-04-01T10:00:00Z");
    private static final String SOURCE = "https://link-workers.example.org/fhir";

    private static SocialPrescribingEpisode episode() {
        return Fixtures.annaEpisode();
    }

    private static OnwardReferral onward() {
        return episode().onwardReferrals().get(0);
    }

    @Test
    void request_isABarsShapedMessageThatValidates() {
        Bundle message = ReferralMessages.standard()
                .withServices(List.of(Fixtures.allotmentGroup()))
                .toRequest(episode(), onward().id(), SOURCE, SENT);

        assertThat(message.getType()).isEqualTo(Bundle.BundleType.MESSAGE);
        MessageHeader header = (MessageHeader) message.getEntryFirstRep().getResource();
        Coding event = header.getEventCoding();
        assertThat(event.getSystem()).isEqualTo("https://fhir.nhs.uk/CodeSystem/message-events-bars");
        assertThat(event.getCode()).isEqualTo("servicerequest-request");
        assertThat(header.getReason().getCodingFirstRep().getCode()).isEqualTo("new");
        assertThat(header.getSource().getEndpoint()).isEqualTo(SOURCE);
        ServiceRequest request = resources(message, ServiceRequest.class).get(0);
        assertThat(header.getFocusFirstRep().getReference()).isEqualTo(fullUrl(message, request));
        assertThat(request.getIntent()).isEqualTo(ServiceRequest.ServiceRequestIntent.PLAN);
        assertThat(request.getCategoryFirstRep().getCodingFirstRep().getCode()).isEqualTo("referral");
        assertThat(request.getCategoryFirstRep().getCoding()).hasSize(1);
        assertThat(request.hasRequester()).isTrue();
        assertThat(request.getPerformer()).isNotEmpty();
        assertThat(types(message)).contains("Patient", "PractitionerRole");
        assertThat(MappingValidationTest.errors(R4.validate(message))).isEmpty();
    }

    @Test
    void request_carriesWhatBarsRequestMessageDefinitionRequires_andValidatesAgainstUkCore() {
        Bundle message = ReferralMessages.standard()
                .withServices(List.of(Fixtures.allotmentGroup()))
                .toRequest(episode(), onward().id(), SOURCE, SENT);
        ServiceRequest request = resources(message, ServiceRequest.class).get(0);

        // BARS-MessageDefinition-ServiceRequest-Request-Referral: Encounter 1..1, CarePlan 1..1, Consent 1..*.
        assertThat(resources(message, Encounter.class)).singleElement().satisfies(encounter -> {
            assertThat(request.getEncounter().getReference()).isEqualTo(fullUrl(message, encounter));
            assertThat(encounter.getSubject().getReference())
                    .isEqualTo(request.getSubject().getReference());
        });
        assertThat(resources(message, CarePlan.class)).singleElement().satisfies(plan -> {
            assertThat(request.getBasedOnFirstRep().getReference()).isEqualTo(fullUrl(message, plan));
            assertThat(plan.getIntent()).isEqualTo(CarePlan.CarePlanIntent.PLAN);
            assertThat(plan.getActivityFirstRep().getReference().getReference()).isEqualTo(fullUrl(message, request));
        });
        assertThat(resources(message, Consent.class)).isNotEmpty();
        assertThat(MappingValidationTest.errors(MappingValidationTest.ukCore().validate(message)))
                .isEmpty();
    }

    @Test
    void theServiceNamedByTheDirectory_travelsInFull() {
        String serviceId = onward().serviceDirectoryId().orElseThrow();
        assertThat(Fixtures.allotmentGroup().directoryId()).contains(serviceId);

        Bundle message = ReferralMessages.standard()
                .withServices(List.of(Fixtures.allotmentGroup()))
                .toRequest(episode(), onward().id(), SOURCE, SENT);

        HealthcareService service = resources(message, HealthcareService.class).get(0);
        Reference performer = resources(message, ServiceRequest.class).get(0).getPerformerFirstRep();
        assertThat(performer.getReference()).isEqualTo(fullUrl(message, service));
        assertThat(performer.getIdentifier().getValue()).isEqualTo(serviceId);
        MessageHeader header = (MessageHeader) message.getEntryFirstRep().getResource();
        assertThat(header.getDestinationFirstRep().getEndpoint()).endsWith("|" + serviceId);
        assertThat(header.getDestinationFirstRep().getReceiver().getReference())
                .isEqualTo(service.getProvidedBy().getReference());
    }

    @Test
    void theUseCase_isPluggableAndNeverInvented() {
        Bundle message = ReferralMessages.standard()
                .withUseCase("https://example.org/CodeSystem/local-use-cases", "sp1", "Link worker to VCSE")
                .toRequest(episode(), onward().id(), SOURCE, SENT);

        List<Coding> category = resources(message, ServiceRequest.class)
                .get(0)
                .getCategoryFirstRep()
                .getCoding();
        assertThat(category).extracting(Coding::getCode).containsExactly("referral", "sp1");
        assertThat(SpFhir.newJsonParser()
                        .encodeResourceToString(
                                ReferralMessages.standard().toRequest(episode(), onward().id(), SOURCE, SENT)))
                .doesNotContain("usecases-categories-bars");
    }

    @Test
    void anUnknownOnwardReferral_orABlankEndpoint_isRefused() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> ReferralMessages.standard().toRequest(episode(), "OR-none", SOURCE, SENT))
                .satisfies(e -> assertThat(e.field()).isEqualTo("onwardReferralId"));
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> ReferralMessages.standard().toRequest(episode(), onward().id(), " ", SENT));
    }

    @Test
    void aResponse_isReadAndWhatIsNotReadIsReported() {
        Bundle request = ReferralMessages.standard().toRequest(episode(), onward().id(), SOURCE, SENT);
        Bundle response = response(request, "ok", ServiceRequest.ServiceRequestStatus.REVOKED);

        MappingResult<ReferralResponse> read =
                ReferralMessages.standard().parseResponse(SpFhir.newJsonParser().encodeResourceToString(response));

        assertThat(read.value().isOk()).isTrue();
        assertThat(read.value().requestMessageId())
                .contains(request.getIdElement().getIdPart());
        assertThat(read.value().onwardReferralId()).contains(onward().id());
        assertThat(read.value().serviceRequestStatus()).contains("revoked");
        assertThat(read.report().warnings()).isNotEmpty();
    }

    @Test
    void aRequest_isNotAResponse() {
        Bundle request = ReferralMessages.standard().toRequest(episode(), onward().id(), SOURCE, SENT);

        assertThatExceptionOfType(FhirFormatException.class)
                .isThrownBy(() -> ReferralMessages.standard().toResponse(request))
                .satisfies(e -> assertThat(e.location()).endsWith("eventCoding"));
    }

    @Property(tries = 100)
    void readingAResponse_givesAValueOrAFhirFormatException(
            @ForAll @StringLength(max = 200) String text, @ForAll @IntRange(min = 0, max = 5) int cut) {
        // Random text, and a real response cut short at a random point or with an element removed.
        String real = SpFhir.newJsonParser()
                .encodeResourceToString(response(
                        ReferralMessages.standard().toRequest(episode(), onward().id(), SOURCE, SENT),
                        "ok",
                        ServiceRequest.ServiceRequestStatus.ACTIVE));
        String[] removable = {"\"response\":", "\"focus\":", "\"identifier\":", "\"eventCoding\":", "\"status\":"};
        String damaged = cut == 0 ? real.substring(0, real.length() / 2) : real.replace(removable[cut - 1], "\"x\":");
        for (String input : List.of(text, damaged)) {
            try {
                ReferralMessages.standard().parseResponse(input);
            } catch (FhirFormatException expected) {
                assertThat(expected.code()).isNotNull();
            }
        }
    }

    /** A response as a receiver would send it: the request's ServiceRequest back, its status changed. */
    static Bundle response(Bundle request, String code, ServiceRequest.ServiceRequestStatus status) {
        Bundle response = new Bundle().setType(Bundle.BundleType.MESSAGE);
        MessageHeader header = new MessageHeader();
        header.setEvent(
                new Coding("https://fhir.nhs.uk/CodeSystem/message-events-bars", "servicerequest-response", null));
        header.getSource().setEndpoint("https://vcse.example.org/fhir");
        header.getResponse()
                .setIdentifier(request.getIdElement().getIdPart())
                .setCode(MessageHeader.ResponseType.fromCode(code));
        ServiceRequest sent = resources(request, ServiceRequest.class).get(0).copy();
        sent.setStatus(status);
        sent.setSubject(null);
        sent.setRequester(null);
        sent.getPerformer().clear();
        header.addFocus(new Reference("urn:uuid:0b7e8a52-2f7c-4c55-9d1e-6f1a2b3c4d5e"));
        response.addEntry()
                .setFullUrl("urn:uuid:5d0c1c7e-9a3e-4d0e-8d5c-1f2e3a4b5c6d")
                .setResource(header);
        response.addEntry()
                .setFullUrl("urn:uuid:0b7e8a52-2f7c-4c55-9d1e-6f1a2b3c4d5e")
                .setResource(sent);
        return response;
    }

    static <R> List<R> resources(Bundle bundle, Class<R> type) {
        return bundle.getEntry().stream()
                .map(Bundle.BundleEntryComponent::getResource)
                .filter(type::isInstance)
                .map(type::cast)
                .toList();
    }

    private static String fullUrl(Bundle bundle, Object resource) {
        return bundle.getEntry().stream()
                .filter(entry -> entry.getResource() == resource)
                .findFirst()
                .orElseThrow()
                .getFullUrl();
    }

    private static List<String> types(Bundle bundle) {
        return bundle.getEntry().stream().map(e -> e.getResource().fhirType()).toList();
    }
}

package org.socialprescribing.fhir.mapping.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Encounter.EncounterStatus;
import org.hl7.fhir.r4.model.HealthcareService;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.MessageHeader;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestIntent;
import org.socialprescribing.fhir.FhirFormatException;
import org.socialprescribing.model.episode.ConsentPurpose;
import org.socialprescribing.model.episode.OnwardReferral;
import org.socialprescribing.model.episode.OnwardReferralEvent;
import org.socialprescribing.model.episode.ReferralStatus;
import org.socialprescribing.model.episode.SocialPrescribingEpisode;
import org.socialprescribing.model.episode.StatusEvent;
import org.socialprescribing.model.workforce.ProfessionalRef;

/**
 * An onward referral as a BaRS-style referral message, and the reading of a response to one. The shape follows the
 * Booking and Referral Standard's referral request (NHSDigital/NHSDigital-FHIR-BookingAndReferrals, {@code
 * Examples/REFREQ03}): a {@code message} Bundle whose first entry is a {@code MessageHeader} (event {@code
 * servicerequest-request}, reason {@code new}, {@code focus} the ServiceRequest), then the ServiceRequest ({@code
 * intent} plan, category {@code referral} and the use case when one is given), the Patient, the requester's
 * PractitionerRole and the performer, and what BaRS's {@code servicerequest-request} MessageDefinition requires
 * besides: the sender's Encounter (the link worker's episode), the CarePlan the referral is part of, and the
 * consents that cover referring on. BaRS defines no use case for social prescribing: the use-case coding is the
 * caller's, and none is written without one.
 */
public final class ReferralMessageFhir {

    /** BaRS's message events code system. */
    public static final String EVENTS = "https://fhir.nhs.uk/CodeSystem/message-events-bars";

    /** BaRS's message reasons code system. */
    public static final String REASONS = "https://fhir.nhs.uk/CodeSystem/message-reason-bars";

    /** BaRS's ServiceRequest categories code system. */
    public static final String CATEGORIES = "https://fhir.nhs.uk/CodeSystem/message-category-servicerequest";

    /** The event of a referral request. */
    public static final String REQUEST = "servicerequest-request";

    /** The event of a response to one. */
    public static final String RESPONSE = "servicerequest-response";

    private ReferralMessageFhir() {}

    /**
     * Writes the request message.
     *
     * @param episode the episode
     * @param onward the onward referral, one of the episode's
     * @param useCase the use-case coding, if any
     * @param sourceEndpoint the sender's endpoint
     * @param bundle a message Bundle to write into
     */
    public static void write(
            SocialPrescribingEpisode episode,
            OnwardReferral onward,
            Optional<Coding> useCase,
            String sourceEndpoint,
            BundleWriter bundle) {
        MessageHeader header = new MessageHeader();
        bundle.add(header);
        EpisodeWriter writer = new EpisodeWriter(bundle, EpisodeFhir.writePatient(episode, bundle));

        ServiceRequest request = new ServiceRequest();
        Reference requestRef = bundle.add(request);
        request.addIdentifier(
                new Identifier().setSystem(Systems.ONWARD_REFERRAL_ID).setValue(onward.id()));
        request.setStatus(StatusTables.serviceRequest(onward.status()));
        // BaRS: "required and always set to 'plan'".
        request.setIntent(ServiceRequestIntent.PLAN);
        CodeableConcept category = new CodeableConcept(new Coding(CATEGORIES, "referral", null));
        useCase.ifPresent(coding -> category.addCoding(coding.copy()));
        request.addCategory(category);
        onward.categories().forEach(each -> request.addCategory(Codings.concept(each)));
        request.setSubject(writer.patient());
        OnwardReferralEvent sent = onward.history().get(0);
        request.setAuthoredOnElement(Times.dateTime(sent.at()));
        Optional<ProfessionalRef> requester = sent.by().or(episode::linkWorker);
        Optional<Reference> requesterRef = requester.map(writer::professional);
        requesterRef.ifPresent(ref -> request.setRequester(ref.copy()));
        Optional<Reference> receiver = Optional.empty();
        if (onward.serviceDirectoryId().isPresent()) {
            Reference service = bundle.service(onward.serviceDirectoryId().get());
            request.addPerformer(service);
            receiver = provider(bundle, service);
            header.addDestination()
                    .setEndpoint(Systems.SERVICE_DIRECTORY_ID + "|"
                            + onward.serviceDirectoryId().get())
                    .setReceiver(receiver.orElse(null));
        }
        onward.to().ifPresent(to -> request.addPerformer(writer.professional(to)));
        onward.needs().forEach(need -> request.addReasonCode(Codings.concept(need)));

        // BaRS's servicerequest-request MessageDefinition requires one Encounter and one CarePlan (1..1 each, as in
        // its REFREQ examples: ServiceRequest.encounter and basedOn) and at least one Consent; a Task is optional.
        Reference encounter = bundle.add(encounter(episode, writer));
        request.setEncounter(encounter.copy());
        CarePlan plan = new CarePlan()
                .setStatus(planStatus(onward))
                .setIntent(CarePlan.CarePlanIntent.PLAN)
                .setSubject(writer.patient())
                .setEncounter(encounter.copy());
        plan.addActivity().setReference(requestRef.copy());
        request.addBasedOn(bundle.add(plan));
        consents(episode, sent.at()).forEach(consent -> bundle.add(ConsentFhir.write(writer, consent)));

        header.setEvent(new Coding(EVENTS, REQUEST, null));
        header.setReason(new CodeableConcept(new Coding(REASONS, "new", null)));
        header.getSource().setEndpoint(sourceEndpoint);
        requesterRef.ifPresent(ref -> header.setSender(ref.copy()));
        header.addFocus(requestRef.copy());
    }

    /**
     * The link worker's episode, from which the onward referral is sent, as the sender's Encounter: the episode id,
     * a status by the episode's (as its EpisodeOfCare status table reads, an SDK choice: BaRS names none), the
     * period of the journey, the link worker as participant. {@code class}, which FHIR requires and the SDK does not
     * hold, is a {@code data-absent-reason}, as in the episode Bundles.
     */
    private static Encounter encounter(SocialPrescribingEpisode episode, EpisodeWriter writer) {
        Encounter encounter = new Encounter();
        episode.episodeId()
                .ifPresent(id -> encounter.addIdentifier(
                        new Identifier().setSystem(Systems.EPISODE_ID).setValue(id)));
        EncounterStatus status = encounterStatus(episode.status());
        encounter.setStatus(status);
        Coding unknownClass = new Coding();
        Extensions.add(unknownClass, Systems.DATA_ABSENT_REASON, new CodeType("unknown"));
        encounter.setClass_(unknownClass);
        encounter.setSubject(writer.patient());
        List<StatusEvent> events = episode.journey().events();
        if (!events.isEmpty()) {
            encounter.getPeriod().setStartElement(Times.dateTime(events.get(0).at()));
            if (status == EncounterStatus.FINISHED || status == EncounterStatus.CANCELLED) {
                encounter
                        .getPeriod()
                        .setEndElement(
                                Times.dateTime(events.get(events.size() - 1).at()));
            }
        }
        episode.linkWorker()
                .ifPresent(linkWorker -> encounter.addParticipant().setIndividual(writer.professional(linkWorker)));
        return encounter;
    }

    private static EncounterStatus encounterStatus(ReferralStatus status) {
        return switch (status) {
            case RECEIVED, ACCEPTED -> EncounterStatus.PLANNED;
            case CONTACTED, IN_PROGRESS, ON_HOLD, ONWARD_REFERRED -> EncounterStatus.INPROGRESS;
            case COMPLETED, DID_NOT_ENGAGE -> EncounterStatus.FINISHED;
            case DECLINED, CANCELLED -> EncounterStatus.CANCELLED;
            case ENTERED_IN_ERROR -> EncounterStatus.ENTEREDINERROR;
        };
    }

    /** The plan the onward referral is part of: active while it runs, then completed or revoked as it ended. */
    private static CarePlan.CarePlanStatus planStatus(OnwardReferral onward) {
        return switch (onward.status()) {
            case SENT, ACCEPTED, STARTED -> CarePlan.CarePlanStatus.ACTIVE;
            case COMPLETED -> CarePlan.CarePlanStatus.COMPLETED;
            case DECLINED, NOT_STARTED, DISCONTINUED, CANCELLED -> CarePlan.CarePlanStatus.REVOKED;
            case ENTERED_IN_ERROR -> CarePlan.CarePlanStatus.ENTEREDINERROR;
        };
    }

    /** The consents that cover referring on when the referral was sent: the referrer's and the service's. */
    private static List<org.socialprescribing.model.episode.Consent> consents(
            SocialPrescribingEpisode episode, Instant sentAt) {
        List<org.socialprescribing.model.episode.Consent> found = new ArrayList<>();
        episode.referral().consentToShare().ifPresent(found::add);
        found.addAll(episode.consents());
        found.removeIf(consent -> !consent.covers(ConsentPurpose.REFERRING_ON, sentAt));
        return found;
    }

    /** The provider Organization of a HealthcareService the Bundle holds, if it does. */
    private static Optional<Reference> provider(BundleWriter bundle, Reference service) {
        if (!service.hasReference()) {
            return Optional.empty();
        }
        for (Bundle.BundleEntryComponent entry : bundle.entries()) {
            if (service.getReference().equals(entry.getFullUrl()) && entry.getResource() instanceof HealthcareService) {
                HealthcareService found = (HealthcareService) entry.getResource();
                return found.hasProvidedBy() ? Optional.of(found.getProvidedBy().copy()) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * What a response says, as read.
     *
     * @param requestMessageId the id of the request message it answers ({@code MessageHeader.response.identifier})
     * @param responseCode {@code ok}, {@code transient-error} or {@code fatal-error}
     * @param onwardReferralId the SDK's onward referral id on the ServiceRequest, if there
     * @param serviceRequestStatus the ServiceRequest's FHIR status, if there
     */
    public record Response(
            Optional<String> requestMessageId,
            String responseCode,
            Optional<String> onwardReferralId,
            Optional<String> serviceRequestStatus) {}

    /**
     * Reads a response message: its MessageHeader (event {@code servicerequest-response}, {@code response}), and
     * the ServiceRequest it is about (the one its {@code focus} names, else the message's only one).
     *
     * @param reading the mapping state over the message's entries
     * @return what the response says
     * @throws FhirFormatException if there is no MessageHeader first, it is not a response, or it has no {@code
     *     response.code}
     */
    public static Response read(Reading reading) {
        List<At<MessageHeader>> headers = reading.index().ofType(MessageHeader.class);
        if (headers.isEmpty()) {
            throw reading.missing("Bundle.entry[0].resource", "a MessageHeader");
        }
        At<MessageHeader> header = reading.read(headers.get(0));
        MessageHeader node = header.node();
        if (!(node.getEvent() instanceof Coding)
                || !EVENTS.equals(((Coding) node.getEvent()).getSystem())
                || !RESPONSE.equals(((Coding) node.getEvent()).getCode())) {
            throw reading.invalid(
                    header.path() + ".eventCoding",
                    "must be " + EVENTS + "|" + RESPONSE + " (a response to a referral request)");
        }
        Coding event = (Coding) node.getEvent();
        reading.use(event.getSystemElement());
        reading.use(event.getCodeElement());
        reading.use(event.hasDisplayElement() ? event.getDisplayElement() : null);
        if (!node.hasResponse() || !node.getResponse().hasCode()) {
            throw reading.missing(header.path() + ".response.code", "whether the request was accepted (ok, ...)");
        }
        At<MessageHeader.MessageHeaderResponseComponent> response = header.child(node.getResponse(), "response");
        reading.use(response.node().getCodeElement());
        Optional<String> requestId = response.node().hasIdentifierElement()
                ? Optional.of(reading.value(
                        response.child(response.node().getIdentifierElement(), "identifier"), "the request's id"))
                : Optional.empty();

        Optional<At<ServiceRequest>> request = Optional.empty();
        List<At<ServiceRequest>> requests = reading.index().ofType(ServiceRequest.class);
        for (At<ServiceRequest> each : requests) {
            for (Reference focus : node.getFocus()) {
                if (reading.pointsAt(focus, header, each.node())) {
                    request = Optional.of(each);
                    reading.use(focus);
                }
            }
        }
        if (request.isEmpty() && requests.size() == 1) {
            request = Optional.of(requests.get(0));
        }
        Optional<String> onwardId = Optional.empty();
        Optional<String> status = Optional.empty();
        if (request.isPresent()) {
            At<ServiceRequest> found = reading.read(request.get());
            onwardId = reading.identifier(found, found.node().getIdentifier(), Systems.ONWARD_REFERRAL_ID);
            if (found.node().hasStatus()) {
                status =
                        Optional.of(reading.use(found.node().getStatusElement()).getCode());
            }
        }
        return new Response(requestId, response.node().getCode().toCode(), onwardId, status);
    }
}

package org.socialprescribing.fhir.mapping;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.socialprescribing.fhir.FhirFormatException;
import org.socialprescribing.fhir.FhirResourceReader;
import org.socialprescribing.fhir.mapping.internal.BundleWriter;
import org.socialprescribing.fhir.mapping.internal.RandomUuids;
import org.socialprescribing.fhir.mapping.internal.Reading;
import org.socialprescribing.fhir.mapping.internal.ReferralMessageFhir;
import org.socialprescribing.fhir.mapping.internal.ResourceIndex;
import org.socialprescribing.fhir.mapping.internal.Times;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.MappingResult;
import org.socialprescribing.model.episode.OnwardReferral;
import org.socialprescribing.model.episode.SocialPrescribingEpisode;
import org.socialprescribing.model.service.Service;

/**
 * An onward referral as a referral message in the shape of the NHS Booking and Referral Standard (BaRS), and the
 * reading of the response to one.
 *
 * <pre>{@code
 * Bundle message = ReferralMessages.standard()
 *         .withServices(directory)                                  // the VCSE service in full, if known
 *         .toRequest(episode, "OR-1", "https://vcse-hub.example/fhir", Instant.now());
 * MappingResult<ReferralResponse> answer = ReferralMessages.standard().toResponse(responseBundle);
 * }</pre>
 *
 * <p>The request is a {@code message} Bundle: a {@code MessageHeader} first (event {@code
 * https://fhir.nhs.uk/CodeSystem/message-events-bars|servicerequest-request}, reason {@code new}, {@code focus} the
 * ServiceRequest, {@code source.endpoint} the sender's, a {@code destination} naming the directory's service and its
 * provider), the {@code ServiceRequest} ({@code intent} plan and category {@code referral}, as BaRS requires; the
 * onward referral's id, status, kinds of support and needs), the {@code Patient} (with its GP practices), the
 * requester's {@code PractitionerRole} (the one who sent it, else the link worker) and the performer: the directory's
 * {@code HealthcareService} with its {@code Organization} and {@code Location}s when {@link #withServices} knows it,
 * and the recipient's PractitionerRole when recorded.
 *
 * <p><b>BaRS has no social prescribing use case</b> (its {@code usecases-categories-bars} code system covers urgent
 * and emergency care, community pharmacy, mutual aid, e-RS and GP; issue 12). The use-case coding is therefore
 * pluggable ({@link #withUseCase}) and absent by default: the SDK never invents a BaRS code. The resources declare no
 * BaRS profile either, since no BaRS profile allows a message without a use case; they validate against R4 and the
 * SDK's package.
 *
 * <p>Immutable and thread-safe if its UUID source is.
 */
public final class ReferralMessages {

    private final Supplier<UUID> ids;
    private final EpisodeBundles services;
    private final Optional<Coding> useCase;

    private ReferralMessages(Supplier<UUID> ids, EpisodeBundles services, Optional<Coding> useCase) {
        this.ids = ids;
        this.services = services;
        this.useCase = useCase;
    }

    /**
     * Messages with random UUIDs, no known services and no use-case code.
     *
     * @return the messages, never null
     */
    public static ReferralMessages standard() {
        return new ReferralMessages(new RandomUuids(), EpisodeBundles.standard(), Optional.empty());
    }

    /**
     * The same messages with another UUID source (the message id and the entries' fullUrls).
     *
     * @param ids the UUID source, not null
     * @return new messages, never null
     */
    public ReferralMessages withIds(Supplier<UUID> ids) {
        return new ReferralMessages(requireNonNull(ids, "ids"), services, useCase);
    }

    /**
     * The same messages knowing a directory's services, written in full as the performer ({@link
     * EpisodeBundles#withServices}).
     *
     * @param directory the services, each with a directory id; not null
     * @return new messages, never null
     * @throws InvalidValueException if a service has no directory id, or two share one
     */
    public ReferralMessages withServices(Collection<Service> directory) {
        return new ReferralMessages(ids, services.withServices(directory), useCase);
    }

    /**
     * The same messages with a use-case coding added to the ServiceRequest's {@code referral} category, as BaRS
     * carries its use cases ({@code https://fhir.nhs.uk/CodeSystem/usecases-categories-bars}); for when a social
     * prescribing use case is published, or a local one is agreed.
     *
     * @param system the code system, not blank
     * @param code the code, not blank
     * @param display the display, not blank
     * @return new messages, never null
     * @throws InvalidValueException if an argument is blank
     */
    public ReferralMessages withUseCase(String system, String code, String display) {
        for (String[] each : new String[][] {{"system", system}, {"code", code}, {"display", display}}) {
            if (requireNonNull(each[1], each[0]).isBlank()) {
                throw new InvalidValueException(each[0], "must not be blank");
            }
        }
        return new ReferralMessages(ids, services, Optional.of(new Coding(system, code, display)));
    }

    /**
     * Writes the referral request message for one of an episode's onward referrals.
     *
     * @param episode the episode, not null
     * @param onwardReferralId the onward referral's id, not null
     * @param sourceEndpoint the sender's endpoint ({@code MessageHeader.source.endpoint}), not blank
     * @param sentAt when the message is sent (the Bundle's timestamp), not null
     * @return the message Bundle, its MessageHeader first, never null
     * @throws InvalidValueException if the episode has no onward referral with that id, the endpoint is blank, or a
     *     text cannot be carried by FHIR
     */
    public Bundle toRequest(
            SocialPrescribingEpisode episode, String onwardReferralId, String sourceEndpoint, Instant sentAt) {
        requireNonNull(episode, "episode");
        requireNonNull(onwardReferralId, "onwardReferralId");
        requireNonNull(sentAt, "sentAt");
        if (requireNonNull(sourceEndpoint, "sourceEndpoint").isBlank()) {
            throw new InvalidValueException("sourceEndpoint", "must not be blank");
        }
        OnwardReferral onward = episode.onwardReferrals().stream()
                .filter(each -> each.id().equals(onwardReferralId))
                .findFirst()
                .orElseThrow(() -> new InvalidValueException(
                        "onwardReferralId", onwardReferralId, "the episode has no onward referral with this id"));
        BundleWriter bundle = services.writer(Bundle.BundleType.MESSAGE, ids);
        String messageId = ids.get().toString();
        ReferralMessageFhir.write(episode, onward, useCase, sourceEndpoint, bundle);
        Bundle message = bundle.bundle();
        message.setId(messageId);
        message.setTimestampElement(Times.instant(sentAt));
        return message;
    }

    /**
     * Reads a response message ({@code servicerequest-response}): which request it answers, its response code, and
     * the ServiceRequest it is about (its onward referral id and status). Everything else in it is reported as a
     * warning, never dropped silently.
     *
     * @param response the response Bundle, not null; not changed
     * @return what the response says, with warnings for what was not read
     * @throws FhirFormatException if it is not a response message or has no response code
     */
    public MappingResult<ReferralResponse> toResponse(Bundle response) {
        Reading reading = new Reading(ResourceIndex.of(requireNonNull(response, "response")));
        ReferralMessageFhir.Response read = ReferralMessageFhir.read(reading);
        return MappingResult.of(
                new ReferralResponse(
                        read.requestMessageId(),
                        read.responseCode(),
                        read.onwardReferralId(),
                        read.serviceRequestStatus()),
                reading.finish("the response"));
    }

    /**
     * Reads a response message from FHIR JSON or XML text through {@link FhirResourceReader}.
     *
     * @param text the response Bundle, not null
     * @return what the response says, with warnings for what was not read
     * @throws FhirFormatException if the text is not a readable Bundle or not a response message
     */
    public MappingResult<ReferralResponse> parseResponse(String text) {
        return toResponse(FhirResourceReader.standard().parse(requireNonNull(text, "text"), Bundle.class));
    }
}

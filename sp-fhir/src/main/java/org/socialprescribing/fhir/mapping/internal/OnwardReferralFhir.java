package org.socialprescribing.fhir.mapping.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.Communication.CommunicationPayloadComponent;
import org.hl7.fhir.r4.model.Communication.CommunicationStatus;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.HealthcareService;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Observation.ObservationStatus;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestIntent;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Task;
import org.hl7.fhir.r4.model.Task.TaskIntent;
import org.socialprescribing.model.coding.CodedText;
import org.socialprescribing.model.episode.Attendance;
import org.socialprescribing.model.episode.OnwardReferral;
import org.socialprescribing.model.episode.OnwardReferralEvent;
import org.socialprescribing.model.episode.OnwardReferralStatus;
import org.socialprescribing.model.episode.ProviderFeedback;
import org.socialprescribing.model.service.Service;
import org.socialprescribing.model.service.ServiceCategory;
import org.socialprescribing.model.workforce.ProfessionalRef;

/**
 * An onward referral to a VCSE or statutory service: a {@code ServiceRequest} {@code basedOn} the referral (the
 * recipient, if recorded, as {@code performer}, the directory's service as a further {@code performer} by
 * identifier, the kinds of
 * support as {@code category}, the needs as {@code reasonCode}); a Task {@code partOf} the referral's Task with the
 * SDK status in {@code businessStatus}; one Provenance per status change; each piece of provider feedback as a
 * {@code Communication} (category provider_feedback, the text as payload); each session as an {@code Observation}
 * (code session_attendance, {@code valueBoolean} attended, the day as {@code effectiveDateTime}).
 */
final class OnwardReferralFhir {

    private OnwardReferralFhir() {}

    static Reference write(EpisodeWriter writer, OnwardReferral onward, ReferralFhir.Written referral) {
        ServiceRequest request = SpProfile.ONWARD_REFERRAL.claim(new ServiceRequest());
        Reference requestRef = writer.bundle().add(request);
        request.addIdentifier(
                new Identifier().setSystem(Systems.ONWARD_REFERRAL_ID).setValue(onward.id()));
        request.addBasedOn(referral.serviceRequest.copy());
        request.setStatus(StatusTables.serviceRequest(onward.status()));
        request.setIntent(ServiceRequestIntent.ORDER);
        onward.categories().forEach(category -> request.addCategory(Codings.concept(category)));
        request.setSubject(writer.patient());
        OnwardReferralEvent sent = onward.history().get(0);
        request.setAuthoredOnElement(Times.dateTime(sent.at()));
        sent.by().ifPresent(by -> request.setRequester(writer.professional(by)));
        onward.to().ifPresent(to -> request.addPerformer(writer.professional(to)));
        onward.serviceDirectoryId()
                .ifPresent(id -> request.addPerformer(writer.bundle().service(id)));
        onward.needs().forEach(need -> request.addReasonCode(Codings.concept(need)));

        Task task = SpProfile.ONWARD_REFERRAL_TASK.claim(new Task());
        Reference taskRef = writer.bundle().add(task);
        task.addPartOf(referral.task.copy());
        task.setStatus(StatusTables.task(onward.status()));
        task.setBusinessStatus(Codings.concept(onward.status()));
        task.setIntent(TaskIntent.ORDER);
        task.setCode(ReferralFhir.fulfill());
        task.setFocus(requestRef.copy());
        task.setFor(writer.patient());
        task.setAuthoredOnElement(Times.dateTime(sent.at()));
        task.setLastModifiedElement(
                Times.dateTime(onward.history().get(onward.history().size() - 1).at()));
        sent.by().ifPresent(by -> task.setRequester(writer.professional(by)));
        onward.to().ifPresent(to -> task.setOwner(writer.professional(to)));
        List<StatusHistoryFhir.Change<OnwardReferralStatus>> changes = new ArrayList<>();
        for (OnwardReferralEvent event : onward.history()) {
            changes.add(new StatusHistoryFhir.Change<>(event.to(), event.at(), event.by(), event.reason()));
        }
        StatusHistoryFhir.write(writer, taskRef, changes);

        for (ProviderFeedback feedback : onward.feedback()) {
            Communication communication = new Communication();
            feedback.outcome()
                    .ifPresent(outcome ->
                            Extensions.add(communication, SpExtension.FEEDBACK_OUTCOME, Codings.concept(outcome)));
            communication.addBasedOn(requestRef.copy());
            communication.setStatus(CommunicationStatus.COMPLETED);
            communication.addCategory(Codings.concept(RecordType.PROVIDER_FEEDBACK));
            communication.setSubject(writer.patient());
            communication.setSentElement(Times.dateTime(feedback.at()));
            feedback.from().ifPresent(from -> communication.setSender(writer.professional(from)));
            communication.addPayload().setContent(new StringType(feedback.text()));
            writer.bundle().add(communication);
        }
        for (Attendance attendance : onward.attendance()) {
            Observation observation = new Observation();
            observation.addBasedOn(requestRef.copy());
            observation.setStatus(ObservationStatus.FINAL);
            observation.setCode(Codings.concept(RecordType.SESSION_ATTENDANCE));
            observation.setSubject(writer.patient());
            observation.setEffective(Times.dateTime(attendance.date()));
            observation.setValue(new BooleanType(attendance.attended()));
            attendance.note().ifPresent(note -> observation.addNote().setText(note));
            writer.bundle().add(observation);
        }
        return requestRef;
    }

    /**
     * Reads whom a referral or signposting is to (the first reference to a PractitionerRole) and the directory's
     * service (a HealthcareService by identifier), each if recorded, in either order. Other references are left
     * for {@link Reading#finish} to report.
     */
    static void recipientAndService(
            EpisodeReading episode,
            At<? extends Resource> host,
            List<Reference> references,
            String name,
            Consumer<ProfessionalRef> recipient,
            Consumer<String> serviceDirectoryId) {
        boolean to = false;
        boolean directory = false;
        for (int i = 0; i < references.size(); i++) {
            At<Reference> reference = host.child(references.get(i), name, i);
            Optional<String> directoryId = directory ? Optional.empty() : directoryServiceId(episode, reference, host);
            if (directoryId.isPresent()) {
                serviceDirectoryId.accept(directoryId.get());
                directory = true;
            } else if (!to && reference.node().hasReference()) {
                recipient.accept(episode.professional(reference, host));
                to = true;
            }
        }
    }

    /**
     * The directory id of a reference to a directory's service: {@code type} HealthcareService with the id as
     * {@code identifier}. When it also points at a HealthcareService of the input (as the SDK writes it when it
     * knows the service), that service, its provider and its locations are read as {@code ServiceMapper} reads
     * them, and its directory id must be the same.
     */
    static Optional<String> directoryServiceId(
            EpisodeReading episode, At<Reference> reference, At<? extends Resource> host) {
        Reading reading = episode.reading();
        Reference node = reference.node();
        if (!"HealthcareService".equals(node.getType())
                || !node.hasIdentifier()
                || !Systems.SERVICE_DIRECTORY_ID.equals(node.getIdentifier().getSystem())) {
            return Optional.empty();
        }
        At<Identifier> identifier = reference.child(node.getIdentifier(), "identifier");
        reading.use(node.getTypeElement());
        reading.use(identifier.node().getSystemElement());
        String id = reading.value(identifier.child(identifier.node().getValueElement(), "value"), "the directory id");
        if (node.hasReference()) {
            Service service = episode.service(reading.resolve(reference, HealthcareService.class, host));
            if (!service.directoryId().equals(Optional.of(id))) {
                throw reading.invalid(
                        reference.path() + ".identifier",
                        "must be the directory id of the HealthcareService it points at");
            }
        }
        return Optional.of(id);
    }

    static OnwardReferral read(EpisodeReading episode, At<ServiceRequest> request, At<Task> referralTask) {
        Reading reading = episode.reading();
        ServiceRequest node = reading.read(request).node();
        OnwardReferral.Builder onward = OnwardReferral.builder();
        onward.id(reading.identifier(request, node.getIdentifier(), Systems.ONWARD_REFERRAL_ID)
                .orElseThrow(() -> reading.missing(
                        request.path() + ".identifier",
                        "the onward referral's id (system " + Systems.ONWARD_REFERRAL_ID + ")")));
        reading.use(node.getStatusElement());
        if (node.getIntent() == ServiceRequestIntent.ORDER) {
            reading.use(node.getIntentElement());
        }
        for (int i = 0; i < node.getCategory().size(); i++) {
            onward.addCategory(Codings.codedValueOf(
                    reading, request.child(node.getCategory().get(i), "category", i), ServiceCategory.class));
        }
        episode.requirePatient(request.child(node.getSubject(), "subject"), request);
        reading.use(node.hasAuthoredOnElement() ? node.getAuthoredOnElement() : null);
        if (node.hasRequester()) {
            episode.professional(request.child(node.getRequester(), "requester"), request);
        }
        recipientAndService(episode, request, node.getPerformer(), "performer", onward::to, onward::serviceDirectoryId);
        for (int i = 0; i < node.getReasonCode().size(); i++) {
            onward.addNeed(Codings.codedText(
                    reading, request.child(node.getReasonCode().get(i), "reasonCode", i)));
        }

        At<Task> task = ReferralFhir.task(episode, request);
        Task taskNode = task.node();
        if (taskNode.getPartOf().size() != 1
                || !reading.pointsAt(taskNode.getPartOf().get(0), task, referralTask.node())) {
            throw reading.invalid(task.path() + ".partOf", "must point at the referral's Task");
        }
        reading.use(taskNode.getPartOf().get(0));
        List<OnwardReferralEvent> history =
                history(reading, task, StatusHistoryFhir.read(episode, task, OnwardReferralStatus.class));
        onward.addAllHistory(history);
        OnwardReferralStatus status = history.get(history.size() - 1).to();
        ReferralFhir.checkTask(reading, task, status, StatusTables.task(status));
        reading.use(taskNode.getAuthoredOnElement());
        reading.use(taskNode.hasLastModifiedElement() ? taskNode.getLastModifiedElement() : null);
        episode.requirePatient(task.child(taskNode.getFor(), "for"), task);
        if (taskNode.hasRequester()) {
            episode.professional(task.child(taskNode.getRequester(), "requester"), task);
        }
        if (taskNode.hasOwner()) {
            episode.professional(task.child(taskNode.getOwner(), "owner"), task);
        }

        for (At<Communication> communication :
                episode.pointingAt(Communication.class, Communication::getBasedOn, "basedOn", node)) {
            onward.addFeedback(feedback(episode, reading.read(communication)));
        }
        for (At<Observation> observation :
                episode.pointingAt(Observation.class, Observation::getBasedOn, "basedOn", node)) {
            onward.addAttendance(attendance(episode, reading.read(observation)));
        }
        return reading.build(request.path(), onward::build);
    }

    private static List<OnwardReferralEvent> history(
            Reading reading, At<Task> task, List<StatusHistoryFhir.Change<OnwardReferralStatus>> changes) {
        if (changes.isEmpty()) {
            throw reading.missing(task.path(), "a Provenance for each status change of the onward referral");
        }
        List<OnwardReferralEvent> history = new ArrayList<>();
        Optional<OnwardReferralStatus> from = Optional.empty();
        for (StatusHistoryFhir.Change<OnwardReferralStatus> change : changes) {
            history.add(OnwardReferralEvent.builder()
                    .from(from)
                    .to(change.to)
                    .at(change.at)
                    .by(change.by)
                    .reason(change.reason)
                    .build());
            from = Optional.of(change.to);
        }
        return history;
    }

    private static ProviderFeedback feedback(EpisodeReading episode, At<Communication> communication) {
        Reading reading = episode.reading();
        Communication node = communication.node();
        ProviderFeedback.Builder feedback = ProviderFeedback.builder();
        Optional<CodedText> outcome = Extensions.codedText(reading, communication, SpExtension.FEEDBACK_OUTCOME);
        feedback.outcome(outcome);
        reading.use(node.getStatusElement());
        Codings.requireCategory(reading, communication, node.getCategory(), RecordType.PROVIDER_FEEDBACK);
        episode.requirePatient(communication.child(node.getSubject(), "subject"), communication);
        if (!node.hasSentElement()) {
            throw reading.missing(communication.path() + ".sent", "when the feedback was given");
        }
        feedback.at(Times.instant(reading, communication.child(node.getSentElement(), "sent")));
        if (node.hasSender()) {
            feedback.from(episode.professional(communication.child(node.getSender(), "sender"), communication));
        }
        if (node.getPayload().size() != 1 || !(node.getPayloadFirstRep().getContent() instanceof StringType)) {
            throw reading.missing(communication.path() + ".payload", "the feedback as one text payload");
        }
        At<CommunicationPayloadComponent> payload = communication.child(node.getPayloadFirstRep(), "payload", 0);
        feedback.text(reading.value(
                payload.child((StringType) payload.node().getContent(), "contentString"), "the feedback"));
        return reading.build(communication.path(), feedback::build);
    }

    private static Attendance attendance(EpisodeReading episode, At<Observation> observation) {
        Reading reading = episode.reading();
        Observation node = observation.node();
        Attendance.Builder attendance = Attendance.builder();
        reading.use(node.getStatusElement());
        if (!node.hasCode()
                || !Codings.useIfCode(reading, node.getCode(), Codings.coding(RecordType.SESSION_ATTENDANCE))) {
            throw reading.invalid(
                    observation.path() + ".code", "must be " + Systems.RECORD_TYPE + "|session_attendance");
        }
        episode.requirePatient(observation.child(node.getSubject(), "subject"), observation);
        if (!(node.getEffective() instanceof DateTimeType)) {
            throw reading.missing(observation.path() + ".effectiveDateTime", "the day of the session");
        }
        attendance.date(
                Times.date(reading, observation.child((DateTimeType) node.getEffective(), "effectiveDateTime")));
        if (!(node.getValue() instanceof BooleanType)) {
            throw reading.missing(observation.path() + ".valueBoolean", "whether the person attended");
        }
        attendance.attended(
                reading.value(observation.child((BooleanType) node.getValue(), "valueBoolean"), "attended"));
        if (node.hasNote()) {
            At<org.hl7.fhir.r4.model.Annotation> note = observation.child(node.getNoteFirstRep(), "note", 0);
            attendance.note(reading.value(note.child(note.node().getTextElement(), "text"), "the note"));
        }
        return reading.build(observation.path(), attendance::build);
    }
}

package org.socialprescribing.fhir.mapping.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestIntent;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestPriority;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Task;
import org.hl7.fhir.r4.model.Task.TaskIntent;
import org.hl7.fhir.r4.model.Task.TaskStatus;
import org.socialprescribing.model.coding.CodedValue;
import org.socialprescribing.model.coding.Snomed;
import org.socialprescribing.model.episode.Referral;
import org.socialprescribing.model.episode.ReferralJourney;
import org.socialprescribing.model.episode.ReferralMethod;
import org.socialprescribing.model.episode.ReferralSource;
import org.socialprescribing.model.episode.ReferralStatus;
import org.socialprescribing.model.episode.StatusEvent;
import org.socialprescribing.model.episode.Urgency;
import org.socialprescribing.model.workforce.ProfessionalRef;

/**
 * The referral to the social prescribing service and its journey: a {@code ServiceRequest} (code SNOMED CT
 * 871731000000106, the presenting needs as {@code reasonCode}, the referrer as {@code requester} and the recipient as
 * {@code performer} when recorded, urgency as {@code priority}, do-not-contact as the Gravity {@code orderDetail}
 * contacting-subject-prohibited, the referrer's consent as {@code supportingInfo}), a Gravity referral {@code Task}
 * (intent order, code fulfill, focus the ServiceRequest, status by {@link StatusTables}, the SDK status in {@code
 * businessStatus}; a declined referral's {@code statusReason} carries SNOMED CT 871711000000103) and one
 * Provenance per journey event.
 */
final class ReferralFhir {

    private ReferralFhir() {}

    /** The referral's resources, for the resources that point at them. */
    static final class Written {
        final Reference serviceRequest;
        final Reference task;

        Written(Reference serviceRequest, Reference task) {
            this.serviceRequest = serviceRequest;
            this.task = task;
        }
    }

    static Written write(
            EpisodeWriter writer, Referral referral, ReferralJourney journey, Optional<ProfessionalRef> linkWorker) {
        ServiceRequest request = SpProfile.REFERRAL.claim(new ServiceRequest());
        Reference requestRef = writer.bundle().add(request);
        referral.source()
                .ifPresent(source -> Extensions.add(request, SpExtension.REFERRAL_SOURCE, Codings.coding(source)));
        referral.method()
                .ifPresent(method -> Extensions.add(request, SpExtension.REFERRAL_METHOD, Codings.coding(method)));
        referral.reasonForReferral()
                .ifPresent(reason -> Extensions.add(request, SpExtension.REASON_FOR_REFERRAL, new StringType(reason)));
        referral.personReportedNeeds()
                .forEach(need -> Extensions.add(request, SpExtension.PERSON_REPORTED_NEED, new StringType(need)));
        referral.returnResponseTo()
                .ifPresent(to -> Extensions.add(request, SpExtension.RETURN_RESPONSE_TO, writer.professional(to)));
        referral.referralId()
                .ifPresent(id -> request.addIdentifier(
                        new Identifier().setSystem(Systems.REFERRAL_ID).setValue(id)));
        request.setStatus(StatusTables.serviceRequest(journey.status()));
        request.setIntent(ServiceRequestIntent.ORDER);
        referral.urgency().ifPresent(urgency -> request.setPriority(ServiceRequestPriority.fromCode(urgency.code())));
        request.setCode(new CodeableConcept(Codings.coding(Snomed.REFERRAL_TO_SOCIAL_PRESCRIBING_SERVICE)));
        if (referral.doNotContact()) {
            request.addOrderDetail(new CodeableConcept(new Coding(
                    Systems.SDOHCC_TEMPORARY_CODES,
                    Systems.CONTACTING_SUBJECT_PROHIBITED,
                    "Contacting Subject Prohibited")));
        }
        request.setSubject(writer.patient());
        referral.referredAt().ifPresent(at -> request.setAuthoredOnElement(Times.dateTime(at)));
        referral.referrer().ifPresent(referrer -> request.setRequester(writer.professional(referrer)));
        referral.referredTo().ifPresent(to -> request.addPerformer(writer.professional(to)));
        referral.presentingNeeds().forEach(need -> request.addReasonCode(Codings.concept(need)));
        referral.consentToShare()
                .ifPresent(
                        consent -> request.addSupportingInfo(writer.bundle().add(ConsentFhir.write(writer, consent))));

        Task task = SpProfile.REFERRAL_TASK.claim(new Task());
        Reference taskRef = writer.bundle().add(task);
        ReferralStatus status = journey.status();
        task.setStatus(StatusTables.task(status));
        statusReason(journey).ifPresent(task::setStatusReason);
        task.setBusinessStatus(Codings.concept(status));
        task.setIntent(TaskIntent.ORDER);
        task.setCode(fulfill());
        task.setFocus(requestRef.copy());
        task.setFor(writer.patient());
        task.setAuthoredOnElement(Times.dateTime(journey.events().get(0).at()));
        task.setLastModifiedElement(Times.dateTime(journey.lastChanged()));
        referral.referrer().ifPresent(referrer -> task.setRequester(writer.professional(referrer)));
        linkWorker.ifPresent(worker -> task.setOwner(writer.professional(worker)));
        List<StatusHistoryFhir.Change<ReferralStatus>> changes = new ArrayList<>();
        for (StatusEvent event : journey.events()) {
            changes.add(new StatusHistoryFhir.Change<>(event.to(), event.at(), event.by(), event.reason()));
        }
        StatusHistoryFhir.write(writer, taskRef, changes);
        return new Written(requestRef, taskRef);
    }

    static CodeableConcept fulfill() {
        return new CodeableConcept(new Coding(Systems.TASK_CODE, "fulfill", "Fulfill the focal request"));
    }

    /** Gravity asks for a reason on rejected, cancelled, on-hold and failed Tasks; the last event's says why. */
    private static Optional<CodeableConcept> statusReason(ReferralJourney journey) {
        StatusEvent last = journey.events().get(journey.events().size() - 1);
        CodeableConcept reason = new CodeableConcept();
        if (journey.status() == ReferralStatus.DECLINED) {
            reason.addCoding(Codings.coding(Snomed.SOCIAL_PRESCRIBING_DECLINED));
        }
        last.reason().ifPresent(text -> reason.setText(text.displayText()));
        return reason.isEmpty() ? Optional.empty() : Optional.of(reason);
    }

    /** The referral, its journey and the referral Task, read back. */
    static final class Read {
        final Referral referral;
        final ReferralJourney journey;
        final At<Task> task;

        Read(Referral referral, ReferralJourney journey, At<Task> task) {
            this.referral = referral;
            this.journey = journey;
            this.task = task;
        }
    }

    static Read read(EpisodeReading episode, At<ServiceRequest> request) {
        Reading reading = episode.reading();
        ServiceRequest node = reading.read(request).node();
        Referral.Builder referral = Referral.builder();
        referral.source(Extensions.coded(reading, request, SpExtension.REFERRAL_SOURCE, ReferralSource.class));
        referral.method(Extensions.coded(reading, request, SpExtension.REFERRAL_METHOD, ReferralMethod.class));
        referral.reasonForReferral(Extensions.text(reading, request, SpExtension.REASON_FOR_REFERRAL));
        referral.addAllPersonReportedNeeds(Extensions.texts(reading, request, SpExtension.PERSON_REPORTED_NEED));
        Extensions.one(reading, request, SpExtension.RETURN_RESPONSE_TO)
                .ifPresent(found -> referral.returnResponseTo(
                        episode.professional(Extensions.value(reading, found, Reference.class), request)));
        referral.referralId(reading.identifier(request, node.getIdentifier(), Systems.REFERRAL_ID));
        reading.use(node.getStatusElement());
        reading.use(node.getIntentElement());
        if (node.hasPriority()) {
            referral.urgency(
                    Urgency.valueOf(reading.value(request.child(node.getPriorityElement(), "priority"), "the priority")
                            .name()));
        }
        if (node.hasCode()) {
            Codings.useIfCode(reading, node.getCode(), Codings.coding(Snomed.REFERRAL_TO_SOCIAL_PRESCRIBING_SERVICE));
        }
        boolean doNotContact = false;
        for (CodeableConcept detail : node.getOrderDetail()) {
            if (Codings.useIfCode(
                    reading,
                    detail,
                    new Coding(Systems.SDOHCC_TEMPORARY_CODES, Systems.CONTACTING_SUBJECT_PROHIBITED, null))) {
                doNotContact = true;
            }
        }
        referral.doNotContact(doNotContact);
        episode.requirePatient(request.child(node.getSubject(), "subject"), request);
        if (node.hasAuthoredOnElement()) {
            referral.referredAt(Times.instant(reading, request.child(node.getAuthoredOnElement(), "authoredOn")));
        }
        if (node.hasRequester()) {
            referral.referrer(episode.referrer(request.child(node.getRequester(), "requester"), request));
        }
        if (node.hasPerformer()) {
            referral.referredTo(
                    episode.professional(request.child(node.getPerformerFirstRep(), "performer", 0), request));
        }
        for (int i = 0; i < node.getReasonCode().size(); i++) {
            referral.addPresentingNeed(Codings.codedText(
                    reading, request.child(node.getReasonCode().get(i), "reasonCode", i)));
        }
        if (node.hasSupportingInfo()) {
            At<Consent> consent = reading.resolve(
                    request.child(node.getSupportingInfoFirstRep(), "supportingInfo", 0), Consent.class, request);
            referral.consentToShare(ConsentFhir.read(episode, consent));
        }

        At<Task> task = task(episode, request);
        Task taskNode = task.node();
        List<StatusHistoryFhir.Change<ReferralStatus>> changes =
                StatusHistoryFhir.read(episode, task, ReferralStatus.class);
        ReferralJourney journey = journey(reading, task, changes);
        checkTask(reading, task, journey.status(), StatusTables.task(journey.status()));
        reading.use(taskNode.hasStatusReason() ? taskNode.getStatusReason() : null);
        reading.use(taskNode.getAuthoredOnElement());
        reading.use(taskNode.hasLastModifiedElement() ? taskNode.getLastModifiedElement() : null);
        episode.requirePatient(task.child(taskNode.getFor(), "for"), task);
        if (taskNode.hasRequester()) {
            episode.professional(task.child(taskNode.getRequester(), "requester"), task);
        }
        if (taskNode.hasOwner()) {
            episode.professional(task.child(taskNode.getOwner(), "owner"), task); // derived: the link worker
        }
        return new Read(reading.build(request.path(), referral::build), journey, task);
    }

    /** Finds the one Task whose focus is this request. */
    static At<Task> task(EpisodeReading episode, At<ServiceRequest> request) {
        List<At<Task>> tasks = episode.pointingAt(
                Task.class, task -> task.hasFocus() ? List.of(task.getFocus()) : List.of(), "focus", request.node());
        if (tasks.size() != 1) {
            throw episode.reading()
                    .structure(request.path(), "must be the focus of exactly one Task, not " + tasks.size());
        }
        At<Task> task = episode.reading().read(tasks.get(0));
        Task node = task.node();
        Reading reading = episode.reading();
        if (node.getIntent() == TaskIntent.ORDER) {
            reading.use(node.getIntentElement());
        }
        if (node.hasCode()) {
            Codings.useIfCode(reading, node.getCode(), fulfill().getCodingFirstRep());
        }
        return task;
    }

    /** The Task's status and business status must agree with the history read from the Provenances. */
    static void checkTask(Reading reading, At<Task> task, CodedValue status, TaskStatus expected) {
        Task node = task.node();
        if (!node.hasBusinessStatus()) {
            throw reading.missing(task.path() + ".businessStatus", "the SDK status");
        }
        At<CodeableConcept> business = task.child(node.getBusinessStatus(), "businessStatus");
        if (!Codings.useIfCode(reading, business.node(), Codings.coding(status))) {
            throw reading.invalid(
                    business.path(), "must be " + status.code() + ", the status the Provenance history ends in");
        }
        if (node.getStatus() != expected) {
            throw reading.invalid(
                    task.path() + ".status", "must be " + expected.toCode() + " for the status " + status.code());
        }
        reading.use(node.getStatusElement());
    }

    private static ReferralJourney journey(
            Reading reading, At<Task> task, List<StatusHistoryFhir.Change<ReferralStatus>> changes) {
        if (changes.isEmpty()) {
            throw reading.missing(task.path(), "a Provenance for each status change of the referral");
        }
        ReferralJourney.Builder journey = ReferralJourney.builder();
        Optional<ReferralStatus> from = Optional.empty();
        for (StatusHistoryFhir.Change<ReferralStatus> change : changes) {
            StatusEvent.Builder event = StatusEvent.builder()
                    .from(from)
                    .to(change.to)
                    .at(change.at)
                    .by(change.by)
                    .reason(change.reason);
            journey.addEvent(event.build());
            from = Optional.of(change.to);
        }
        return reading.build(task.path(), journey::build);
    }
}

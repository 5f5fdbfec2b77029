package org.socialprescribing.fhir.mapping.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestStatus;
import org.hl7.fhir.r4.model.Task;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.fhir.FhirIssueCode;
import org.socialprescribing.model.coding.CodedText;
import org.socialprescribing.model.episode.ReferralJourney;
import org.socialprescribing.model.episode.ReferralStatus;
import org.socialprescribing.model.episode.StatusEvent;

/**
 * The journey of another system's referral, derived from what is there, as {@code docs/fhir.md} ("Intake: the
 * journey") documents. It starts {@code received} at the Task's {@code authoredOn}, else the ServiceRequest's, else
 * the Bundle's {@code timestamp} or {@code meta.lastUpdated}, else the time of import (a warning). The Task's FHIR status (else the ServiceRequest's)
 * gives the current status through the shortest path of the referral lifecycle, the inverse of the SDK's own status
 * table ({@link StatusTables}): {@code in-progress} is accepted then in progress, {@code failed} accepted then did
 * not engage. The later events are at the Task's {@code lastModified} (else the time received); the Task's {@code
 * statusReason} is the reason of the last one. A ServiceRequest its sender revoked cancels the referral, with a
 * warning.
 */
final class IntakeJourney {

    private IntakeJourney() {}

    static Instant received(
            Intake intake,
            Bundle bundle,
            At<ServiceRequest> request,
            Optional<At<Task>> task,
            Optional<Instant> authored,
            Instant now) {
        if (task.isPresent() && task.get().node().hasAuthoredOnElement()) {
            Optional<Instant> at = IntakeEpisode.instant(
                    intake, task.get().child(task.get().node().getAuthoredOnElement(), "authoredOn"));
            if (at.isPresent()) {
                return at.get();
            }
        }
        if (authored.isPresent()) {
            return authored.get();
        }
        if (bundle.hasTimestamp()) {
            return bundle.getTimestampElement().getValue().toInstant();
        }
        if (bundle.hasMeta() && bundle.getMeta().hasLastUpdated()) {
            return bundle.getMeta().getLastUpdated().toInstant();
        }
        if (request.node().hasMeta() && request.node().getMeta().hasLastUpdated()) {
            return request.node().getMeta().getLastUpdated().toInstant();
        }
        intake.warn(
                FhirIssueCode.MISSING_ELEMENT,
                request.path() + ".authoredOn",
                "nothing dates the referral (authoredOn, Task.authoredOn, Bundle.timestamp, meta.lastUpdated);"
                        + " it is taken as received at the time of import");
        return now;
    }

    static ReferralJourney derive(
            Intake intake, At<ServiceRequest> request, Optional<At<Task>> task, Instant received) {
        List<ReferralStatus> path = new ArrayList<>();
        Instant changed = received;
        Optional<CodedText> reason = Optional.empty();
        if (task.isPresent()) {
            Task node = task.get().node();
            if (node.hasStatus()) {
                intake.reading().use(node.getStatusElement());
                path.addAll(fromTask(node.getStatus()));
            }
            if (node.hasLastModifiedElement()) {
                Optional<Instant> at =
                        IntakeEpisode.instant(intake, task.get().child(node.getLastModifiedElement(), "lastModified"));
                if (at.isPresent() && at.get().isAfter(received)) {
                    changed = at.get();
                }
            }
            if (node.hasStatusReason() && !path.isEmpty()) {
                reason = IntakeParties.concept(intake, task.get().child(node.getStatusReason(), "statusReason"));
            }
        } else {
            @Nullable
            InstantType updated =
                    request.node().hasMeta() ? request.node().getMeta().getLastUpdatedElement() : null;
            if (updated != null
                    && updated.getValue() != null
                    && updated.getValue().toInstant().isAfter(received)) {
                changed = updated.getValue().toInstant();
            }
            path.addAll(fromServiceRequest(request.node().getStatus()));
        }
        if (request.node().getStatus() == ServiceRequestStatus.REVOKED) {
            intake.warn(
                    FhirIssueCode.REFERRAL_REVOKED,
                    request.path() + ".status",
                    "the sender revoked (cancelled) the referral; imported as cancelled");
            ReferralStatus last = path.isEmpty() ? ReferralStatus.RECEIVED : path.get(path.size() - 1);
            if (last.next().contains(ReferralStatus.CANCELLED)) {
                path.add(ReferralStatus.CANCELLED);
            }
        }
        ReferralJourney.Builder journey = ReferralJourney.builder()
                .addEvent(StatusEvent.builder()
                        .to(ReferralStatus.RECEIVED)
                        .at(received)
                        .build());
        ReferralStatus from = ReferralStatus.RECEIVED;
        for (int i = 0; i < path.size(); i++) {
            StatusEvent.Builder event =
                    StatusEvent.builder().from(from).to(path.get(i)).at(changed);
            if (i == path.size() - 1) {
                event.reason(reason);
            }
            journey.addEvent(event.build());
            from = path.get(i);
        }
        // A received referral has no event to hold a statusReason: left unread, the report names it.
        return intake.reading().build(request.path(), journey::build);
    }

    /** The shortest path from received to the status the Task's FHIR status stands for. */
    private static List<ReferralStatus> fromTask(Task.TaskStatus status) {
        switch (status) {
            case ACCEPTED:
                return List.of(ReferralStatus.ACCEPTED);
            case REJECTED:
                return List.of(ReferralStatus.DECLINED);
            case INPROGRESS:
                return List.of(ReferralStatus.ACCEPTED, ReferralStatus.IN_PROGRESS);
            case ONHOLD:
                return List.of(ReferralStatus.ACCEPTED, ReferralStatus.ON_HOLD);
            case COMPLETED:
                return List.of(ReferralStatus.ACCEPTED, ReferralStatus.IN_PROGRESS, ReferralStatus.COMPLETED);
            case FAILED:
                return List.of(ReferralStatus.ACCEPTED, ReferralStatus.DID_NOT_ENGAGE);
            case CANCELLED:
                return List.of(ReferralStatus.CANCELLED);
            case ENTEREDINERROR:
                return List.of(ReferralStatus.ENTERED_IN_ERROR);
            default:
                return List.of(); // draft, requested, received, ready: received
        }
    }

    private static List<ReferralStatus> fromServiceRequest(ServiceRequestStatus status) {
        if (status == null) {
            return List.of();
        }
        switch (status) {
            case ONHOLD:
                return List.of(ReferralStatus.ACCEPTED, ReferralStatus.ON_HOLD);
            case COMPLETED:
                return List.of(ReferralStatus.ACCEPTED, ReferralStatus.IN_PROGRESS, ReferralStatus.COMPLETED);
            case ENTEREDINERROR:
                return List.of(ReferralStatus.ENTERED_IN_ERROR);
            default:
                return List.of(); // draft, active, unknown: received; revoked: cancelled, with a warning
        }
    }
}

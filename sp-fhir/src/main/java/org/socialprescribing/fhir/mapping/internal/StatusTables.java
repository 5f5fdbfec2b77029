package org.socialprescribing.fhir.mapping.internal;

import org.hl7.fhir.r4.model.EpisodeOfCare.EpisodeOfCareStatus;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestStatus;
import org.hl7.fhir.r4.model.Task.TaskStatus;
import org.socialprescribing.model.episode.OnwardReferralStatus;
import org.socialprescribing.model.episode.ReferralStatus;

/**
 * How the SDK's fine-grained statuses show in FHIR's coarse ones. The Task status follows the Gravity SDOH referral
 * Task (which allows every R4 task status but {@code ready} and {@code received}); the SDK status itself travels
 * in {@code Task.businessStatus}, so nothing is lost. The tables are documented in {@code docs/fhir.md}.
 */
public final class StatusTables {

    private StatusTables() {}

    /**
     * @param status the referral's status
     * @return the referral Task's status
     */
    public static TaskStatus task(ReferralStatus status) {
        // Switch expressions without a default: a new status fails to compile until it is mapped.
        return switch (status) {
            case RECEIVED -> TaskStatus.REQUESTED;
            case ACCEPTED -> TaskStatus.ACCEPTED;
            case DECLINED -> TaskStatus.REJECTED;
            case CONTACTED, IN_PROGRESS, ONWARD_REFERRED -> TaskStatus.INPROGRESS;
            case ON_HOLD -> TaskStatus.ONHOLD;
            case COMPLETED -> TaskStatus.COMPLETED;
            case DID_NOT_ENGAGE -> TaskStatus.FAILED;
            case CANCELLED -> TaskStatus.CANCELLED;
            case ENTERED_IN_ERROR -> TaskStatus.ENTEREDINERROR;
        };
    }

    /**
     * @param status the referral's status
     * @return the referral ServiceRequest's status, as the referrer sees it
     */
    public static ServiceRequestStatus serviceRequest(ReferralStatus status) {
        return switch (status) {
            case ON_HOLD -> ServiceRequestStatus.ONHOLD;
            case COMPLETED -> ServiceRequestStatus.COMPLETED;
            case DECLINED, DID_NOT_ENGAGE, CANCELLED -> ServiceRequestStatus.REVOKED;
            case ENTERED_IN_ERROR -> ServiceRequestStatus.ENTEREDINERROR;
            case RECEIVED, ACCEPTED, CONTACTED, IN_PROGRESS, ONWARD_REFERRED -> ServiceRequestStatus.ACTIVE;
        };
    }

    /**
     * @param status the referral's status
     * @return the EpisodeOfCare's status
     */
    public static EpisodeOfCareStatus episode(ReferralStatus status) {
        return switch (status) {
            case RECEIVED -> EpisodeOfCareStatus.PLANNED;
            case ACCEPTED -> EpisodeOfCareStatus.WAITLIST;
            case ON_HOLD -> EpisodeOfCareStatus.ONHOLD;
            case COMPLETED, DID_NOT_ENGAGE -> EpisodeOfCareStatus.FINISHED;
            case DECLINED, CANCELLED -> EpisodeOfCareStatus.CANCELLED;
            case ENTERED_IN_ERROR -> EpisodeOfCareStatus.ENTEREDINERROR;
            case CONTACTED, IN_PROGRESS, ONWARD_REFERRED -> EpisodeOfCareStatus.ACTIVE;
        };
    }

    /**
     * @param status the onward referral's status
     * @return its Task's status
     */
    public static TaskStatus task(OnwardReferralStatus status) {
        return switch (status) {
            case SENT -> TaskStatus.REQUESTED;
            case ACCEPTED -> TaskStatus.ACCEPTED;
            case DECLINED -> TaskStatus.REJECTED;
            case STARTED -> TaskStatus.INPROGRESS;
            case NOT_STARTED, DISCONTINUED -> TaskStatus.FAILED;
            case COMPLETED -> TaskStatus.COMPLETED;
            case CANCELLED -> TaskStatus.CANCELLED;
            case ENTERED_IN_ERROR -> TaskStatus.ENTEREDINERROR;
        };
    }

    /**
     * @param status the onward referral's status
     * @return its ServiceRequest's status
     */
    public static ServiceRequestStatus serviceRequest(OnwardReferralStatus status) {
        return switch (status) {
            case COMPLETED -> ServiceRequestStatus.COMPLETED;
            case DECLINED, NOT_STARTED, DISCONTINUED, CANCELLED -> ServiceRequestStatus.REVOKED;
            case ENTERED_IN_ERROR -> ServiceRequestStatus.ENTEREDINERROR;
            case SENT, ACCEPTED, STARTED -> ServiceRequestStatus.ACTIVE;
        };
    }
}

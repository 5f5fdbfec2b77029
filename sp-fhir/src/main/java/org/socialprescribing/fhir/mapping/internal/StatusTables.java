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
        switch (status) {
            case RECEIVED:
                return TaskStatus.REQUESTED;
            case ACCEPTED:
                return TaskStatus.ACCEPTED;
            case DECLINED:
                return TaskStatus.REJECTED;
            case CONTACTED:
            case IN_PROGRESS:
            case ONWARD_REFERRED:
                return TaskStatus.INPROGRESS;
            case ON_HOLD:
                return TaskStatus.ONHOLD;
            case COMPLETED:
                return TaskStatus.COMPLETED;
            case DID_NOT_ENGAGE:
                return TaskStatus.FAILED;
            case CANCELLED:
                return TaskStatus.CANCELLED;
            default:
                return TaskStatus.ENTEREDINERROR;
        }
    }

    /**
     * @param status the referral's status
     * @return the referral ServiceRequest's status, as the referrer sees it
     */
    public static ServiceRequestStatus serviceRequest(ReferralStatus status) {
        switch (status) {
            case ON_HOLD:
                return ServiceRequestStatus.ONHOLD;
            case COMPLETED:
                return ServiceRequestStatus.COMPLETED;
            case DECLINED:
            case DID_NOT_ENGAGE:
            case CANCELLED:
                return ServiceRequestStatus.REVOKED;
            case ENTERED_IN_ERROR:
                return ServiceRequestStatus.ENTEREDINERROR;
            default:
                return ServiceRequestStatus.ACTIVE;
        }
    }

    /**
     * @param status the referral's status
     * @return the EpisodeOfCare's status
     */
    public static EpisodeOfCareStatus episode(ReferralStatus status) {
        switch (status) {
            case RECEIVED:
                return EpisodeOfCareStatus.PLANNED;
            case ACCEPTED:
                return EpisodeOfCareStatus.WAITLIST;
            case ON_HOLD:
                return EpisodeOfCareStatus.ONHOLD;
            case COMPLETED:
            case DID_NOT_ENGAGE:
                return EpisodeOfCareStatus.FINISHED;
            case DECLINED:
            case CANCELLED:
                return EpisodeOfCareStatus.CANCELLED;
            case ENTERED_IN_ERROR:
                return EpisodeOfCareStatus.ENTEREDINERROR;
            default:
                return EpisodeOfCareStatus.ACTIVE;
        }
    }

    /**
     * @param status the onward referral's status
     * @return its Task's status
     */
    public static TaskStatus task(OnwardReferralStatus status) {
        switch (status) {
            case SENT:
                return TaskStatus.REQUESTED;
            case ACCEPTED:
                return TaskStatus.ACCEPTED;
            case DECLINED:
                return TaskStatus.REJECTED;
            case STARTED:
                return TaskStatus.INPROGRESS;
            case NOT_STARTED:
            case DISCONTINUED:
                return TaskStatus.FAILED;
            case COMPLETED:
                return TaskStatus.COMPLETED;
            case CANCELLED:
                return TaskStatus.CANCELLED;
            default:
                return TaskStatus.ENTEREDINERROR;
        }
    }

    /**
     * @param status the onward referral's status
     * @return its ServiceRequest's status
     */
    public static ServiceRequestStatus serviceRequest(OnwardReferralStatus status) {
        switch (status) {
            case COMPLETED:
                return ServiceRequestStatus.COMPLETED;
            case DECLINED:
            case NOT_STARTED:
            case DISCONTINUED:
            case CANCELLED:
                return ServiceRequestStatus.REVOKED;
            case ENTERED_IN_ERROR:
                return ServiceRequestStatus.ENTEREDINERROR;
            default:
                return ServiceRequestStatus.ACTIVE;
        }
    }
}

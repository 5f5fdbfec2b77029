package org.socialprescribing.fhir.mapping;

import java.util.Objects;
import java.util.Optional;

/**
 * What a response to a BaRS-style referral message says ({@link ReferralMessages#toResponse}): the request it
 * answers, its response code, and the ServiceRequest it is about. Immutable.
 */
public final class ReferralResponse {

    private final Optional<String> requestMessageId;
    private final String responseCode;
    private final Optional<String> onwardReferralId;
    private final Optional<String> serviceRequestStatus;

    ReferralResponse(
            Optional<String> requestMessageId,
            String responseCode,
            Optional<String> onwardReferralId,
            Optional<String> serviceRequestStatus) {
        this.requestMessageId = requestMessageId;
        this.responseCode = responseCode;
        this.onwardReferralId = onwardReferralId;
        this.serviceRequestStatus = serviceRequestStatus;
    }

    /** @return the id of the request message answered ({@code MessageHeader.response.identifier}), if given */
    public Optional<String> requestMessageId() {
        return requestMessageId;
    }

    /** @return FHIR's response code: {@code ok}, {@code transient-error} or {@code fatal-error} */
    public String responseCode() {
        return responseCode;
    }

    /** @return true if the response code is {@code ok} */
    public boolean isOk() {
        return "ok".equals(responseCode);
    }

    /** @return the SDK onward referral id on the ServiceRequest, if it carries one */
    public Optional<String> onwardReferralId() {
        return onwardReferralId;
    }

    /** @return the ServiceRequest's FHIR status as the receiver sets it ({@code active}, {@code revoked}...), if any */
    public Optional<String> serviceRequestStatus() {
        return serviceRequestStatus;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof ReferralResponse)) {
            return false;
        }
        ReferralResponse that = (ReferralResponse) other;
        return requestMessageId.equals(that.requestMessageId)
                && responseCode.equals(that.responseCode)
                && onwardReferralId.equals(that.onwardReferralId)
                && serviceRequestStatus.equals(that.serviceRequestStatus);
    }

    @Override
    public int hashCode() {
        return Objects.hash(requestMessageId, responseCode, onwardReferralId, serviceRequestStatus);
    }

    @Override
    public String toString() {
        return "ReferralResponse{" + responseCode + ", request " + requestMessageId.orElse("-") + ", onward referral "
                + onwardReferralId.orElse("-") + ", status " + serviceRequestStatus.orElse("-") + "}";
    }
}

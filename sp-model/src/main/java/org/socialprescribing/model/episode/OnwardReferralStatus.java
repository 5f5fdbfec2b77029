package org.socialprescribing.model.episode;

import java.util.Set;
import org.socialprescribing.model.coding.CodeSystems;

/**
 * Where an onward referral to a VCSE or statutory service stands, from the provider's side: sent, accepted or
 * declined by the provider, started or never started by the person, then completed or discontinued. The
 * transitions are the table in {@code docs/model.md}, enforced by {@link OnwardReferral}. Code system
 * {@value CodeSystems#ONWARD_REFERRAL_STATUS}.
 */
public enum OnwardReferralStatus implements LifecycleStatus<OnwardReferralStatus> {
    /** The link worker has sent the referral. The first state. */
    SENT("Sent"),
    /** The provider has accepted it. */
    ACCEPTED("Accepted by provider"),
    /** The provider has declined it, e.g. because it is full or the person is not eligible. */
    DECLINED("Declined by provider"),
    /** The person has started attending or using the service. */
    STARTED("Started"),
    /** The person never started. */
    NOT_STARTED("Not started"),
    /** The person finished what the service offers. */
    COMPLETED("Completed"),
    /** The person stopped before the end. */
    DISCONTINUED("Discontinued"),
    /** Withdrawn before the person started. */
    CANCELLED("Cancelled"),
    /** Recorded by mistake. Final. */
    ENTERED_IN_ERROR("Entered in error");

    private static final TransitionTable<OnwardReferralStatus> TRANSITIONS = TransitionTable.of(
                    OnwardReferralStatus.class)
            .allow(SENT, ACCEPTED, DECLINED, CANCELLED, ENTERED_IN_ERROR)
            .allow(ACCEPTED, STARTED, NOT_STARTED, CANCELLED, ENTERED_IN_ERROR)
            .allow(STARTED, COMPLETED, DISCONTINUED, ENTERED_IN_ERROR)
            .allow(DECLINED, ENTERED_IN_ERROR)
            .allow(NOT_STARTED, ENTERED_IN_ERROR)
            .allow(COMPLETED, ENTERED_IN_ERROR)
            .allow(DISCONTINUED, ENTERED_IN_ERROR)
            .allow(CANCELLED, ENTERED_IN_ERROR);

    private final String display;

    OnwardReferralStatus(String display) {
        this.display = display;
    }

    @Override
    public Set<OnwardReferralStatus> next() {
        return TRANSITIONS.next(this);
    }

    @Override
    public String display() {
        return display;
    }

    @Override
    public String system() {
        return CodeSystems.ONWARD_REFERRAL_STATUS;
    }
}

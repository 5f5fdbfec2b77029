package org.socialprescribing.model.episode;

import java.util.Set;
import org.socialprescribing.model.coding.CodeSystems;

/**
 * Where a referral to a social prescribing service stands. The states are those the issue names (received,
 * accepted or declined, contacted, assessed/in progress, on hold, onward referred, completed, closed because the
 * person did not engage, cancelled, entered in error); the transitions are the table in {@code docs/model.md},
 * enforced by {@link ReferralJourney}. Code system {@value CodeSystems#REFERRAL_STATUS}.
 *
 * <p>Four states close the referral ({@link #isClosed()}): declined, completed, did_not_engage and cancelled.
 * A closed referral makes no further progress (a new need is a new referral); its only exit is
 * {@link #ENTERED_IN_ERROR}, which every state but itself may reach and which is final.
 */
public enum ReferralStatus implements LifecycleStatus<ReferralStatus> {
    /** The social prescribing service has received the referral. The first state of every journey. */
    RECEIVED("Received"),
    /** The service has accepted the referral and will contact the person. */
    ACCEPTED("Accepted"),
    /**
     * The referral was not taken up: the service did not accept it, or the person declined the offer (SNOMED
     * 871711000000103 Social prescribing declined records the latter).
     */
    DECLINED("Declined"),
    /** A link worker has made contact with the person. */
    CONTACTED("Contacted"),
    /** The person has been assessed (what matters to them) and support is under way. */
    IN_PROGRESS("Assessed, support in progress"),
    /** Support is paused, e.g. while the person is in hospital; it resumes or closes. */
    ON_HOLD("On hold"),
    /** The person has been referred on to one or more services; the link worker still follows up. */
    ONWARD_REFERRED("Onward referred"),
    /** Support has ended as planned. */
    COMPLETED("Completed"),
    /** Closed because the person did not engage. */
    DID_NOT_ENGAGE("Closed: did not engage"),
    /** Withdrawn by the referrer or the person, or closed by the service for another reason. */
    CANCELLED("Cancelled"),
    /** The referral should never have been recorded (wrong person, duplicate). Final. */
    ENTERED_IN_ERROR("Entered in error");

    private static final TransitionTable<ReferralStatus> TRANSITIONS = TransitionTable.of(ReferralStatus.class)
            .allow(RECEIVED, ACCEPTED, DECLINED, CANCELLED, ENTERED_IN_ERROR)
            .allow(ACCEPTED, CONTACTED, IN_PROGRESS, ON_HOLD, DECLINED, DID_NOT_ENGAGE, CANCELLED, ENTERED_IN_ERROR)
            .allow(CONTACTED, IN_PROGRESS, ON_HOLD, DECLINED, DID_NOT_ENGAGE, CANCELLED, ENTERED_IN_ERROR)
            .allow(IN_PROGRESS, ON_HOLD, ONWARD_REFERRED, COMPLETED, DID_NOT_ENGAGE, CANCELLED, ENTERED_IN_ERROR)
            .allow(ON_HOLD, CONTACTED, IN_PROGRESS, DID_NOT_ENGAGE, CANCELLED, ENTERED_IN_ERROR)
            .allow(ONWARD_REFERRED, IN_PROGRESS, ON_HOLD, COMPLETED, DID_NOT_ENGAGE, CANCELLED, ENTERED_IN_ERROR)
            .allow(DECLINED, ENTERED_IN_ERROR)
            .allow(COMPLETED, ENTERED_IN_ERROR)
            .allow(DID_NOT_ENGAGE, ENTERED_IN_ERROR)
            .allow(CANCELLED, ENTERED_IN_ERROR);

    private final String display;

    ReferralStatus(String display) {
        this.display = display;
    }

    @Override
    public Set<ReferralStatus> next() {
        return TRANSITIONS.next(this);
    }

    /**
     * Whether the referral is closed: declined, completed, did_not_engage or cancelled. Entered-in-error is not
     * a closure but a correction.
     *
     * @return true for a closed state
     */
    public boolean isClosed() {
        return next().equals(Set.of(ENTERED_IN_ERROR));
    }

    @Override
    public String display() {
        return display;
    }

    @Override
    public String system() {
        return CodeSystems.REFERRAL_STATUS;
    }
}

package org.socialprescribing.model.episode;

import org.socialprescribing.model.coding.CodeSystems;
import org.socialprescribing.model.coding.CodedValue;

/**
 * Where a goal stands. The PRSB standard codes goal status from the "Care planning goal context values" refset
 * (999000091000000107), whose members no source here lists, so this is an SDK vocabulary, code system
 * {@value CodeSystems#GOAL_STATUS}.
 */
public enum GoalStatus implements CodedValue {
    /** Suggested, not yet agreed with the person. */
    PROPOSED("Proposed"),
    /** Agreed and being worked towards. */
    ACTIVE("Active"),
    /** Paused. */
    ON_HOLD("On hold"),
    /** Achieved. */
    ACHIEVED("Achieved"),
    /** Ended without being achieved. */
    NOT_ACHIEVED("Not achieved"),
    /** No longer wanted. */
    CANCELLED("Cancelled");

    private final String display;

    GoalStatus(String display) {
        this.display = display;
    }

    @Override
    public String display() {
        return display;
    }

    @Override
    public String system() {
        return CodeSystems.GOAL_STATUS;
    }
}

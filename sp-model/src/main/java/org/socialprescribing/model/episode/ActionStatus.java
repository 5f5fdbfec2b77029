package org.socialprescribing.model.episode;

import org.socialprescribing.model.coding.CodeSystems;
import org.socialprescribing.model.coding.CodedValue;

/**
 * Where an action or activity in the support plan stands. The PRSB standard codes it from the "Care planning action
 * context values" refset (999000081000000105), giving "in progress, done, refused" as examples; the members' codes
 * are not in any source here, so this is an SDK vocabulary, code system {@value CodeSystems#ACTION_STATUS}.
 */
public enum ActionStatus implements CodedValue {
    /** Agreed, not started. */
    PLANNED("Planned"),
    /** Under way. */
    IN_PROGRESS("In progress"),
    /** Done. */
    DONE("Done"),
    /** The person declined it. */
    REFUSED("Refused");

    private final String display;

    ActionStatus(String display) {
        this.display = display;
    }

    @Override
    public String display() {
        return display;
    }

    @Override
    public String system() {
        return CodeSystems.ACTION_STATUS;
    }
}

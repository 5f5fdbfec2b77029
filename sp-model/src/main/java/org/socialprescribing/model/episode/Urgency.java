package org.socialprescribing.model.episode;

import org.socialprescribing.model.coding.CodeSystems;
import org.socialprescribing.model.coding.CodedValue;

/**
 * How soon the referral should be acted on. The codes are FHIR R4's request priority codes, so that they map to
 * {@code ServiceRequest.priority} and {@code Task.priority} one to one; code system {@value CodeSystems#URGENCY}.
 */
public enum Urgency implements CodedValue {
    /** Normal priority. */
    ROUTINE("Routine"),
    /** Sooner than routine. */
    URGENT("Urgent"),
    /** As soon as possible; higher than urgent. */
    ASAP("As soon as possible"),
    /** Immediately; the highest priority. */
    STAT("Immediately");

    private final String display;

    Urgency(String display) {
        this.display = display;
    }

    @Override
    public String display() {
        return display;
    }

    @Override
    public String system() {
        return CodeSystems.URGENCY;
    }
}

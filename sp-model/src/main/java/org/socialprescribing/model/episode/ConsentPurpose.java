package org.socialprescribing.model.episode;

import org.socialprescribing.model.coding.CodeSystems;
import org.socialprescribing.model.coding.CodedValue;

/**
 * What a consent covers. The PRSB standard's consent covers "referring on" and "sending information back to the
 * referrer and registered GP"; the report adds "data sharing with VCSE partners" (L3467-3470), which referring on
 * includes. Code system {@value CodeSystems#CONSENT_PURPOSE}.
 */
public enum ConsentPurpose implements CodedValue {
    /** Referring the person on, sharing what the receiving service needs. */
    REFERRING_ON("Referring on"),
    /** Sending information back to the referrer and the registered GP. */
    SHARING_BACK_TO_REFERRER_AND_GP("Sending information back to the referrer and GP"),
    /** Another purpose, described in the consent note. */
    OTHER("Other");

    private final String display;

    ConsentPurpose(String display) {
        this.display = display;
    }

    @Override
    public String display() {
        return display;
    }

    @Override
    public String system() {
        return CodeSystems.CONSENT_PURPOSE;
    }
}

package org.socialprescribing.fhir.mapping.internal;

import org.socialprescribing.model.coding.CodedValue;

/**
 * What an SDK record is, where FHIR has no resource of its own for it: the code of a {@code Basic} resource, the
 * category of a {@code Communication} or the code of an {@code Observation}. An SDK vocabulary, code system
 * {@value Systems#RECORD_TYPE}.
 */
public enum RecordType implements CodedValue {
    /** PRSB "About me": what matters to the person, in their own words. */
    WHAT_MATTERS("What matters to me (PRSB About me)"),
    /** PRSB "Individual requirements": reasonable adjustments, impairments, mobility and other requirements. */
    INDIVIDUAL_REQUIREMENTS("Individual requirements"),
    /** Signposting: information about a service the person can contact themselves; not a referral. */
    SIGNPOSTING("Signposting"),
    /** What a provider reported back about an onward referral. */
    PROVIDER_FEEDBACK("Provider feedback"),
    /** Whether the person attended one session of a service they were referred to. */
    SESSION_ATTENDANCE("Session attendance");

    private final String display;

    RecordType(String display) {
        this.display = display;
    }

    @Override
    public String display() {
        return display;
    }

    @Override
    public String system() {
        return Systems.RECORD_TYPE;
    }
}

package org.socialprescribing.model.episode;

import org.socialprescribing.model.coding.CodeSystems;
import org.socialprescribing.model.coding.CodedValue;

/**
 * How a referral was sent: the seven methods the PRSB standard lists for "Referral method" (which says "Allow
 * National Codes only"). The national code values are not in any source here, so the methods are an SDK
 * vocabulary, code system {@value CodeSystems#REFERRAL_METHOD}, to be mapped when the national codes are in hand.
 */
public enum ReferralMethod implements CodedValue {
    /** Fax. */
    FAX("Fax"),
    /** Telephone. */
    PHONE("Phone"),
    /** Secure messaging. */
    SECURE_MESSAGING("Secure messaging"),
    /** Secure e-mail. */
    SECURE_EMAIL("Secure email"),
    /** Letter. */
    LETTER("Letter"),
    /** The NHS e-Referral Service. */
    NHS_E_REFERRAL_SERVICE("NHS e-Referral Service"),
    /** The person referred themselves. */
    SELF_REFERRAL("Self referral");

    private final String display;

    ReferralMethod(String display) {
        this.display = display;
    }

    @Override
    public String display() {
        return display;
    }

    @Override
    public String system() {
        return CodeSystems.REFERRAL_METHOD;
    }
}

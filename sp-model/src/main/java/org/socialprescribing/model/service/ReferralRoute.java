package org.socialprescribing.model.service;

import org.socialprescribing.model.coding.CodeSystems;
import org.socialprescribing.model.coding.CodedValue;

/**
 * How a service takes people on: by a referral from a link worker, or only by signposting (the person gets in
 * touch themselves; PRSB: "Signposting ... is not a referral"). Code system {@value CodeSystems#REFERRAL_ROUTE}.
 */
public enum ReferralRoute implements CodedValue {
    /** The service accepts referrals, and signposted people too. */
    DIRECT_REFERRAL("Accepts direct referrals"),
    /** The service takes no referrals; people are signposted and contact it themselves. */
    SIGNPOSTING_ONLY("Signposting only");

    private final String display;

    ReferralRoute(String display) {
        this.display = display;
    }

    @Override
    public String display() {
        return display;
    }

    @Override
    public String system() {
        return CodeSystems.REFERRAL_ROUTE;
    }
}

package org.socialprescribing.report;

import org.socialprescribing.model.coding.CodeSystems;
import org.socialprescribing.model.coding.CodedValue;

/**
 * Where money for social prescribing comes from: the mechanisms the source report names (National Voices for NHS
 * England, "Rolling Out Social Prescribing", 2020; line numbers of the text kept beside the project). Code system
 * {@value #SYSTEM}; the JSON form is the lower-case code, e.g. {@code better_care_fund}.
 */
public enum FundingSource implements CodedValue {
    /**
     * Link worker and other personalised-care posts reimbursed to PCNs under the Network Contract DES through the
     * Additional Roles Reimbursement Scheme (report L570-578, L2698-2699).
     */
    DES_ARRS("Network Contract DES / ARRS link worker posts"),
    /** The PCN Investment and Impact Fund (report L1356). */
    IIF("Investment and Impact Fund"),
    /** A grant, e.g. a grant pot for smaller VCSE organisations (report L1273, L2110, L2249). */
    GRANT("Grant"),
    /** The Better Care Fund, where "the money follows the person" (report L2089-2091). */
    BETTER_CARE_FUND("Better Care Fund"),
    /** A Social Impact Bond with outcome payments (report L1746). */
    SOCIAL_IMPACT_BOND("Social Impact Bond"),
    /** Personal Health Budgets paying for VCSE support (report L1947). */
    PERSONAL_HEALTH_BUDGET("Personal Health Budget"),
    /** Micro-commissioning of services from smaller groups (report L2116). */
    MICRO_COMMISSIONING("Micro-commissioning"),
    /** A commissioned or repurposed contract, including outcomes-based commissioning (report L1933-1939, L1952). */
    CONTRACT("Commissioned contract"),
    /** Any other source; say which in the record's {@code note}. */
    OTHER("Other");

    /** The code system of this vocabulary. */
    public static final String SYSTEM = CodeSystems.SDK_BASE + "funding-source";

    private final String display;

    FundingSource(String display) {
        this.display = display;
    }

    @Override
    public String display() {
        return display;
    }

    @Override
    public String system() {
        return SYSTEM;
    }
}

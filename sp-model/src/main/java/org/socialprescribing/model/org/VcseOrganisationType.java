package org.socialprescribing.model.org;

import org.socialprescribing.model.coding.CodeSystems;
import org.socialprescribing.model.coding.CodedValue;

/**
 * The legal or organisational form of a VCSE (voluntary, community and social enterprise) organisation. Code
 * system {@value CodeSystems#VCSE_ORGANISATION_TYPE}.
 */
public enum VcseOrganisationType implements CodedValue {
    /** A charity on one of the UK charity registers (it has a {@code CharityNumber}). */
    REGISTERED_CHARITY("Registered charity"),
    /** A community interest company (registered at Companies House). */
    COMMUNITY_INTEREST_COMPANY("Community interest company"),
    /** A social enterprise of another legal form. */
    SOCIAL_ENTERPRISE("Social enterprise"),
    /**
     * An informal community group: the report's "extremely small" groups that "rarely employ paid staff"
     * (L833-918).
     */
    INFORMAL_COMMUNITY_GROUP("Informal community group"),
    /**
     * A VCSE infrastructure body that supports other groups, e.g. a "Council for Voluntary Services (CVS)"
     * (L3040-3041).
     */
    INFRASTRUCTURE_BODY("Infrastructure body"),
    /** Any other form. */
    OTHER("Other");

    private final String display;

    VcseOrganisationType(String display) {
        this.display = display;
    }

    @Override
    public String display() {
        return display;
    }

    @Override
    public String system() {
        return CodeSystems.VCSE_ORGANISATION_TYPE;
    }
}

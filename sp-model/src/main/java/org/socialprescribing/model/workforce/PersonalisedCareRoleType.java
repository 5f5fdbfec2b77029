package org.socialprescribing.model.workforce;

import org.socialprescribing.model.coding.CodeSystems;
import org.socialprescribing.model.coding.CodedValue;

/**
 * The personalised care roles around social prescribing. The report names "link workers, health coaches and care
 * navigators" as the roles reimbursed under the Network Contract DES (L1090-1093) and asks for "a distinct
 * community builder role" (L3383); NHS England's SPLW FAQ (T2) names health and wellbeing coaches and care
 * coordinators as roles with their own SNOMED codes. No national code for these roles is verified, so they are an
 * SDK vocabulary, code system {@value CodeSystems#PERSONALISED_CARE_ROLE}. Local job titles are kept beside the
 * type ({@link PersonalisedCareRole#localTitle()}).
 */
public enum PersonalisedCareRoleType implements CodedValue {
    /** Social prescribing link worker: connects people to community groups and services. */
    LINK_WORKER("Social prescribing link worker"),
    /** Community builder: builds links with groups and helps communities fill gaps in provision (L1203-1205). */
    COMMUNITY_BUILDER("Community builder"),
    /** Health and wellbeing coach (the report's "health coaches"). */
    HEALTH_AND_WELLBEING_COACH("Health and wellbeing coach"),
    /** Care coordinator. */
    CARE_COORDINATOR("Care coordinator"),
    /** Care navigator. */
    CARE_NAVIGATOR("Care navigator");

    private final String display;

    PersonalisedCareRoleType(String display) {
        this.display = display;
    }

    @Override
    public String display() {
        return display;
    }

    @Override
    public String system() {
        return CodeSystems.PERSONALISED_CARE_ROLE;
    }
}

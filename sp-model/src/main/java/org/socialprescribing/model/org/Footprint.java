package org.socialprescribing.model.org;

import org.socialprescribing.model.coding.CodeSystems;
import org.socialprescribing.model.coding.CodedValue;

/**
 * The area an organisation works across, from a neighbourhood to the whole country. The report contrasts groups
 * working in one place, "Medium-sized charities ... across the footprint of multiple PCNs" and specialist charities
 * "organised on a regional or national basis" (L833-918). Code system {@value CodeSystems#FOOTPRINT}.
 */
public enum Footprint implements CodedValue {
    /** A neighbourhood or single community. */
    NEIGHBOURHOOD("Neighbourhood"),
    /** The area of one Primary Care Network. */
    SINGLE_PCN("Single PCN"),
    /** The area of several Primary Care Networks. */
    MULTIPLE_PCNS("Multiple PCNs"),
    /** A local authority area (a borough, district or county). */
    LOCAL_AUTHORITY_AREA("Local authority area"),
    /** An Integrated Care System. */
    INTEGRATED_CARE_SYSTEM("Integrated Care System"),
    /** A region of England. */
    REGIONAL("Regional"),
    /** England or the UK. */
    NATIONAL("National");

    private final String display;

    Footprint(String display) {
        this.display = display;
    }

    @Override
    public String display() {
        return display;
    }

    @Override
    public String system() {
        return CodeSystems.FOOTPRINT;
    }
}

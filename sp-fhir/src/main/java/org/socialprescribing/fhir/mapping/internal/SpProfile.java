package org.socialprescribing.fhir.mapping.internal;

import org.hl7.fhir.r4.model.Resource;
import org.socialprescribing.fhir.SpFhir;

/**
 * The SDK's profiles, declared in {@code meta.profile} of what the mappers write. Each is built on the R4 core
 * resource, not on UK Core, so that a validator without UK Core still knows it; the mappers' output meets the UK
 * Core profiles as well (tested when UK Core is at hand). The StructureDefinitions are in
 * {@code org/socialprescribing/fhir/conformance/}.
 */
public enum SpProfile {
    /** A person referred for social prescribing: at most one NHS number, and the name when recorded. */
    PATIENT("sp-patient"),
    /** A social prescribing episode. */
    EPISODE("sp-episode"),
    /** The referral to the social prescribing service (SNOMED CT 871731000000106). */
    REFERRAL("sp-referral"),
    /** The Gravity-style Task that tracks the referral's status. */
    REFERRAL_TASK("sp-referral-task"),
    /** A referral from the link worker on to a VCSE or statutory service. */
    ONWARD_REFERRAL("sp-onward-referral"),
    /** The Task that tracks an onward referral's status. */
    ONWARD_REFERRAL_TASK("sp-onward-referral-task"),
    /** One status change of a referral or onward referral: who, when, why. */
    STATUS_CHANGE("sp-status-change");

    private final String id;

    SpProfile(String id) {
        this.id = id;
    }

    /** @return the profile's id, e.g. {@code sp-patient} */
    public String id() {
        return id;
    }

    /** @return the canonical URL */
    public String url() {
        return SpFhir.CANONICAL_BASE + "/StructureDefinition/" + id;
    }

    /**
     * Declares the profile on a resource.
     *
     * @param <R> the resource type
     * @param resource the resource
     * @return the resource
     */
    public <R extends Resource> R claim(R resource) {
        resource.getMeta().addProfile(url());
        return resource;
    }
}

package org.socialprescribing.model.service;

import org.socialprescribing.model.coding.CodeSystems;
import org.socialprescribing.model.coding.CodedValue;

/**
 * Whether a service runs: the four values of HSDS 3.0 {@code service.status} (active, inactive, defunct,
 * temporarily closed). Following the FHIR Human Services Directory IG, only {@link #ACTIVE} maps to
 * {@code HealthcareService.active = true}. Code system {@value CodeSystems#SERVICE_STATUS}.
 */
public enum ServiceStatus implements CodedValue {
    /** Running. */
    ACTIVE("Active"),
    /** Not running at present. */
    INACTIVE("Inactive"),
    /** Closed for good. */
    DEFUNCT("Defunct"),
    /** Closed for a time, expected to reopen. */
    TEMPORARILY_CLOSED("Temporarily closed");

    private final String display;

    ServiceStatus(String display) {
        this.display = display;
    }

    @Override
    public String display() {
        return display;
    }

    @Override
    public String system() {
        return CodeSystems.SERVICE_STATUS;
    }
}

package org.socialprescribing.model.service;

import org.socialprescribing.model.coding.CodeSystems;
import org.socialprescribing.model.coding.CodedValue;

/**
 * How a service is delivered. The report records the shift to "online or telephone delivery" (L39-40) and warns
 * that "digital-first provision is likely to further exclude those most in need" (L2476-2479), so the mode is kept
 * for every service. Code system {@value CodeSystems#DELIVERY_MODE}.
 */
public enum DeliveryMode implements CodedValue {
    /** Face to face, at a location. */
    IN_PERSON("In person"),
    /** By telephone. */
    TELEPHONE("Telephone"),
    /** Online: video, web or app. */
    ONLINE("Online"),
    /** A mix of in-person and remote sessions. */
    HYBRID("Hybrid");

    private final String display;

    DeliveryMode(String display) {
        this.display = display;
    }

    @Override
    public String display() {
        return display;
    }

    @Override
    public String system() {
        return CodeSystems.DELIVERY_MODE;
    }
}

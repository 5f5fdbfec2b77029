package org.socialprescribing.model.episode;

import org.socialprescribing.model.coding.CodeSystems;
import org.socialprescribing.model.coding.CodedValue;

/**
 * How consent to share information was given. The report describes both: first an "explicit data-sharing consent
 * form"; after GDPR, "consent is implicit when people accept the offer of support" (L1679-1682). Code system
 * {@value CodeSystems#CONSENT_BASIS}.
 */
public enum ConsentBasis implements CodedValue {
    /** The person said or signed that they agree. */
    EXPLICIT("Explicit"),
    /** Implied by accepting the offer of support. */
    IMPLIED("Implied");

    private final String display;

    ConsentBasis(String display) {
        this.display = display;
    }

    @Override
    public String display() {
        return display;
    }

    @Override
    public String system() {
        return CodeSystems.CONSENT_BASIS;
    }
}

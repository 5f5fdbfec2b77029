package org.socialprescribing.examples.archfixture.model;

import ca.uhn.fhir.context.FhirContext;

/** Breaks the rules on purpose: a "model" type that reaches HAPI. */
public final class HapiUsingModelType {

    private HapiUsingModelType() {}

    /** @return a FHIR context, which a model class must never create */
    public static FhirContext context() {
        return FhirContext.forR4();
    }
}

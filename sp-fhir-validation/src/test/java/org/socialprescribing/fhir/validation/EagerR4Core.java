package org.socialprescribing.fhir.validation;

/** Lets tests in other packages build a validator over HAPI's own R4 core support, to compare it with the default. */
public final class EagerR4Core {

    private EagerR4Core() {}

    /**
     * The builder, set to load R4 core with HAPI's {@code DefaultProfileValidationSupport}.
     *
     * @param builder the builder
     * @return the same builder
     */
    public static FhirValidation.Builder eager(FhirValidation.Builder builder) {
        return builder.eagerR4Core();
    }
}

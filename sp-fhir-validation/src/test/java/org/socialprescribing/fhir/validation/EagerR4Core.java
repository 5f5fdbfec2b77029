package org.socialprescribing.fhir.validation;

/**
 * Lets tests in other packages build a validator over HAPI's own R4 core support, HAPI's own bridge to the R5
 * validator ({@code WorkerContext} replaces it by default) and HAPI's own common code systems ({@code
 * SharedUcumService} replaces them by default), to compare them with the default.
 */
public final class EagerR4Core {

    private EagerR4Core() {}

    /**
     * The builder, set to load R4 core with HAPI's {@code DefaultProfileValidationSupport} and to use HAPI's own
     * {@code WorkerContextValidationSupportAdapter}.
     *
     * @param builder the builder
     * @return the same builder
     */
    public static FhirValidation.Builder eager(FhirValidation.Builder builder) {
        return builder.eagerR4Core();
    }
}

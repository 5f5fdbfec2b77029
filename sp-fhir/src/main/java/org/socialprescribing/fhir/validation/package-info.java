/**
 * Offline FHIR R4 validation: {@link org.socialprescribing.fhir.validation.FhirValidation} checks resources
 * against R4 core, the SDK's own conformance resources and any packages or folders the caller adds (UK Core, for
 * example), without a network; {@link org.socialprescribing.fhir.validation.OperationOutcomes} turns any SDK
 * {@link org.socialprescribing.model.ValidationReport} into a FHIR {@code OperationOutcome}.
 */
@NullMarked
package org.socialprescribing.fhir.validation;

import org.jspecify.annotations.NullMarked;

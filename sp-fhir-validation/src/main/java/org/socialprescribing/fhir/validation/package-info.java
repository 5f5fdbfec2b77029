/**
 * Offline FHIR R4 validation, in its own artifact (sp-fhir-validation) because HAPI's validator brings about 90
 * jars that mapping and reading do not need: {@link org.socialprescribing.fhir.validation.FhirValidation} checks
 * resources against R4 core, the SDK's own conformance resources and any packages or folders the caller adds (UK
 * Core, for example), without a network. {@link org.socialprescribing.fhir.OperationOutcomes}, in sp-fhir, turns
 * its reports into FHIR {@code OperationOutcome}s.
 */
@NullMarked
package org.socialprescribing.fhir.validation;

import org.jspecify.annotations.NullMarked;

/**
 * Lossless mappings between the SDK's domain model and FHIR R4 (UK Core where UK Core has a profile): people,
 * organisations, the workforce and VCSE services resource by resource, whole social prescribing episodes as one
 * transaction Bundle, and the PRSB message back to the GP and referrer. Every mapping goes both ways, and the way
 * back either gives an equal domain value or fails with a {@link org.socialprescribing.fhir.FhirFormatException}
 * that names the FHIRPath location of the problem; FHIR content the domain cannot hold is reported, never dropped
 * silently. {@code docs/fhir.md} ("Mappings") documents every decision.
 */
@NullMarked
package org.socialprescribing.fhir.mapping;

import org.jspecify.annotations.NullMarked;

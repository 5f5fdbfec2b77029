/**
 * FHIR R4 for the social prescribing SDK: the one process-wide {@link ca.uhn.fhir.context.FhirContext} and its
 * parsers ({@link org.socialprescribing.fhir.SpFhir}).
 */
@NullMarked
package org.socialprescribing.fhir;

import org.jspecify.annotations.NullMarked;

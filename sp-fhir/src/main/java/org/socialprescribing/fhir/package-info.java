/**
 * FHIR R4 for the social prescribing SDK: the one process-wide {@link ca.uhn.fhir.context.FhirContext} and its
 * parsers ({@link org.socialprescribing.fhir.SpFhir}), a hardened reader that turns untrusted JSON or XML into a
 * resource or a documented {@link org.socialprescribing.fhir.FhirFormatException} ({@link
 * org.socialprescribing.fhir.FhirResourceReader}, limited by {@link org.socialprescribing.model.input.InputLimits}), and the
 * module's issue codes ({@link org.socialprescribing.fhir.FhirIssueCode}).
 */
@NullMarked
package org.socialprescribing.fhir;

import org.jspecify.annotations.NullMarked;

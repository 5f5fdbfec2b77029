/**
 * Implementation of sp-fhir, not part of its API: input guards and scanners, the parse-problem recorder, and the
 * readers of conformance resources. Types here may change in any release.
 */
@NullMarked
package org.socialprescribing.fhir.internal;

import org.jspecify.annotations.NullMarked;

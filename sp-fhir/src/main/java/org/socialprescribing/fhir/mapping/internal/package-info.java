/**
 * Implementation of the FHIR mappings: reading context, reference resolution, content checks, the SDK's
 * extension definitions and the conversions shared by the mappers. Not API; may change in any release.
 */
@NullMarked
package org.socialprescribing.fhir.mapping.internal;

import org.jspecify.annotations.NullMarked;

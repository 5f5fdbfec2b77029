/**
 * GP records in: coded-event extracts and GP Connect Access Record: Structured (FHIR STU3) Bundles, as social
 * prescribing episodes.
 */
@NullMarked
package org.socialprescribing.gp;

import org.jspecify.annotations.NullMarked;

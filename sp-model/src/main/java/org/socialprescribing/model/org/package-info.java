/**
 * Organisations of social prescribing in England: GP practices, Primary Care Networks, Integrated Care Boards,
 * local authorities and VCSE (voluntary, community and social enterprise) organisations, each with its ODS or
 * registry identifiers where they exist, and {@link org.socialprescribing.model.org.OrganisationRef}, the light
 * reference that referrals and contacts carry.
 */
@NullMarked
package org.socialprescribing.model.org;

import org.jspecify.annotations.NullMarked;

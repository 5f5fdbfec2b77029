/**
 * Mapping between Open Referral UK records and SDK services and organisations, both ways and without loss:
 * {@link org.socialprescribing.openreferral.mapping.OrukMapper} maps ORUK services, organizations and services at
 * locations to {@link org.socialprescribing.model.service.Service} and {@link
 * org.socialprescribing.model.org.VcseOrganisation}, each paired with the ORUK record it came from and a
 * validation report, and writes them back. {@link org.socialprescribing.openreferral.mapping.CategoryMapping} is
 * the table of directory terms that mean SDK service categories.
 */
@NullMarked
package org.socialprescribing.openreferral.mapping;

import org.jspecify.annotations.NullMarked;

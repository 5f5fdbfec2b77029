/**
 * Open Referral UK (the UK profile of HSDS 3.0) service directories as typed, immutable values, read from and
 * written to their JSON exactly.
 *
 * <p>Each HSDS object ({@link org.socialprescribing.openreferral.OrukService}, {@link
 * org.socialprescribing.openreferral.OrukOrganization}, {@link org.socialprescribing.openreferral.OrukLocation}, ...)
 * holds the properties of the compiled ORUK schemas as typed attributes, named after the JSON properties. What
 * the typed attributes cannot hold (unknown properties, explicit {@code null}s, empty arrays) is carried in
 * {@link org.socialprescribing.openreferral.OrukRecord#extensions()}, so that reading and writing a document
 * gives back the same JSON. {@link org.socialprescribing.openreferral.OrukJson} reads and writes them; every
 * problem with the input is an {@link org.socialprescribing.openreferral.OrukFormatException} that names the
 * JSON path.
 */
@NullMarked
package org.socialprescribing.openreferral;

import org.jspecify.annotations.NullMarked;

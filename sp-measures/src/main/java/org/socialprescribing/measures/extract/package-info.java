/**
 * Pseudonymised research extracts: {@link org.socialprescribing.measures.extract.ResearchExtract} turns social
 * prescribing episodes into one flat table of outcome measurements with equity dimensions and coarsened dates, and a
 * keyed pseudonym ({@link org.socialprescribing.measures.extract.Pseudonymiser}, HMAC-SHA256) in place of the NHS
 * number. Names, NHS numbers, addresses, postcodes, birth dates and free text never reach the table.
 */
@NullMarked
package org.socialprescribing.measures.extract;

import org.jspecify.annotations.NullMarked;

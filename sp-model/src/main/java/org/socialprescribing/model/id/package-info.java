/**
 * Identifiers as value types that cannot hold an invalid value: {@link
 * org.socialprescribing.model.id.NhsNumber}, {@link org.socialprescribing.model.id.OdsCode}, {@link
 * org.socialprescribing.model.id.OdsSiteCode}, {@link org.socialprescribing.model.id.Postcode}, {@link
 * org.socialprescribing.model.id.CharityNumber}, {@link org.socialprescribing.model.id.CompanyNumber}, {@link
 * org.socialprescribing.model.id.LsoaCode} and {@link org.socialprescribing.model.id.ImdDecile}.
 *
 * <p>Each type has a lenient {@code parse} (trims, accepts the documented spacing and case variants, normalises)
 * that throws {@link org.socialprescribing.model.InvalidIdentifierException}, a non-throwing {@code isValid}, and
 * a canonical {@code value()} that is also its JSON form. Formats and sources: {@code docs/model-identifiers.md}.
 */
@NullMarked
package org.socialprescribing.model.id;

import org.jspecify.annotations.NullMarked;

/**
 * Validation: the SDK's one entry point {@link org.socialprescribing.model.validation.SpValidator} (Jakarta
 * Validation through Hibernate Validator, without an EL implementation, returning a {@link
 * org.socialprescribing.model.ValidationReport}) and reusable constraint annotations for identifiers held as
 * strings in integrators' own classes: {@link org.socialprescribing.model.validation.ValidNhsNumber}, {@link
 * org.socialprescribing.model.validation.ValidOdsCode}, {@link org.socialprescribing.model.validation.ValidPostcode}
 * and the others in this package.
 */
@NullMarked
package org.socialprescribing.model.validation;

import org.jspecify.annotations.NullMarked;

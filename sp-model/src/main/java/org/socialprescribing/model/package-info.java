/**
 * The social prescribing domain: the error model shared by every module ({@link
 * org.socialprescribing.model.SpException}, {@link org.socialprescribing.model.ValidationReport}) and the
 * value-type style ({@link org.socialprescribing.model.SpStyle}). Sub-packages hold identifiers, people,
 * organisations, services, the episode and outcome measurements.
 */
@NullMarked
package org.socialprescribing.model;

import org.jspecify.annotations.NullMarked;

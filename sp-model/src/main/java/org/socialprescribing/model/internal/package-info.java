/**
 * Not API: rules shared by sp-model's packages that must have one implementation. Other modules and
 * applications use the public types that expose them ({@link org.socialprescribing.model.id.NhsNumber}, {@link
 * org.socialprescribing.model.PersonalData}).
 */
@NullMarked
package org.socialprescribing.model.internal;

import org.jspecify.annotations.NullMarked;

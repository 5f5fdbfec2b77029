/**
 * A person's demographics as the PRSB Social Prescribing standard's "Person demographics" section and the
 * equity dimensions of NHS England's social prescribing reporting need them: {@link
 * org.socialprescribing.model.person.Person}, {@link org.socialprescribing.model.person.PersonName} and the
 * NHS Data Dictionary and UK Core code lists for ethnicity, sex and gender.
 *
 * <p>A person is personal data: {@code toString()} shows no NHS number, name, birth date or postcode unmasked.
 */
@NullMarked
package org.socialprescribing.model.person;

import org.jspecify.annotations.NullMarked;

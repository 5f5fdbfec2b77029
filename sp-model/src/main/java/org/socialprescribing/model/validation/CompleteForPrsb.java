package org.socialprescribing.model.validation;

import jakarta.validation.groups.Default;

/**
 * Validation group: the episode holds every item the PRSB Social Prescribing Information Standard v1.1 marks
 * mandatory (M, "cannot be sent without it"). Adds to the default constraints, one issue per item not recorded:
 *
 * <ul>
 *   <li>the person's name ({@code person.name.missing}), with a given and a family name ({@code
 *       person-name.given.missing}, {@code person-name.family.missing}) and the date of birth ({@code
 *       person.birth-date.missing});
 *   <li>a GP practice ({@code episode.gp-registrations.missing});
 *   <li>the referrer ({@code referral.referrer.missing}) with name, service, organisation and contact details
 *       ({@code referrer.name.missing}, {@code referrer.service.missing}, {@code referrer.organisation.missing},
 *       {@code referrer.contact.missing}), and whom the referral is to ({@code referral.referred-to.missing});
 *   <li>the risks, or "no known risks" ({@code episode.risks.missing}).
 * </ul>
 *
 * <p>Source: the M items of the PRSB full standard (JSON v1.1), as {@code docs/prsb-mapping.md} lists them. Use with
 * {@code SpValidator.validate(episode, CompleteForPrsb.class)}.
 */
public interface CompleteForPrsb extends Default {}

package org.socialprescribing.model.validation;

import jakarta.validation.groups.Default;

/**
 * Validation group: the PRSB message back to the GP and referrer may be sent. Adds to the default constraints, one
 * issue per item not recorded:
 *
 * <ul>
 *   <li>the person's name and date of birth (PRSB mandatory) and NHS number (PRSB "Must have"; the GP record is
 *       found by it): {@code person.name.missing}, {@code person.birth-date.missing}, {@code
 *       person.nhs-number.missing};
 *   <li>a GP practice, the message's recipient ({@code episode.gp-registrations.missing}), and the risks ({@code
 *       episode.risks.missing}), both PRSB mandatory;
 *   <li>the plan and requested actions, which PRSB shows "at the top of any communication" and asks to state
 *       explicitly if there are none ({@code episode.requested-actions.missing});
 *   <li>an author: the link worker, or the service the referral went to ({@code episode.message-author.missing});
 *   <li>a warning without a consent to send information back to the referrer and GP ({@code
 *       episode.consent-to-share-back.missing}): PRSB's consent covers it, but gives direct care as the legal
 *       basis.
 * </ul>
 *
 * <p>PRSB publishes the item list of its message-back model in no source the SDK has; these rules follow the full
 * standard's guidance on what the message carries. Use with {@code SpValidator.validate(episode,
 * ReadyToMessageBack.class)}.
 */
public interface ReadyToMessageBack extends Default {}

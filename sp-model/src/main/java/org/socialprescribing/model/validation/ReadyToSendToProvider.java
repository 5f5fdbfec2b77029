package org.socialprescribing.model.validation;

import jakarta.validation.groups.Default;

/**
 * Validation group: the episode may be sent to a VCSE provider with an onward referral. Adds to the default
 * constraints, one issue per item not recorded: a consent to refer on that has not been withdrawn ({@code
 * episode.consent-to-refer-on.missing}); the person's name and date of birth ({@code person.name.missing}, {@code
 * person.birth-date.missing}) and the risks ({@code episode.risks.missing}), which PRSB marks mandatory; and, on
 * each onward referral, the receiving organisation or service ({@code onward-referral.recipient.missing}) and the
 * needs it addresses ({@code onward-referral.needs.missing}). Use with {@code SpValidator.validate(episode,
 * ReadyToSendToProvider.class)}; the rules are listed in {@code docs/model.md}.
 */
public interface ReadyToSendToProvider extends Default {}

package org.socialprescribing.model.episode;

import jakarta.validation.groups.Default;

/**
 * Validation group: the episode may be sent to a VCSE provider with an onward referral. Adds to the default
 * constraints: a consent to refer on that has not been withdrawn, the person's date of birth (PRSB mandatory),
 * and, on each onward referral, an identified recipient and the needs it addresses. Use with
 * {@code SpValidator.validate(episode, ReadyToSendToProvider.class)}; the rules are listed in
 * {@code docs/model.md}.
 */
public interface ReadyToSendToProvider extends Default {}

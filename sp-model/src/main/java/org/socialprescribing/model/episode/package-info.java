/**
 * One person's social prescribing episode: the {@link org.socialprescribing.model.episode.Referral} that started
 * it, its status history (the {@link org.socialprescribing.model.episode.ReferralJourney}), what matters to the
 * person, consent, risks, the support plan, onward referrals to VCSE services with feedback and attendance,
 * signposting, and the aggregate {@link org.socialprescribing.model.episode.SocialPrescribingEpisode}. Aligned
 * with the PRSB Social Prescribing Information Standard v1.1; {@code docs/prsb-mapping.md} maps every PRSB item.
 */
@NullMarked
package org.socialprescribing.model.episode;

import org.jspecify.annotations.NullMarked;

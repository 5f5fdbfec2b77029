package org.socialprescribing.model.validation;

/**
 * Validation group: the episode holds the social prescribing minimum dataset, whose four sets are demographics,
 * needs and concerns, support offered and outcomes (Transformation Partners evaluation toolkit). Adds to {@link
 * CompleteForPrsb} (every PRSB mandatory item), one issue per item not recorded:
 *
 * <ul>
 *   <li>the NHS number, stated gender and ethnic category, which PRSB flags "Must have" for the NHS E&amp;I minimum
 *       dataset ({@code person.nhs-number.missing}, {@code person.stated-gender.missing}, {@code
 *       person.ethnic-category.missing});
 *   <li>the referral date ({@code referral.referred-at.missing}) and source ({@code referral.source.missing}, an
 *       SDK rule: who refers is how reach is reported; no PRSB item), and at least one presenting need or concern
 *       ({@code referral.presenting-needs.missing});
 *   <li>once the referral is completed, the support offered ({@code episode.support-offered.missing}) and an
 *       outcome ({@code episode.outcomes.missing}).
 * </ul>
 *
 * <p>The NHS England MVIS business rules are in no source the SDK has, so these rules are the SDK's reading of the
 * minimum dataset, not the MVIS itself. Use with {@code SpValidator.validate(episode,
 * CompleteForNationalDataset.class)}; the rules are listed in {@code docs/model.md}.
 */
public interface CompleteForNationalDataset extends CompleteForPrsb {}

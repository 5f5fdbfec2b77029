package org.socialprescribing.model.episode;

import jakarta.validation.groups.Default;

/**
 * Validation group: the episode holds the four sets of the social prescribing minimum dataset (Transformation
 * Partners toolkit: demographics; needs and concerns; support offered; outcomes). Adds to the default
 * constraints: date of birth, stated gender and ethnic category (PRSB "Must have"), the referral date and at
 * least one presenting need, and, once the referral is completed, the support offered and an outcome. Use with
 * {@code SpValidator.validate(episode, CompleteForNationalDataset.class)}; the rules are listed in
 * {@code docs/model.md}.
 */
public interface CompleteForNationalDataset extends Default {}

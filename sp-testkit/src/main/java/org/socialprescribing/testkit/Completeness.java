package org.socialprescribing.testkit;

import java.util.Optional;
import net.jqwik.api.Arbitrary;

/** How complete generated values are: as real referrals arrive, or complete for the national dataset. */
public enum Completeness {

    /**
     * As real referrals arrive: items that PRSB makes mandatory or that the national dataset needs (NHS number,
     * name, date of birth, GP practice, referrer details, referral source and date, risks...) are left out at
     * random, so that {@code SpValidator.validate(episode, CompleteForNationalDataset.class)} reports them.
     */
    AS_REFERRED,

    /**
     * Complete for the national dataset: every item of {@code CompleteForNationalDataset} (and so of {@code
     * CompleteForPrsb}) is recorded, so that validation in that group reports nothing.
     */
    NATIONAL_DATASET;

    /** An item the national dataset needs: always there when complete, there with the given probability if not. */
    <T> Arbitrary<Optional<T>> needed(Arbitrary<T> values, double presence) {
        return this == NATIONAL_DATASET ? values.map(Optional::of) : values.optional(presence);
    }
}

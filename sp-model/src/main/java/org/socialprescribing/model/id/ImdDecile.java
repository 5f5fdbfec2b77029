package org.socialprescribing.model.id;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.model.InvalidIdentifierException;
import org.socialprescribing.model.ModelIssueCode;

/**
 * The Index of Multiple Deprivation decile of a person's LSOA, with the {@link DeprivationIndex} release it
 * comes from: 1 is the most deprived 10 % of LSOAs in England, 10 the least deprived. The release is part of
 * the value because deciles of different releases rank different LSOAs and are not directly comparable.
 *
 * <p>JSON form: {@code {"index": "iod2025", "decile": 3}}.
 */
public final class ImdDecile {

    /** The most deprived decile. */
    public static final int MOST_DEPRIVED = 1;
    /** The least deprived decile. */
    public static final int LEAST_DEPRIVED = 10;

    private final DeprivationIndex index;
    private final int decile;

    private ImdDecile(DeprivationIndex index, int decile) {
        this.index = index;
        this.decile = decile;
    }

    /**
     * Creates a decile.
     *
     * @param index the release of the indices, not null
     * @param decile the decile, 1 (most deprived) to 10 (least deprived)
     * @return the decile, never null
     * @throws InvalidIdentifierException if the decile is outside 1..10
     * @throws NullPointerException if the index is null
     */
    public static ImdDecile of(DeprivationIndex index, int decile) {
        requireNonNull(index, "index");
        if (!isValid(decile)) {
            throw new InvalidIdentifierException(
                    ModelIssueCode.IMD_DECILE_RANGE, "imdDecile", Integer.toString(decile), "must be between 1 and 10");
        }
        return new ImdDecile(index, decile);
    }

    /** The JSON creator: absent members give the documented exception, not a null pointer. */
    @JsonCreator
    static ImdDecile fromJson(
            @JsonProperty("index") @Nullable DeprivationIndex index, @JsonProperty("decile") @Nullable Integer decile) {
        if (index == null || decile == null) {
            throw new InvalidIdentifierException(
                    ModelIssueCode.MISSING_VALUE,
                    index == null ? "imdDecile.index" : "imdDecile.decile",
                    null,
                    "is missing");
        }
        return of(index, decile);
    }

    /**
     * Whether a number is a decile.
     *
     * @param decile the number to check
     * @return true if it is between 1 and 10
     */
    public static boolean isValid(int decile) {
        return decile >= MOST_DEPRIVED && decile <= LEAST_DEPRIVED;
    }

    /** @return the release of the indices the decile comes from, never null */
    @JsonProperty("index")
    public DeprivationIndex index() {
        return index;
    }

    /** @return the decile, 1 (most deprived) to 10 (least deprived) */
    @JsonProperty("decile")
    public int decile() {
        return decile;
    }

    /**
     * The quintile that contains the decile: deciles 1 and 2 give quintile 1 (most deprived 20 %), ..., deciles
     * 9 and 10 give quintile 5.
     *
     * @return the quintile, 1..5
     */
    public int quintile() {
        return (decile + 1) / 2;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof ImdDecile)) {
            return false;
        }
        ImdDecile that = (ImdDecile) other;
        return index == that.index && decile == that.decile;
    }

    @Override
    public int hashCode() {
        return 31 * index.ordinal() + decile;
    }

    @Override
    public String toString() {
        return "ImdDecile[" + index.code() + " " + decile + "]";
    }
}

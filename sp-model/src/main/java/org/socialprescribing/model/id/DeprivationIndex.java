package org.socialprescribing.model.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.model.InvalidValueException;

/**
 * A release of the English Indices of Deprivation, which an {@link ImdDecile} comes from. The indices cover
 * England only; Wales, Scotland and Northern Ireland publish separate indices that cannot be compared. Each
 * release ranks the LSOAs of one census vintage: never join a release to LSOA codes of the other vintage.
 */
public enum DeprivationIndex {
    /**
     * The English Indices of Deprivation 2019, published 26 September 2019, on 2011 LSOAs (32,844). Date and
     * basis from a secondary copy of the release (see {@code docs/model-identifiers.md}).
     */
    IOD2019(LocalDate.of(2019, 9, 26), 2011),
    /**
     * The English Indices of Deprivation 2025, published 30 October 2025, on 2021 LSOAs (33,755). "Less directly
     * comparable" with IoD2019 (new datasets, methods and geographies).
     */
    IOD2025(LocalDate.of(2025, 10, 30), 2021);

    private final LocalDate published;
    private final int lsoaVintage;

    DeprivationIndex(LocalDate published, int lsoaVintage) {
        this.published = published;
        this.lsoaVintage = lsoaVintage;
    }

    /** @return the publication date, never null */
    public LocalDate published() {
        return published;
    }

    /** @return the census year of the LSOAs the release ranks: 2011 or 2021 */
    public int lsoaVintage() {
        return lsoaVintage;
    }

    /** @return the JSON code, e.g. {@code iod2019} */
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Finds a release by its code, ignoring case.
     *
     * @param code the code, e.g. {@code iod2019}, may be null
     * @return the release, never null
     * @throws InvalidValueException if the code is null or unknown
     */
    @JsonCreator
    public static DeprivationIndex fromCode(@Nullable String code) {
        for (DeprivationIndex index : values()) {
            if (index.code().equalsIgnoreCase(code == null ? "" : code.strip())) {
                return index;
            }
        }
        throw new InvalidValueException("deprivationIndex", String.valueOf(code), "must be one of iod2019, iod2025");
    }
}

package org.socialprescribing.model.person;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.internal.EnumCodes;

/**
 * NHS Data Dictionary ETHNIC CATEGORY: the "16+1" categories of the 2001 census, the national mandatory
 * standard in England, with {@code Z} (asked and declined) and the default {@code 99} (not known). The same
 * codes and labels form the UK Core code system {@value #FHIR_SYSTEM}.
 *
 * <p>Local two-character codes (national letter plus a local character) must be grouped to their national
 * category by the caller. Wales uses a different code system ({@value #WALES_FHIR_SYSTEM}) that re-uses some
 * letters with other meanings: a person's Welsh category is kept as a coded concept, {@code
 * Person.otherEthnicCategory()}. Census 2021 categories have no NHS letters yet and are not covered.
 */
public enum EthnicCategory {
    /** White - British. */
    WHITE_BRITISH("A", "White - British"),
    /** White - Irish. */
    WHITE_IRISH("B", "White - Irish"),
    /** White - Any other White background. */
    WHITE_OTHER("C", "White - Any other White background"),
    /** Mixed - White and Black Caribbean. */
    MIXED_WHITE_AND_BLACK_CARIBBEAN("D", "Mixed - White and Black Caribbean"),
    /** Mixed - White and Black African. */
    MIXED_WHITE_AND_BLACK_AFRICAN("E", "Mixed - White and Black African"),
    /** Mixed - White and Asian. */
    MIXED_WHITE_AND_ASIAN("F", "Mixed - White and Asian"),
    /** Mixed - Any other mixed background. */
    MIXED_OTHER("G", "Mixed - Any other mixed background"),
    /** Asian or Asian British - Indian. */
    ASIAN_INDIAN("H", "Asian or Asian British - Indian"),
    /** Asian or Asian British - Pakistani. */
    ASIAN_PAKISTANI("J", "Asian or Asian British - Pakistani"),
    /** Asian or Asian British - Bangladeshi. */
    ASIAN_BANGLADESHI("K", "Asian or Asian British - Bangladeshi"),
    /** Asian or Asian British - Any other Asian background. */
    ASIAN_OTHER("L", "Asian or Asian British - Any other Asian background"),
    /** Black or Black British - Caribbean. */
    BLACK_CARIBBEAN("M", "Black or Black British - Caribbean"),
    /** Black or Black British - African. */
    BLACK_AFRICAN("N", "Black or Black British - African"),
    /** Black or Black British - Any other Black background. */
    BLACK_OTHER("P", "Black or Black British - Any other Black background"),
    /** Other Ethnic Groups - Chinese. */
    CHINESE("R", "Other Ethnic Groups - Chinese"),
    /** Other Ethnic Groups - Any other ethnic group. */
    OTHER("S", "Other Ethnic Groups - Any other ethnic group"),
    /** Not stated: the person was asked and declined to answer. */
    NOT_STATED("Z", "Not stated"),
    /** Not known: the default code. */
    NOT_KNOWN("99", "Not known");

    /** The UK Core code system of these codes. */
    public static final String FHIR_SYSTEM = "https://fhir.hl7.org.uk/CodeSystem/UKCore-EthnicCategoryEngland";

    /** UK Core's code system of the Welsh ethnic categories (not these codes: the letters mean other things there). */
    public static final String WALES_FHIR_SYSTEM = "https://fhir.hl7.org.uk/CodeSystem/UKCore-EthnicCategoryWales";

    private final String code;
    private final String display;

    EthnicCategory(String code, String display) {
        this.code = code;
        this.display = display;
    }

    /** @return the NHS Data Dictionary code, e.g. {@code A} or {@code 99}, never null */
    public String code() {
        return code;
    }

    /** @return the NHS Data Dictionary label, e.g. {@code White - British}, never null */
    public String display() {
        return display;
    }

    /** @return the JSON form: the code in lower case, e.g. {@code a} or {@code 99} */
    @JsonValue
    public String jsonCode() {
        return code.toLowerCase(Locale.ROOT);
    }

    /**
     * Finds a category by its national code, ignoring case.
     *
     * @param code the code, e.g. {@code A}, {@code z} or {@code 99}, may be null
     * @return the category, never null
     * @throws InvalidValueException if the code is null or not a national code
     */
    @JsonCreator
    public static EthnicCategory fromCode(@Nullable String code) {
        return EnumCodes.lookup(values(), EthnicCategory::code, code, "ethnicCategory");
    }
}

package org.socialprescribing.model.id;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** Random valid NHS numbers for properties in any package: nine random digits plus their check digit. */
public final class NhsNumberArbitraries {

    private NhsNumberArbitraries() {}

    /**
     * Valid NHS numbers as digit strings, skipping prefixes whose check would be 10 and repdigits.
     *
     * @return the arbitrary, never null
     */
    public static Arbitrary<String> validDigits() {
        return Arbitraries.strings()
                .numeric()
                .ofLength(9)
                .map(nine -> nine + NhsNumber.checkDigit(nine + "0"))
                .filter(ten -> ten.length() == 10 && ten.chars().distinct().count() > 1);
    }

    /**
     * Valid NHS numbers.
     *
     * @return the arbitrary, never null
     */
    public static Arbitrary<NhsNumber> valid() {
        return validDigits().map(NhsNumber::parse);
    }
}

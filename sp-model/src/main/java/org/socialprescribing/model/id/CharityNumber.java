package org.socialprescribing.model.id;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.model.InvalidIdentifierException;
import org.socialprescribing.model.ModelIssueCode;

/**
 * A registered charity number with the register that issued it: the Charity Commission for England and Wales
 * ({@code 1090095}), the Scottish Charity Regulator ({@code SC042386}) or the Charity Commission for Northern
 * Ireland ({@code NIC100019}). {@link #orgId()} gives the org-id.guide identifier ({@code GB-CHC-1090095}).
 *
 * <p>Exempt and excepted charities have no number; HMRC charity references are a different scheme. Linked
 * charities of England and Wales (shown as {@code 1234567-1}) are not supported: the display form is unverified.
 */
public final class CharityNumber {

    /** The register that issued a charity number. */
    public enum Register {
        /** Charity Commission for England and Wales: 6 or 7 digits. */
        ENGLAND_AND_WALES("GB-CHC", "[0-9]{6,7}", "must be 6 or 7 digits (England and Wales)"),
        /** Scottish Charity Regulator (OSCR): {@code SC} and 6 digits. */
        SCOTLAND("GB-SC", "SC[0-9]{6}", "must be SC and 6 digits (Scotland)"),
        /** Charity Commission for Northern Ireland: {@code NIC} (optional on input) and 6 digits starting 1. */
        NORTHERN_IRELAND(
                "GB-NIC",
                "(?:NIC)?1[0-9]{5}",
                "must be 6 digits starting with 1, optionally after NIC (Northern Ireland)");

        private final String orgIdScheme;
        private final Pattern format;
        private final String rule;

        Register(String orgIdScheme, String format, String rule) {
            this.orgIdScheme = orgIdScheme;
            this.format = Pattern.compile(format);
            this.rule = rule;
        }

        /** @return the org-id.guide scheme, e.g. {@code GB-CHC}, never null */
        public String orgIdScheme() {
            return orgIdScheme;
        }
    }

    private static final String FIELD = "charityNumber";

    private final Register register;
    private final String number;

    private CharityNumber(Register register, String number) {
        this.register = register;
        this.number = number;
    }

    /**
     * Parses a charity number and infers its register: {@code SC} prefix means Scotland, {@code NIC} prefix
     * Northern Ireland, digits only England and Wales. The org-id forms ({@code GB-CHC-1090095}, {@code
     * GB-SC-SC042386}, {@code GB-NIC-100019}) are accepted too. Whitespace is removed and letters upper-cased.
     * A Northern Ireland number written without its {@code NIC} prefix needs {@link #of(Register, String)}.
     *
     * @param text the text to parse, may be null
     * @return the charity number, never null
     * @throws InvalidIdentifierException if the text is null or fits no register's format
     */
    @JsonCreator
    public static CharityNumber parse(@Nullable String text) {
        String compact = Text.compactUpper(Text.present(text, FIELD));
        for (Register register : Register.values()) {
            String prefix = register.orgIdScheme + "-";
            if (compact.startsWith(prefix)) {
                return of(register, compact.substring(prefix.length()));
            }
        }
        Register inferred = compact.startsWith("SC")
                ? Register.SCOTLAND
                : compact.startsWith("NIC") ? Register.NORTHERN_IRELAND : Register.ENGLAND_AND_WALES;
        return of(inferred, compact);
    }

    /**
     * Creates a charity number of a given register. Whitespace is removed and letters upper-cased.
     *
     * @param register the register that issued the number, not null
     * @param text the number, may be null; for Northern Ireland with or without the {@code NIC} prefix
     * @return the charity number, never null
     * @throws InvalidIdentifierException if the text is null or does not fit the register's format
     * @throws NullPointerException if the register is null
     */
    public static CharityNumber of(Register register, @Nullable String text) {
        requireNonNull(register, "register");
        String compact = Text.compactUpper(Text.present(text, FIELD));
        if (!register.format.matcher(compact).matches()) {
            throw new InvalidIdentifierException(ModelIssueCode.CHARITY_NUMBER_FORMAT, FIELD, compact, register.rule);
        }
        String number = register == Register.NORTHERN_IRELAND && !compact.startsWith("NIC") ? "NIC" + compact : compact;
        return new CharityNumber(register, number);
    }

    /**
     * Whether {@link #parse(String)} would accept the text.
     *
     * @param text the text to check, may be null
     * @return true if the text is a charity number of a register {@code parse} can infer; never throws
     */
    public static boolean isValid(@Nullable String text) {
        if (text == null) {
            return false;
        }
        try {
            parse(text);
            return true;
        } catch (InvalidIdentifierException e) {
            return false;
        }
    }

    /** @return the register that issued the number, never null */
    public Register register() {
        return register;
    }

    /**
     * The number as the register writes it: digits for England and Wales, {@code SC} and digits for Scotland,
     * {@code NIC} and digits for Northern Ireland. Parsing it gives back an equal value.
     *
     * @return the canonical number, the JSON form, never null
     */
    @JsonValue
    public String value() {
        return number;
    }

    /**
     * The org-id.guide identifier: {@code GB-CHC-1090095}, {@code GB-SC-SC042386} (the {@code SC} is kept) or
     * {@code GB-NIC-100019} (digits only).
     *
     * @return the org-id, never null
     */
    public String orgId() {
        String id = register == Register.NORTHERN_IRELAND ? number.substring("NIC".length()) : number;
        return register.orgIdScheme + "-" + id;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof CharityNumber)) {
            return false;
        }
        CharityNumber that = (CharityNumber) other;
        return register == that.register && number.equals(that.number);
    }

    @Override
    public int hashCode() {
        return 31 * register.ordinal() + number.hashCode();
    }

    @Override
    public String toString() {
        return "CharityNumber[" + orgId() + "]";
    }
}

package org.socialprescribing.model;

/**
 * The issue codes of sp-model: one constant per rule that a {@code validate(...)} call or an identifier factory
 * can report. Codes are stable; a new rule gets a new constant.
 */
public enum ModelIssueCode implements IssueCode {
    /** A Jakarta constraint without a more specific code failed, e.g. {@code @Max(10)}. */
    CONSTRAINT_VIOLATION("constraint", Severity.ERROR),
    /** A mandatory value is absent. */
    MISSING_VALUE("missing", Severity.ERROR),
    /** An NHS number is not 10 digits (spaces and hyphens allowed between them). */
    NHS_NUMBER_FORMAT("nhs-number.format", Severity.ERROR),
    /** An NHS number fails the modulus 11 check. */
    NHS_NUMBER_CHECK_DIGIT("nhs-number.check-digit", Severity.ERROR),
    /** An NHS number is ten identical digits, which pass modulus 11 but are never issued. */
    NHS_NUMBER_REPDIGIT("nhs-number.repdigit", Severity.ERROR),
    /** An ODS organisation code is not 3 to 8 letters or digits. */
    ODS_CODE_FORMAT("ods-code.format", Severity.ERROR),
    /** An ODS site code is not 5 to 9 letters or digits. */
    ODS_SITE_CODE_FORMAT("ods-site-code.format", Severity.ERROR),
    /** A postcode does not have the shape of a UK postcode, a BFPO number or a listed special case. */
    POSTCODE_FORMAT("postcode.format", Severity.ERROR),
    /** A postcode has the loose shape but breaks the Royal Mail letter rules: doubtful, not certainly wrong. */
    POSTCODE_NOT_STRICT("postcode.strict-format", Severity.WARNING),
    /** A charity number fits none of the England and Wales, Scottish or Northern Ireland formats. */
    CHARITY_NUMBER_FORMAT("charity-number.format", Severity.ERROR),
    /** A Companies House number is not 8 letters or digits. */
    COMPANY_NUMBER_FORMAT("company-number.format", Severity.ERROR),
    /** An LSOA code is not {@code E01} or {@code W01} followed by 6 digits. */
    LSOA_CODE_FORMAT("lsoa-code.format", Severity.ERROR),
    /** An IMD decile is outside 1..10. */
    IMD_DECILE_RANGE("imd-decile.range", Severity.ERROR);

    private final String code;
    private final Severity defaultSeverity;

    ModelIssueCode(String code, Severity defaultSeverity) {
        this.code = code;
        this.defaultSeverity = defaultSeverity;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public Severity defaultSeverity() {
        return defaultSeverity;
    }
}

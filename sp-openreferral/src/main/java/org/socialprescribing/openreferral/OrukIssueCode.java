package org.socialprescribing.openreferral;

import org.socialprescribing.model.IssueCode;
import org.socialprescribing.model.Severity;

/**
 * The stable issue codes of sp-openreferral: what the mapping between Open Referral UK records and SDK services
 * and organisations found ({@code oruk.mapping.*}). They are reported in a {@code ValidationReport} beside the
 * result, never thrown: one bad value or record does not stop the rest of a directory from being mapped.
 *
 * <p>Severities: {@link Severity#ERROR} means a record could not be mapped at all (it is still carried, so the
 * directory can be written back whole); {@link Severity#WARNING} means a value is invalid, so the SDK side leaves
 * it out while the ORUK side keeps it as written; {@link Severity#INFORMATION} means a value has no place on the
 * other side by design. Codes never change meaning once released.
 */
public enum OrukIssueCode implements IssueCode {

    /** A service has no organization, nested or found by its {@code organization_id}: no SDK provider. */
    PROVIDER_MISSING("oruk.mapping.provider-missing", Severity.ERROR),
    /** A service at location has no nested service to map. */
    SERVICE_MISSING("oruk.mapping.service-missing", Severity.ERROR),
    /** An organization identifier of a charity or company scheme ({@code GB-CHC}, {@code GB-COH}...) is invalid. */
    IDENTIFIER_INVALID("oruk.mapping.identifier-invalid", Severity.WARNING),
    /** A second charity or company number: the SDK organisation holds one of each, the first. */
    IDENTIFIER_NOT_HELD("oruk.mapping.identifier-not-held", Severity.INFORMATION),
    /** ORUK does not say what form an organization has: the SDK type is derived from its identifiers. */
    ORGANISATION_TYPE_DERIVED("oruk.mapping.organisation-type-derived", Severity.INFORMATION),
    /** A minimum or maximum age is not a whole, non-negative number of years. */
    AGE_INVALID("oruk.mapping.age-invalid", Severity.WARNING),
    /** The maximum age is below the minimum age. */
    AGE_RANGE_REVERSED("oruk.mapping.age-range-reversed", Severity.WARNING),
    /** A URL is not a URI (or, on the way to ORUK, not an absolute one). */
    URI_INVALID("oruk.mapping.uri-invalid", Severity.WARNING),
    /** A date or date-time is not in ISO 8601 form. */
    DATE_INVALID("oruk.mapping.date-invalid", Severity.WARNING),
    /** A validity period ends before it starts. */
    PERIOD_REVERSED("oruk.mapping.period-reversed", Severity.WARNING),
    /** An opening or closing time is not a local time of day ({@code HH:MM}); times with an offset are not held. */
    TIME_INVALID("oruk.mapping.time-invalid", Severity.WARNING),
    /** A closing time is not after the opening time. */
    HOURS_REVERSED("oruk.mapping.hours-reversed", Severity.WARNING),
    /** A schedule's {@code freq}, {@code interval}, {@code byday} or {@code bymonthday} is not iCalendar. */
    RECURRENCE_INVALID("oruk.mapping.recurrence-invalid", Severity.WARNING),
    /** A postal code is not a UK postcode. */
    POSTCODE_INVALID("oruk.mapping.postcode-invalid", Severity.WARNING),
    /** Latitude and longitude are not both given, or out of range. */
    COORDINATES_INVALID("oruk.mapping.coordinates-invalid", Severity.WARNING),
    /** A cost is negative. */
    AMOUNT_NEGATIVE("oruk.mapping.amount-negative", Severity.WARNING),
    /** A currency is not an ISO 4217 code. */
    CURRENCY_INVALID("oruk.mapping.currency-invalid", Severity.WARNING),
    /** A language has no code (the UK profile keeps only its ids), so the SDK cannot name it. */
    LANGUAGE_NOT_CODED("oruk.mapping.language-not-coded", Severity.INFORMATION),
    /** A language code is not a well-formed BCP 47 tag. */
    LANGUAGE_CODE_INVALID("oruk.mapping.language-code-invalid", Severity.WARNING),
    /** A contact has no e-mail address or phone number, which an SDK contact needs. */
    CONTACT_UNREACHABLE("oruk.mapping.contact-unreachable", Severity.INFORMATION),
    /** A service area has neither a name nor a {@code service_area} text. */
    SERVICE_AREA_UNNAMED("oruk.mapping.service-area-unnamed", Severity.INFORMATION),
    /** An attribute names its taxonomy term only by id: the term is not in the record to be mapped. */
    TERM_NOT_NESTED("oruk.mapping.term-not-nested", Severity.INFORMATION),
    /** A taxonomy term gives no usable code, or no code system can be formed for it. */
    TERM_NOT_CODED("oruk.mapping.term-not-coded", Severity.WARNING),
    /** A taxonomy term claims one of the SDK's code systems but its code is not one of them. */
    SDK_CODE_UNKNOWN("oruk.mapping.sdk-code-unknown", Severity.WARNING),
    /** An ORUK document cannot be read: malformed JSON, a wrong type, or a value its schema does not allow. */
    JSON_INVALID("oruk.json.invalid", Severity.FATAL),
    /** An SDK value has no Open Referral UK property and is not written. */
    NOT_EXPORTED("oruk.mapping.not-exported", Severity.INFORMATION),
    /**
     * An ORUK value the SDK's service does not hold (a service's alert, fees, accreditations, funding, phones, assured
     * date; a location's accessibility; a schedule's notes): kept in the ORUK record, reported when the SDK service
     * is written on its own (as {@code sp directory import} does), so that nothing is dropped silently.
     */
    NOT_HELD("oruk.mapping.not-held", Severity.WARNING),
    /** Open Referral UK requires a property the SDK value does not have; it is written empty. */
    REQUIRED_WRITTEN_EMPTY("oruk.mapping.required-written-empty", Severity.INFORMATION);

    private final String code;
    private final Severity defaultSeverity;

    OrukIssueCode(String code, Severity defaultSeverity) {
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

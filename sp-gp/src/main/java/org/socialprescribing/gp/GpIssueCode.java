package org.socialprescribing.gp;

import org.socialprescribing.model.IssueCode;
import org.socialprescribing.model.Severity;

/**
 * Why a GP row or resource was reported rather than mapped, and the notes sp-gp adds to what it maps. Codes are
 * stable; a new rule gets a new constant. {@code docs/gp.md} ("Reported rows") lists them with examples.
 */
public enum GpIssueCode implements IssueCode {
    /** The CSV reader could not read the row: a cell or line over a limit, an unclosed quote. */
    ROW_UNREADABLE("gp.row.unreadable", Severity.ERROR),
    /** The row has more fields than the header. */
    ROW_EXTRA_FIELDS("gp.row.extra-fields", Severity.ERROR),
    /** Neither {@code nhs_number} nor {@code person_id} holds a value. */
    PERSON_MISSING("gp.person.missing", Severity.ERROR),
    /** The NHS number is not a valid NHS number (format, check digit). */
    NHS_NUMBER_INVALID("gp.nhs-number.invalid", Severity.ERROR),
    /** The pseudonymous person id is too long or holds control characters. */
    PERSON_ID_INVALID("gp.person-id.invalid", Severity.ERROR),
    /** The row's person appeared before, with another person's rows between: the extract is not grouped by person. */
    PERSON_NOT_CONTIGUOUS("gp.person.not-contiguous", Severity.ERROR),
    /** The person has more rows than the per-person limit. */
    PERSON_TOO_MANY_ROWS("gp.person.too-many-rows", Severity.ERROR),
    /** The record id is too long or holds control characters. */
    RECORD_ID_INVALID("gp.record-id.invalid", Severity.ERROR),
    /** The date is empty. */
    DATE_MISSING("gp.date.missing", Severity.ERROR),
    /** The date is not an ISO date ({@code 2024-03-01}, optionally with a time). */
    DATE_INVALID("gp.date.invalid", Severity.ERROR),
    /** The date is after the day of the import. */
    DATE_IN_FUTURE("gp.date.future", Severity.ERROR),
    /** The code is empty. */
    CODE_MISSING("gp.code.missing", Severity.ERROR),
    /** The code system is not {@code snomed}, {@code read2}, {@code ctv3} or {@code emis}. */
    CODE_SYSTEM_UNKNOWN("gp.code-system.unknown", Severity.ERROR),
    /** No code table maps the code. */
    CODE_UNKNOWN("gp.code.unknown", Severity.ERROR),
    /** A score code without a value. */
    VALUE_MISSING("gp.value.missing", Severity.ERROR),
    /** A score value that is not a plain decimal number. */
    VALUE_NOT_A_NUMBER("gp.value.not-a-number", Severity.ERROR),
    /** A score value with more decimals than the instrument's score has. */
    VALUE_PRECISION("gp.value.precision", Severity.ERROR),
    /** A score value outside the instrument's range. */
    VALUE_OUT_OF_RANGE("gp.value.out-of-range", Severity.ERROR),
    /** The practice is not an ODS organisation code. */
    PRACTICE_INVALID("gp.practice.invalid", Severity.ERROR),
    /** An event (declined, contact, review, signposting, score) with no open referral to attach to. */
    NO_OPEN_REFERRAL("gp.event.no-open-referral", Severity.ERROR),
    /** The GP Connect Patient has no valid NHS number: the episode is built without one. */
    CONNECT_NHS_NUMBER("gp.connect.nhs-number", Severity.WARNING),
    /** The GP Connect resource has no date to place it in the record. */
    CONNECT_DATE_MISSING("gp.connect.date.missing", Severity.ERROR),
    /**
     * A GP Connect resource that is neither the record's Patient, its managing Organization, a ReferralRequest nor an
     * Observation: context sp-gp does not read (a note, with the entry's path and the resource's id).
     */
    CONNECT_RESOURCE_NOT_READ("gp.connect.resource.not-read", Severity.INFORMATION),
    /** A GP Connect Observation that HAPI's converter cannot take to R4: reported, not mapped. */
    CONNECT_RESOURCE_UNCONVERTIBLE("gp.connect.resource.unconvertible", Severity.ERROR),
    /** Content of a GP Connect record that HAPI's lenient STU3 parser left out (a note naming the element). */
    CONNECT_CONTENT_DROPPED("gp.connect.content.dropped", Severity.WARNING),
    /** A score message: the source does not say which score component (raw or metric SWEMWBS) the value is. */
    SCORE_SCALE_NOT_STATED("gp.score.scale-not-stated", Severity.WARNING),

    // ---- inputs refused as a whole: the codes of GpFormatException

    /** The extract's header cannot be read: a column named twice, no person column, a required column missing. */
    HEADER_INVALID("gp.header.invalid", Severity.FATAL),
    /** A code table cannot be read: not the documented JSON format, or a row breaks one of its rules. */
    CODE_TABLE_INVALID("gp.code-table.invalid", Severity.FATAL),
    /** A GP Connect Access Record: Structured input cannot be read as an STU3 Bundle with a Patient. */
    CONNECT_UNREADABLE("gp.connect.unreadable", Severity.FATAL),
    /** An option of an import (a limit, a directory) is not valid. */
    OPTION_INVALID("gp.option.invalid", Severity.FATAL);

    private final String code;
    private final Severity severity;

    GpIssueCode(String code, Severity severity) {
        this.code = code;
        this.severity = severity;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public Severity defaultSeverity() {
        return severity;
    }
}

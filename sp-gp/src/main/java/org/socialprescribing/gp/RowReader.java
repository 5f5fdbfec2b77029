package org.socialprescribing.gp;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.socialprescribing.model.InvalidIdentifierException;
import org.socialprescribing.model.PersonalData;
import org.socialprescribing.model.id.NhsNumber;
import org.socialprescribing.model.id.OdsCode;

/**
 * Checks one extract row against the contract and the code tables: the row becomes a {@link GpEvent} or a {@link
 * ReportedRow} naming the first rule it breaks. Holds no state between rows.
 */
final class RowReader {

    /** The longest pseudonymous person id or record id accepted. */
    static final int MAX_ID_LENGTH = 128;

    /** The longest cell quoted in a message. */
    private static final int MAX_SHOWN = 40;

    /** A plain decimal: optional minus, digits, optional fraction; no exponent, no grouping. */
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,12}(?:\\.[0-9]{1,12})?");

    /** An ISO date, optionally followed by a time ({@code T} or a space, then anything up to 30 characters). */
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}(?:[T ][0-9:.+\\-Z]{1,30})?");

    private final ExtractHeader header;
    private final CodeTable codes;
    private final LocalDate today;
    private final int nhs;
    private final int personId;
    private final int date;
    private final int code;
    private final int system;
    private final int value;
    private final int practice;
    private final int record;

    RowReader(ExtractHeader header, CodeTable codes, LocalDate today) {
        this.header = header;
        this.codes = codes;
        this.today = today;
        this.nhs = header.indexOf(ExtractHeader.NHS_NUMBER);
        this.personId = header.indexOf(ExtractHeader.PERSON_ID);
        this.date = header.indexOf(ExtractHeader.DATE);
        this.code = header.indexOf(ExtractHeader.CODE);
        this.system = header.indexOf(ExtractHeader.CODE_SYSTEM);
        this.value = header.indexOf(ExtractHeader.VALUE);
        this.practice = header.indexOf(ExtractHeader.PRACTICE_ODS);
        this.record = header.indexOf(ExtractHeader.RECORD_ID);
    }

    /** The outcome of reading a row: exactly one of the two is present. */
    record Outcome(Optional<GpEvent> event, Optional<ReportedRow> reported) {
        static Outcome of(GpEvent event) {
            return new Outcome(Optional.of(event), Optional.empty());
        }

        static Outcome report(long row, GpIssueCode code, String message) {
            return new Outcome(Optional.empty(), Optional.of(new ReportedRow(row, code, message)));
        }
    }

    /** A checked score value, or the outcome that reports why the text is not one. */
    record Checked(Optional<BigDecimal> value, Optional<Outcome> problem) {
        static Checked of(BigDecimal value) {
            return new Checked(Optional.of(value), Optional.empty());
        }

        static Checked problem(Outcome problem) {
            return new Checked(Optional.empty(), Optional.of(problem));
        }
    }

    Outcome read(long row, List<String> cells) {
        if (cells.size() > header.width()) {
            return Outcome.report(
                    row,
                    GpIssueCode.ROW_EXTRA_FIELDS,
                    "has " + cells.size() + " fields; the header has " + header.width());
        }
        Optional<NhsNumber> nhsNumber = Optional.empty();
        Optional<String> pseudonym = Optional.empty();
        String nhsCell = cell(cells, nhs);
        if (!nhsCell.isEmpty()) {
            try {
                nhsNumber = Optional.of(NhsNumber.parse(nhsCell));
            } catch (InvalidIdentifierException e) {
                // Named by its column, as every other cell is (the exception names the model's field).
                String shown = e.value().map(v -> "'" + v + "' ").orElse("");
                return Outcome.report(row, GpIssueCode.NHS_NUMBER_INVALID, "nhs_number: " + shown + e.rule());
            }
        } else {
            String id = cell(cells, personId);
            if (id.isEmpty()) {
                return Outcome.report(
                        row, GpIssueCode.PERSON_MISSING, "has no nhs_number and no person_id: whose entry it is");
            }
            if (!isId(id)) {
                return Outcome.report(
                        row,
                        GpIssueCode.PERSON_ID_INVALID,
                        "person_id: '" + shown(id) + "' must be at most " + MAX_ID_LENGTH
                                + " characters without control characters");
            }
            pseudonym = Optional.of(id);
        }
        String dateCell = cell(cells, date);
        if (dateCell.isEmpty()) {
            return Outcome.report(row, GpIssueCode.DATE_MISSING, "date: is empty");
        }
        Optional<LocalDate> day = parseDate(dateCell);
        if (day.isEmpty()) {
            return Outcome.report(
                    row,
                    GpIssueCode.DATE_INVALID,
                    "date: '" + shown(dateCell) + "' is not an ISO date such as 2024-03-01");
        }
        if (day.get().isAfter(today)) {
            return Outcome.report(
                    row, GpIssueCode.DATE_IN_FUTURE, "date: '" + day.get() + "' is after the import date " + today);
        }
        String systemCell = cell(cells, system);
        Optional<GpCodeSystem> codeSystem = GpCodeSystem.find(systemCell);
        if (codeSystem.isEmpty()) {
            return Outcome.report(
                    row,
                    GpIssueCode.CODE_SYSTEM_UNKNOWN,
                    "code_system: '" + shown(systemCell) + "' must be " + GpCodeSystem.choices());
        }
        // Read codes end in dots ("8T09.") and are case-sensitive: only surrounding spaces are removed.
        String codeCell = cell(cells, code);
        if (codeCell.isEmpty()) {
            return Outcome.report(row, GpIssueCode.CODE_MISSING, "code: is empty");
        }
        Optional<CodeMapping> mapping = codes.lookup(codeSystem.get(), codeCell);
        if (mapping.isEmpty()) {
            return Outcome.report(
                    row,
                    GpIssueCode.CODE_UNKNOWN,
                    "code: " + codeSystem.get().code() + " '" + shown(codeCell) + "' is in no code table ("
                            + String.join(", ", codes.names()) + ")");
        }
        Optional<BigDecimal> number = Optional.empty();
        if (mapping.get().kind() == EventKind.SCORE) {
            Checked checked = scoreValue(row, mapping.get(), cell(cells, value));
            if (checked.problem().isPresent()) {
                return checked.problem().get();
            }
            number = checked.value();
        }
        Optional<OdsCode> ods = Optional.empty();
        String odsCell = cell(cells, practice);
        if (!odsCell.isEmpty()) {
            if (!OdsCode.isValid(odsCell)) {
                return Outcome.report(
                        row,
                        GpIssueCode.PRACTICE_INVALID,
                        "practice_ods: '" + shown(odsCell) + "' is not an ODS organisation code (3 to 8 letters or"
                                + " digits)");
            }
            ods = Optional.of(OdsCode.parse(odsCell));
        }
        String recordCell = cell(cells, record);
        Optional<String> recordId = Optional.empty();
        if (!recordCell.isEmpty()) {
            if (!isId(recordCell)) {
                return Outcome.report(
                        row,
                        GpIssueCode.RECORD_ID_INVALID,
                        "record_id: '" + shown(recordCell) + "' must be at most " + MAX_ID_LENGTH
                                + " characters without control characters");
            }
            recordId = Optional.of(recordCell);
        }
        return Outcome.of(new GpEvent(row, nhsNumber, pseudonym, day.get(), mapping.get(), number, ods, recordId));
    }

    /** A checked score value, or the report of why it cannot be one. */
    static Checked scoreValue(long row, CodeMapping mapping, String text) {
        String label = mapping.label() + " (" + mapping.instrument().orElseThrow() + ")";
        if (text.isEmpty()) {
            return Checked.problem(Outcome.report(
                    row, GpIssueCode.VALUE_MISSING, "value: is empty; " + label + " is a score and needs one"));
        }
        if (!DECIMAL.matcher(text).matches()) {
            return Checked.problem(Outcome.report(
                    row,
                    GpIssueCode.VALUE_NOT_A_NUMBER,
                    "value: '" + shown(text) + "' is not a decimal number such as 21 or 19.25"));
        }
        BigDecimal number = new BigDecimal(text);
        if (Math.max(0, number.stripTrailingZeros().scale()) > mapping.decimals()) {
            return Checked.problem(Outcome.report(
                    row,
                    GpIssueCode.VALUE_PRECISION,
                    "value: '" + text + "' has more than " + mapping.decimals() + " decimals, which " + label
                            + " does not have"));
        }
        BigDecimal min = mapping.min().orElseThrow();
        BigDecimal max = mapping.max().orElseThrow();
        if (number.compareTo(min) < 0 || number.compareTo(max) > 0) {
            return Checked.problem(Outcome.report(
                    row,
                    GpIssueCode.VALUE_OUT_OF_RANGE,
                    "value: '" + text + "' is outside " + min.toPlainString() + ".." + max.toPlainString()
                            + ", the range of " + label));
        }
        return Checked.of(number);
    }

    private static String cell(List<String> cells, int index) {
        if (index == ExtractHeader.ABSENT || index >= cells.size()) {
            return "";
        }
        String cell = cells.get(index);
        return cell == null ? "" : cell.strip();
    }

    /** @return whether a text may be a record id: at most {@link #MAX_ID_LENGTH} characters, no control character */
    static boolean isRecordId(@org.jspecify.annotations.Nullable String id) {
        return id != null && !id.isBlank() && isId(id);
    }

    private static boolean isId(String id) {
        return id.length() <= MAX_ID_LENGTH && id.chars().noneMatch(Character::isISOControl);
    }

    static Optional<LocalDate> parseDate(String text) {
        if (!DATE.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.substring(0, 10)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A cell as a message may quote it: NHS numbers masked before the cut, control characters replaced. */
    static String shown(String cell) {
        String masked = PersonalData.mask(cell).replaceAll("\\p{Cntrl}", "?");
        return masked.length() <= MAX_SHOWN ? masked : PersonalData.mask(masked.substring(0, MAX_SHOWN)) + "...";
    }
}

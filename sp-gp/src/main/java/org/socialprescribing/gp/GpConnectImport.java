package org.socialprescribing.gp;

import static java.util.Objects.requireNonNull;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hl7.fhir.convertors.factory.VersionConvertorFactory_30_40;
import org.hl7.fhir.dstu3.model.ReferralRequest;
import org.hl7.fhir.exceptions.FHIRException;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.fhir.FhirFormatException;
import org.socialprescribing.fhir.mapping.OrganisationMapper;
import org.socialprescribing.fhir.mapping.PersonMapper;
import org.socialprescribing.measures.InstrumentRegistry;
import org.socialprescribing.model.MappingResult;
import org.socialprescribing.model.PersonalData;
import org.socialprescribing.model.Severity;
import org.socialprescribing.model.ValidationIssue;
import org.socialprescribing.model.id.NhsNumber;
import org.socialprescribing.model.id.OdsCode;
import org.socialprescribing.model.input.BoundedJson;
import org.socialprescribing.model.input.InputLimits;
import org.socialprescribing.model.org.GpPractice;
import org.socialprescribing.model.person.Person;

/**
 * A GP Connect Access Record: Structured response (FHIR STU3, a {@code GPConnect-StructuredRecord-Bundle-1}) read as
 * events of one person and built into episodes by the same rules as an extract ({@code docs/gp.md}, "GP Connect").
 * The Bundle is parsed with HAPI's STU3 model and converted to R4 with HAPI's version converter; the Patient and its
 * managing Organization are read with sp-fhir's mappers.
 *
 * <ul>
 *   <li>Rows: each {@code ReferralRequest} (whatever its status; the GP system's code is in {@code reasonCode}, the
 *       e-RS UBRN in an identifier of system {@code https://fhir.nhs.uk/Id/UBRN} or {@code
 *       https://fhir.nhs.uk/Id/ubr-number}, both of which the specification uses) and each {@code Observation}
 *       (uncategorised data: a social prescribing code, or a score in {@code valueQuantity}). Their row number is
 *       the Bundle entry's, from 1. Other resources are the record's context, not rows.
 *   <li>A referral's date is {@code authoredOn}; an Observation's {@code effectiveDateTime}, the start of {@code
 *       effectivePeriod}, or {@code issued}, as a UTC date.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class GpConnectImport {

    /** The UBRN identifier system the GP Connect ReferralRequest page names. */
    public static final String UBRN_SYSTEM = "https://fhir.nhs.uk/Id/ubr-number";
    /** The UBRN identifier system the GP Connect referrals example uses. */
    public static final String UBRN_SYSTEM_EXAMPLE = "https://fhir.nhs.uk/Id/UBRN";

    private static final String NHS_NUMBER_SYSTEM = "https://fhir.nhs.uk/Id/nhs-number";
    /**
     * A Java exception's class name as its text starts, e.g. {@code java.lang.NumberFormatException: }; sp-fhir's
     * {@code ParseProblemRecorder} drops the same from HAPI's parser messages.
     */
    private static final Pattern JAVA_EXCEPTION =
            Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z]\\w*(?:Exception|Error): ?");

    private final CodeTable codes;
    private final InstrumentRegistry instruments;
    private final LocalDate today;
    private final InputLimits limits;

    private GpConnectImport(CodeTable codes, InstrumentRegistry instruments, LocalDate today, InputLimits limits) {
        this.codes = codes;
        this.instruments = instruments;
        this.today = today;
        this.limits = limits;
    }

    /** Holds the STU3 context, created once: a FhirContext is expensive to create. */
    private static final class Stu3 {
        static final FhirContext CONTEXT = FhirContext.forDstu3Cached();
    }

    /**
     * An import with the standard code table and instruments, today's date (UTC) and the default input limits.
     *
     * @return the import, never null
     */
    public static GpConnectImport standard() {
        return new GpConnectImport(
                CodeTable.standard(),
                InstrumentRegistry.standard(),
                LocalDate.now(ZoneOffset.UTC),
                InputLimits.defaults());
    }

    /**
     * This import with other code tables.
     *
     * @param table the tables, not null
     * @return a new import, never null
     */
    public GpConnectImport withCodes(CodeTable table) {
        return new GpConnectImport(requireNonNull(table, "table"), instruments, today, limits);
    }

    /**
     * This import with another day of import: a resource dated after it is reported.
     *
     * @param day the day, not null
     * @return a new import, never null
     */
    public GpConnectImport withToday(LocalDate day) {
        return new GpConnectImport(codes, instruments, requireNonNull(day, "day"), limits);
    }

    /**
     * This import under other input limits.
     *
     * @param inputLimits the limits, not null
     * @return a new import, never null
     */
    public GpConnectImport withLimits(InputLimits inputLimits) {
        return new GpConnectImport(codes, instruments, today, requireNonNull(inputLimits, "inputLimits"));
    }

    /**
     * Reads a structured record.
     *
     * @param json the STU3 Bundle as JSON, not null
     * @param listener receives the episodes and the reported resources, not null
     * @return the figures and the notes about the record, never null
     * @throws GpFormatException if the text breaks an input limit, is not JSON, is not an STU3 Bundle, or has no
     *     Patient
     */
    public ConnectResult parse(String json, GpImportListener listener) {
        requireNonNull(json, "json");
        requireNonNull(listener, "listener");
        GpExtractImport.checkInstruments(codes, instruments);
        Stu3ParseNotes parseNotes = new Stu3ParseNotes();
        org.hl7.fhir.dstu3.model.Bundle bundle = parse(json, parseNotes);
        List<ValidationIssue> notes = new ArrayList<>(parseNotes.notes());
        List<org.hl7.fhir.dstu3.model.Bundle.BundleEntryComponent> entries = bundle.getEntry();
        int patientAt = -1;
        for (int i = 0; i < entries.size() && patientAt < 0; i++) {
            if (entries.get(i).getResource() instanceof org.hl7.fhir.dstu3.model.Patient) {
                patientAt = i;
            }
        }
        if (patientAt < 0) {
            throw new GpFormatException(
                    GpIssueCode.CONNECT_UNREADABLE, "Bundle.entry", "has no Patient: whose record it is");
        }
        Patient patient = (Patient) convertPatient(entries.get(patientAt).getResource(), patientAt);
        Person person = person(patient, notes);
        int practiceAt = managingOrganization(entries, patient);
        Optional<GpPractice> practice = practice(entries, practiceAt, notes);
        String patientId = patient.getIdElement().getIdPart();
        Optional<String> pseudonym = person.nhsNumber().isPresent()
                ? Optional.empty()
                : Optional.of("Patient/" + (patientId == null ? "" : patientId));
        ImportSession session = new ImportSession(
                new EpisodeRules(instruments), listener, Integer.MAX_VALUE, List.of(), null, PersonKeys::hash);
        session.fixPerson(new EpisodeRules.PersonContext(person, pseudonym, practice));
        Optional<OdsCode> ods = practice.map(GpPractice::odsCode);
        for (int i = 0; i < entries.size(); i++) {
            long row = i + 1L;
            org.hl7.fhir.dstu3.model.Resource original = entries.get(i).getResource();
            if (original instanceof ReferralRequest) {
                ReferralRequest referral = (ReferralRequest) original;
                event(
                        session,
                        row,
                        "ReferralRequest",
                        referral.getReasonCode().stream()
                                .map(GpConnectImport::codings)
                                .collect(Collectors.toList()),
                        referral.getAuthoredOn(),
                        null,
                        recordId(referral.getIdentifier().stream()
                                .map(id -> new Identifier()
                                        .setSystem(id.getSystem())
                                        .setValue(id.getValue()))
                                .collect(Collectors.toList())),
                        person.nhsNumber(),
                        pseudonym,
                        ods);
            } else if (original instanceof org.hl7.fhir.dstu3.model.Observation) {
                Optional<Observation> converted = convertRow(original, i, session);
                if (converted.isEmpty()) {
                    continue;
                }
                Observation observation = converted.get();
                event(
                        session,
                        row,
                        "Observation",
                        List.of(codings(observation.getCode())),
                        date(observation),
                        observation.hasValueQuantity()
                                ? observation.getValueQuantity().getValue()
                                : null,
                        recordId(observation.getIdentifier()),
                        person.nhsNumber(),
                        pseudonym,
                        ods);
            } else if (i != patientAt && i != practiceAt) {
                notes.add(notRead(original, i));
            }
        }
        return new ConnectResult(session.finish(), notes);
    }

    /** The FHIRPath of a Bundle entry's resource. */
    private static String path(int entry) {
        return "Bundle.entry[" + entry + "].resource";
    }

    /** The resource as {@code Type/id} for messages, or its type alone. */
    private static String label(org.hl7.fhir.dstu3.model.Resource resource) {
        String id = resource.getIdElement().getIdPart();
        return resource.fhirType() + (id == null || !RowReader.isRecordId(id) ? "" : "/" + RowReader.shown(id));
    }

    private static ValidationIssue notRead(org.hl7.fhir.dstu3.model.@Nullable Resource resource, int entry) {
        if (resource == null) {
            return ValidationIssue.of(
                    GpIssueCode.CONNECT_RESOURCE_NOT_READ, "Bundle.entry[" + entry + "]", "has no resource");
        }
        String why = resource instanceof org.hl7.fhir.dstu3.model.Patient
                ? "a second Patient: the record is the first Patient's"
                : resource instanceof org.hl7.fhir.dstu3.model.Organization
                        ? "an Organization other than the Patient's managing organization"
                        : "context sp-gp does not read (it reads the Patient, its managing Organization,"
                                + " ReferralRequests and Observations)";
        return ValidationIssue.of(
                GpIssueCode.CONNECT_RESOURCE_NOT_READ, path(entry), label(resource) + " not read: " + why);
    }

    /**
     * Converts the Patient to R4.
     *
     * @throws GpFormatException if HAPI's converter cannot take it (the record cannot be read without its Patient)
     */
    private static Resource convertPatient(org.hl7.fhir.dstu3.model.Resource resource, int entry) {
        try {
            return VersionConvertorFactory_30_40.convertResource(resource);
        } catch (FHIRException e) {
            throw new GpFormatException(
                    GpIssueCode.CONNECT_UNREADABLE,
                    path(entry),
                    null,
                    label(resource) + " cannot be converted to FHIR R4: " + reason(e),
                    e);
        }
    }

    /** Converts an Observation to R4, or reports it as a row that cannot be read. */
    private static Optional<Observation> convertRow(
            org.hl7.fhir.dstu3.model.Resource resource, int entry, ImportSession session) {
        try {
            return Optional.of((Observation) VersionConvertorFactory_30_40.convertResource(resource));
        } catch (FHIRException e) {
            session.reported(new ReportedRow(
                    entry + 1L,
                    GpIssueCode.CONNECT_RESOURCE_UNCONVERTIBLE,
                    path(entry) + " (" + label(resource) + "): cannot be converted to FHIR R4: " + reason(e)));
            return Optional.empty();
        }
    }

    /** The first line of a third-party message, masked and cut. */
    private static String reason(RuntimeException e) {
        // HAPI passes some Java exceptions' text on ("java.lang.NumberFormatException: For input string"): a user's
        // message names no Java class, so the class is dropped, wherever it stands.
        String message = JAVA_EXCEPTION
                .matcher(PersonalData.mask(String.valueOf(e.getMessage())))
                .replaceAll("")
                .lines()
                .findFirst()
                .orElse("");
        return message.length() <= 200 ? message : message.substring(0, 200) + "...";
    }

    private void event(
            ImportSession session,
            long row,
            String type,
            List<List<String[]>> concepts,
            @Nullable Date date,
            @Nullable BigDecimal value,
            Optional<String> recordId,
            Optional<NhsNumber> nhsNumber,
            Optional<String> pseudonym,
            Optional<OdsCode> practice) {
        Optional<CodeMapping> mapping = Optional.empty();
        List<String> seen = new ArrayList<>();
        for (List<String[]> concept : concepts) {
            for (String[] coding : concept) {
                Optional<GpCodeSystem> system = GpCodeSystem.findByFhirSystem(coding[0]);
                String code = coding[1] == null ? "" : coding[1].strip();
                if (system.isEmpty() || code.isEmpty()) {
                    continue;
                }
                seen.add(code);
                if (mapping.isEmpty()) {
                    mapping = codes.lookup(system.get(), code);
                }
            }
        }
        if (mapping.isEmpty()) {
            session.reported(new ReportedRow(
                    row,
                    GpIssueCode.CODE_UNKNOWN,
                    type + ": "
                            + (seen.isEmpty()
                                    ? "has no SNOMED CT code"
                                    : "snomed " + String.join(", ", seen) + " is in no code table ("
                                            + String.join(", ", codes.names()) + ")")));
            return;
        }
        if (date == null) {
            session.reported(new ReportedRow(row, GpIssueCode.CONNECT_DATE_MISSING, type + ": has no date"));
            return;
        }
        LocalDate day = date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        if (day.isAfter(today)) {
            session.reported(new ReportedRow(
                    row, GpIssueCode.DATE_IN_FUTURE, type + ": dated " + day + ", after the import date " + today));
            return;
        }
        Optional<BigDecimal> number = Optional.empty();
        if (mapping.get().kind() == EventKind.SCORE) {
            RowReader.Checked checked =
                    RowReader.scoreValue(row, mapping.get(), value == null ? "" : value.toPlainString());
            if (checked.problem().isPresent()) {
                checked.problem().get().reported().ifPresent(session::reported);
                return;
            }
            number = checked.value();
        }
        session.event(new GpEvent(row, nhsNumber, pseudonym, day, mapping.get(), number, practice, recordId));
    }

    /** The codings of a concept as (system, code) pairs, from either FHIR version. */
    private static List<String[]> codings(CodeableConcept concept) {
        return concept.getCoding().stream()
                .map(coding -> new String[] {coding.getSystem(), coding.getCode()})
                .collect(Collectors.toList());
    }

    private static List<String[]> codings(org.hl7.fhir.dstu3.model.CodeableConcept concept) {
        return concept.getCoding().stream()
                .map(coding -> new String[] {coding.getSystem(), coding.getCode()})
                .collect(Collectors.toList());
    }

    private static @Nullable Date date(Observation observation) {
        if (observation.hasEffectiveDateTimeType()) {
            return observation.getEffectiveDateTimeType().getValue();
        }
        if (observation.hasEffectivePeriod() && observation.getEffectivePeriod().hasStart()) {
            return observation.getEffectivePeriod().getStart();
        }
        return observation.getIssued();
    }

    private static Optional<String> recordId(List<Identifier> identifiers) {
        Optional<String> ubrn = identifiers.stream()
                .filter(id -> UBRN_SYSTEM.equals(id.getSystem()) || UBRN_SYSTEM_EXAMPLE.equals(id.getSystem()))
                .map(Identifier::getValue)
                .filter(RowReader::isRecordId)
                .findFirst();
        return ubrn.or(() -> identifiers.stream()
                .map(Identifier::getValue)
                .filter(RowReader::isRecordId)
                .findFirst());
    }

    private org.hl7.fhir.dstu3.model.Bundle parse(String json, Stu3ParseNotes notes) {
        if (json.length() > limits.maxBytes()) {
            throw new GpFormatException(
                    GpIssueCode.CONNECT_UNREADABLE,
                    "input",
                    "is longer than " + limits.maxBytes() + " characters (limit maxBytes)");
        }
        // The bounded scan first: depth, lengths and counts are checked before HAPI builds a model.
        try (JsonParser scan = BoundedJson.parser(limits, json)) {
            while (scan.nextToken() != null) {
                // every token is checked by the bounded parser
            }
        } catch (IOException | RuntimeException e) {
            throw new GpFormatException(
                    GpIssueCode.CONNECT_UNREADABLE,
                    "input",
                    null,
                    BoundedJson.breach(e, limits)
                            .map(limit -> "breaks an input limit: " + limit.getMessage())
                            .orElse("is not JSON"),
                    e);
        }
        IBaseResource stu3;
        try {
            IParser parser = Stu3.CONTEXT.newJsonParser().setParserErrorHandler(notes);
            stu3 = parser.parseResource(json);
        } catch (DataFormatException e) {
            // HAPI-1755 quotes the narrative, which may hold a person's details.
            String reason = String.valueOf(e.getMessage()).contains("HAPI-1755")
                    ? "has a narrative that is not well-formed XHTML"
                    : reason(e);
            throw new GpFormatException(
                    GpIssueCode.CONNECT_UNREADABLE,
                    "input",
                    null,
                    "is not a FHIR STU3 resource HAPI can read: " + reason,
                    e);
        } catch (RuntimeException e) {
            // Third-party code on hostile input: HAPI's lenient parser fails with other exceptions on some malformed
            // input (a NullPointerException for a Bundle entry whose resource has no resourceType). Wrapped, named.
            throw new GpFormatException(
                    GpIssueCode.CONNECT_UNREADABLE,
                    "input",
                    null,
                    // The exception's own text is the JVM's (class and method names): --debug shows it.
                    "is not a FHIR STU3 resource HAPI can read: its parser failed on it"
                            + " (a Bundle entry whose resource has no resourceType does this)",
                    e);
        }
        if (!(stu3 instanceof org.hl7.fhir.dstu3.model.Bundle)) {
            throw new GpFormatException(
                    GpIssueCode.CONNECT_UNREADABLE,
                    "resourceType",
                    stu3.fhirType(),
                    "must be Bundle (a GP Connect structured record)");
        }
        return (org.hl7.fhir.dstu3.model.Bundle) stu3;
    }

    private static Person person(Patient patient, List<ValidationIssue> notes) {
        try {
            MappingResult<Person> read = PersonMapper.toPerson(patient);
            notes.addAll(read.report().issues());
            return read.value();
        } catch (FhirFormatException e) {
            notes.add(ValidationIssue.of(
                    GpIssueCode.CONNECT_NHS_NUMBER,
                    Severity.WARNING,
                    "Patient.identifier",
                    "the Patient cannot be read with its NHS number (" + e.getMessage()
                            + "); the episode is built without one"));
        }
        Patient withoutNumber = patient.copy();
        withoutNumber.getIdentifier().removeIf(id -> NHS_NUMBER_SYSTEM.equals(id.getSystem()));
        try {
            MappingResult<Person> read = PersonMapper.toPerson(withoutNumber);
            notes.addAll(read.report().issues());
            return read.value();
        } catch (FhirFormatException e) {
            notes.add(e.toIssue());
            return Person.builder().build();
        }
    }

    /** @return the entry index of the Patient's managing Organization, or -1 */
    private static int managingOrganization(
            List<org.hl7.fhir.dstu3.model.Bundle.BundleEntryComponent> entries, Patient patient) {
        String reference = patient.getManagingOrganization().getReference();
        if (reference == null) {
            return -1;
        }
        for (int i = 0; i < entries.size(); i++) {
            org.hl7.fhir.dstu3.model.Resource resource = entries.get(i).getResource();
            if (resource instanceof org.hl7.fhir.dstu3.model.Organization
                    && reference.equals(
                            "Organization/" + resource.getIdElement().getIdPart())) {
                return i;
            }
        }
        return -1;
    }

    private static Optional<GpPractice> practice(
            List<org.hl7.fhir.dstu3.model.Bundle.BundleEntryComponent> entries, int at, List<ValidationIssue> notes) {
        if (at < 0) {
            return Optional.empty();
        }
        org.hl7.fhir.dstu3.model.Resource original = entries.get(at).getResource();
        Organization organization;
        try {
            organization = (Organization) VersionConvertorFactory_30_40.convertResource(original);
        } catch (FHIRException e) {
            notes.add(ValidationIssue.of(
                    GpIssueCode.CONNECT_RESOURCE_NOT_READ,
                    path(at),
                    label(original) + " (the managing organization) cannot be converted to FHIR R4: " + reason(e)
                            + "; the episodes have no practice"));
            return Optional.empty();
        }
        try {
            MappingResult<GpPractice> read = OrganisationMapper.toGpPractice(organization);
            notes.addAll(read.report().issues());
            return Optional.of(read.value());
        } catch (FhirFormatException e) {
            notes.add(e.toIssue());
            return Optional.empty();
        }
    }
}

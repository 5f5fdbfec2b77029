package org.socialprescribing.fhir.mapping.internal;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.MessageHeader;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Task;
import org.hl7.fhir.r4.model.ValueSet;
import org.socialprescribing.fhir.FhirFormatException;
import org.socialprescribing.fhir.FhirIssueCode;
import org.socialprescribing.fhir.internal.IsoDates;
import org.socialprescribing.fhir.mapping.IntakeResult;
import org.socialprescribing.fhir.questionnaire.MeasurementCanonicals;
import org.socialprescribing.fhir.questionnaire.OutcomeMeasurementMapper;
import org.socialprescribing.measures.InvalidResponseException;
import org.socialprescribing.model.MappingResult;
import org.socialprescribing.model.Severity;
import org.socialprescribing.model.SpException;
import org.socialprescribing.model.ValidationIssue;
import org.socialprescribing.model.ValidationReport;
import org.socialprescribing.model.coding.CodedText;
import org.socialprescribing.model.episode.PlanNeed;
import org.socialprescribing.model.episode.Referral;
import org.socialprescribing.model.episode.Referrer;
import org.socialprescribing.model.episode.SocialPrescribingEpisode;
import org.socialprescribing.model.episode.SupportPlan;
import org.socialprescribing.model.episode.Urgency;
import org.socialprescribing.model.measure.Collector;
import org.socialprescribing.model.measure.OutcomeMeasurement;
import org.socialprescribing.model.measure.Timepoint;
import org.socialprescribing.model.person.Person;
import org.socialprescribing.model.workforce.ProfessionalRef;

/**
 * Lifts a referral from the FHIR that other systems send, with no SDK resource, extension or code system required:
 * a Gravity SDOH referral (Patient, ServiceRequest and a Task whose {@code focus} is the ServiceRequest, with
 * Consent, Condition, QuestionnaireResponse (read through the Questionnaires of the same Bundle) and Observations of
 * an instrument's score where present), a BaRS message ({@code MessageHeader.focus} names the
 * ServiceRequest), a server's search result or a bare transaction of Patient and ServiceRequest. Every problem is
 * collected; the input is refused only for what FHIR says must not be processed (an unknown modifier extension)
 * or when there is no referral to read. {@code docs/fhir.md} ("Intake") has the table of what is read from
 * where.
 */
public final class IntakeEpisode {

    // Date-only dateTimes are days in England: they start at local midnight.
    private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

    // Another system's response does not say when in the episode it was taken, nor who collected it. No source gives
    // a rule: "other" is the model's timepoint for any other time, and a referral comes from the referrer's system.
    // Both are said in an information issue, and the caller can change them (episode.withOutcomeMeasurements).
    private static final Timepoint ASSUMED_TIMEPOINT = Timepoint.OTHER;
    private static final Collector ASSUMED_COLLECTOR = Collector.HEALTH_SYSTEM;

    private IntakeEpisode() {}

    /**
     * Whether a Bundle is the SDK's own episode: it holds an EpisodeOfCare that claims the SDK's episode profile.
     *
     * @param bundle the Bundle
     * @return true if the SDK's strict reading applies
     */
    public static boolean isSdkEpisode(Bundle bundle) {
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            Resource resource = entry.getResource();
            if (resource instanceof EpisodeOfCare && resource.hasMeta()) {
                if (resource.getMeta().getProfile().stream()
                        .anyMatch(profile -> SpProfile.EPISODE.url().equals(profile.getValue()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Reads a referral from another system's Bundle.
     *
     * @param bundle the Bundle, of any type; not changed
     * @param measurements maps QuestionnaireResponses of instruments the SDK knows
     * @param now the time of import: it decides which name and address are current, and is when an undated
     *     referral was received
     * @return the episode with every problem found, or a refusal with them
     */
    public static IntakeResult<SocialPrescribingEpisode> read(
            Bundle bundle, OutcomeMeasurementMapper measurements, Instant now) {
        ResourceIndex index;
        try {
            index = ResourceIndex.of(bundle);
        } catch (FhirFormatException e) {
            return IntakeResult.refused(
                    ValidationReport.of(ValidationIssue.of(e.code(), Severity.ERROR, e.location(), e.rule())));
        }
        Intake intake = new Intake(new Reading(index));
        intake.refuseModifiers();
        Optional<SocialPrescribingEpisode> episode = Optional.empty();
        try {
            episode = episode(intake, bundle, measurements, now);
        } catch (FhirFormatException e) {
            intake.refuse(e);
        } catch (SpException e) {
            intake.refuse(FhirIssueCode.INVALID_VALUE, "Bundle", e.getMessage());
        }
        intake.reportMetaAndNarrative();
        ValidationReport report = intake.finish();
        if (intake.refused() || episode.isEmpty()) {
            return IntakeResult.refused(report.isValid() ? report.and(noReferral()) : report);
        }
        return IntakeResult.of(episode.get(), report);
    }

    private static ValidationReport noReferral() {
        return ValidationReport.of(
                ValidationIssue.of(FhirIssueCode.MISSING_ELEMENT, "Bundle", "holds no referral the intake could read"));
    }

    private static Optional<SocialPrescribingEpisode> episode(
            Intake intake, Bundle bundle, OutcomeMeasurementMapper measurements, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ENGLAND);
        Reading reading = intake.reading();
        Optional<At<ServiceRequest>> found = referral(intake);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        At<ServiceRequest> request = reading.read(found.get());
        ServiceRequest node = request.node();
        Optional<At<Task>> task = task(intake, request);
        Optional<At<Patient>> patient = patient(intake, request, task);
        if (patient.isEmpty()) {
            intake.refuse(
                    FhirIssueCode.MISSING_ELEMENT,
                    request.path() + ".subject",
                    "is mandatory: a reference to the Patient the referral is about");
            return Optional.empty();
        }
        Person person = IntakePerson.read(intake, patient.get(), today);
        SocialPrescribingEpisode.Builder target =
                SocialPrescribingEpisode.builder().person(person);
        target.addAllGpRegistrations(IntakePerson.registrations(intake, patient.get()));
        reading.use(node.getStatusElement());
        reading.use(node.getIntentElement());

        Referral.Builder referral = Referral.builder();
        if (node.hasIdentifier()) {
            At<org.hl7.fhir.r4.model.Identifier> identifier =
                    request.child(node.getIdentifierFirstRep(), "identifier", 0);
            if (identifier.node().hasValue()) {
                reading.use(identifier.node());
                referral.referralId(identifier.node().getValue());
            }
        }
        Optional<Instant> authored = node.hasAuthoredOnElement()
                ? instant(intake, request.child(node.getAuthoredOnElement(), "authoredOn"))
                : Optional.empty();
        referral.referredAt(authored);
        if (node.hasPriority()) {
            reading.use(node.getPriorityElement());
            referral.urgency(Urgency.valueOf(node.getPriority().name()));
        }
        Map<Condition, CodedText> conditions = new IdentityHashMap<>();
        List<CodedText> needs = needs(intake, request, conditions);
        needs.addAll(otherConditions(intake, patient.get(), conditions));
        referral.addAllPresentingNeeds(needs);
        if (node.hasNote() && node.getNoteFirstRep().hasText()) {
            reading.use(node.getNoteFirstRep().getTextElement());
            referral.reasonForReferral(node.getNoteFirstRep().getText());
        }
        if (node.hasRequester()) {
            IntakeParties.party(intake, request.child(node.getRequester(), "requester"), request)
                    .flatMap(party -> referrer(intake, request, party))
                    .ifPresent(referral::referrer);
        } else if (task.isPresent() && task.get().node().hasRequester()) {
            At<Task> owner = task.get();
            IntakeParties.party(intake, owner.child(owner.node().getRequester(), "requester"), owner)
                    .flatMap(party -> referrer(intake, request, party))
                    .ifPresent(referral::referrer);
        }
        Optional<ProfessionalRef> referredTo = Optional.empty();
        if (node.hasPerformer()) {
            referredTo =
                    IntakeParties.party(intake, request.child(node.getPerformerFirstRep(), "performer", 0), request);
        }
        if (referredTo.isEmpty() && task.isPresent() && task.get().node().hasOwner()) {
            referredTo = IntakeParties.party(
                    intake, task.get().child(task.get().node().getOwner(), "owner"), task.get());
        }
        referral.referredTo(referredTo);
        referral.doNotContact(doNotContact(intake, request));
        List<At<Consent>> consents = reading.index().ofType(Consent.class);
        boolean first = true;
        for (At<Consent> consent : consents) {
            Optional<org.socialprescribing.model.episode.Consent> read = IntakeConsent.read(intake, consent);
            if (read.isPresent() && first) {
                referral.consentToShare(read.get());
                first = false;
            } else {
                read.ifPresent(target::addConsent);
            }
        }
        target.referral(intake.reading().build(request.path(), referral::build));

        Instant received = IntakeJourney.received(intake, bundle, request, task, authored, now);
        target.journey(IntakeJourney.derive(intake, request, task, received));
        episodeOfCare(intake, request).ifPresent(target::episodeId);
        plan(intake, conditions).ifPresent(target::supportPlan);
        OutcomeMeasurementMapper mapper = definitions(intake, bundle, measurements);
        Set<QuestionnaireResponse> responses = Collections.newSetFromMap(new IdentityHashMap<>());
        target.addAllOutcomeMeasurements(measurements(intake, mapper, responses));
        target.addAllOutcomeMeasurements(recordedScores(intake, mapper, patient.get(), responses));
        return Optional.of(reading.build("Bundle", target::build));
    }

    /** The referral: the message's focus, else a Gravity Task's focus, else the one ServiceRequest not based on another. */
    private static Optional<At<ServiceRequest>> referral(Intake intake) {
        Reading reading = intake.reading();
        for (At<MessageHeader> header : reading.index().ofType(MessageHeader.class)) {
            reading.read(header);
            reading.use(header.node().hasEvent() ? header.node().getEvent() : null); // the kind of message
            List<Reference> focus = header.node().getFocus();
            for (int i = 0; i < focus.size(); i++) {
                Optional<At<Resource>> target = intake.target(header.child(focus.get(i), "focus", i), header);
                if (target.isPresent() && target.get().node() instanceof ServiceRequest) {
                    intake.inform(header.path() + ".focus[" + i + "]", "read as a message: the referral is the focus");
                    return Optional.of(IntakeParties.cast(target.get(), ServiceRequest.class));
                }
            }
        }
        for (At<Task> task : reading.index().ofType(Task.class)) {
            if (task.node().hasFocus() && !task.node().hasPartOf()) {
                Optional<At<Resource>> target = reading.index().find(task.node().getFocus(), task);
                if (target.isPresent() && target.get().node() instanceof ServiceRequest) {
                    intake.inform(
                            task.path() + ".focus", "read as a Gravity referral: the Task's focus is the referral");
                    return Optional.of(IntakeParties.cast(target.get(), ServiceRequest.class));
                }
            }
        }
        List<At<ServiceRequest>> requests = new ArrayList<>();
        for (At<ServiceRequest> request : reading.index().ofType(ServiceRequest.class)) {
            boolean basedOnAnother = request.node().getBasedOn().stream()
                    .anyMatch(basedOn -> reading.index()
                            .find(basedOn, request)
                            .filter(found -> found.node() instanceof ServiceRequest)
                            .isPresent());
            if (!basedOnAnother) {
                requests.add(request);
            }
        }
        if (requests.size() == 1) {
            intake.inform(requests.get(0).path(), "read as a bare referral: the one ServiceRequest of the input");
            return Optional.of(requests.get(0));
        }
        if (requests.isEmpty()) {
            intake.refuse(
                    FhirIssueCode.MISSING_ELEMENT,
                    "Bundle",
                    "holds no ServiceRequest: a referral needs one (as a message's focus, a Task's focus, or alone)");
        } else {
            intake.refuse(
                    FhirIssueCode.INVALID_STRUCTURE,
                    "Bundle",
                    "holds " + requests.size() + " referrals (ServiceRequests not based on another); import one"
                            + " at a time, or send a message whose MessageHeader.focus names it");
        }
        return Optional.empty();
    }

    /** The referral's Task: one whose focus is the ServiceRequest and that is not a subtask. */
    private static Optional<At<Task>> task(Intake intake, At<ServiceRequest> request) {
        for (At<Task> task : intake.reading().index().ofType(Task.class)) {
            if (task.node().hasFocus()
                    && !task.node().hasPartOf()
                    && intake.reading().pointsAt(task.node().getFocus(), task, request.node())) {
                At<Task> read = intake.reading().read(task);
                intake.target(read.child(read.node().getFocus(), "focus"), read);
                intake.reading().use(read.node().getIntentElement());
                return Optional.of(read);
            }
        }
        return Optional.empty();
    }

    private static Optional<At<Patient>> patient(Intake intake, At<ServiceRequest> request, Optional<At<Task>> task) {
        if (request.node().hasSubject()) {
            Optional<At<Resource>> subject =
                    intake.target(request.child(request.node().getSubject(), "subject"), request);
            if (subject.isPresent() && subject.get().node() instanceof Patient) {
                task.filter(found -> found.node().hasFor()).ifPresent(found -> {
                    if (intake.reading()
                            .pointsAt(
                                    found.node().getFor(), found, subject.get().node())) {
                        intake.reading().use(found.node().getFor());
                    }
                });
                return Optional.of(IntakeParties.cast(subject.get(), Patient.class));
            }
        }
        List<At<Patient>> patients = intake.reading().index().ofType(Patient.class);
        if (patients.size() == 1) {
            intake.warn(
                    FhirIssueCode.UNRESOLVED_REFERENCE,
                    request.path() + ".subject",
                    "does not name the input's one Patient; that Patient is taken as the person referred");
            return Optional.of(intake.reading().read(patients.get(0)));
        }
        return Optional.empty();
    }

    private static Optional<Referrer> referrer(Intake intake, At<ServiceRequest> request, ProfessionalRef party) {
        return intake.lenient(
                "the requester",
                () -> intake.reading()
                        .build(
                                request.path() + ".requester",
                                () -> Referrer.builder()
                                        .name(party.name())
                                        .role(party.role())
                                        .team(party.team())
                                        .specialty(party.specialty())
                                        .service(party.service())
                                        .organisation(party.organisation())
                                        .contact(party.contact())
                                        .build()));
    }

    /**
     * The presenting needs: the ServiceRequest's {@code reasonCode}s, the codes of the Conditions its {@code
     * reasonReference} names, and of those the CarePlan it is {@code basedOn} addresses (BaRS).
     */
    private static List<CodedText> needs(
            Intake intake, At<ServiceRequest> request, Map<Condition, CodedText> conditions) {
        List<CodedText> needs = new ArrayList<>();
        ServiceRequest node = request.node();
        for (int i = 0; i < node.getReasonCode().size(); i++) {
            IntakeParties.concept(intake, request.child(node.getReasonCode().get(i), "reasonCode", i))
                    .ifPresent(needs::add);
        }
        for (int i = 0; i < node.getReasonReference().size(); i++) {
            condition(
                            intake,
                            request.child(node.getReasonReference().get(i), "reasonReference", i),
                            request,
                            conditions)
                    .ifPresent(needs::add);
        }
        for (int i = 0; i < node.getBasedOn().size(); i++) {
            At<Reference> basedOn = request.child(node.getBasedOn().get(i), "basedOn", i);
            Optional<At<Resource>> plan = intake.target(basedOn, request);
            if (plan.isPresent() && plan.get().node() instanceof CarePlan) {
                At<CarePlan> carePlan = IntakeParties.cast(plan.get(), CarePlan.class);
                List<Reference> addresses = carePlan.node().getAddresses();
                for (int a = 0; a < addresses.size(); a++) {
                    condition(intake, carePlan.child(addresses.get(a), "addresses", a), carePlan, conditions)
                            .ifPresent(needs::add);
                }
            }
        }
        return needs;
    }

    private static Optional<CodedText> condition(
            Intake intake, At<Reference> reference, At<? extends Resource> host, Map<Condition, CodedText> conditions) {
        Optional<At<Resource>> target = intake.target(reference, host);
        if (target.isEmpty() || !(target.get().node() instanceof Condition)) {
            return Optional.empty();
        }
        return need(intake, IntakeParties.cast(target.get(), Condition.class), conditions);
    }

    /** A Condition's code as a need, once per Condition however many references name it. */
    private static Optional<CodedText> need(
            Intake intake, At<Condition> condition, Map<Condition, CodedText> conditions) {
        if (conditions.containsKey(condition.node())) {
            return Optional.empty();
        }
        if (!condition.node().hasCode()) {
            return Optional.empty();
        }
        Optional<CodedText> need =
                IntakeParties.concept(intake, condition.child(condition.node().getCode(), "code"));
        need.ifPresent(found -> conditions.put(condition.node(), found));
        return need;
    }

    /**
     * The input's other Conditions about the person (a Gravity referral's health concerns, a BaRS message's
     * findings) that no reference above named: needs and concerns the sender recorded, so presenting needs too. A
     * Condition about someone else is left unread and so reported.
     */
    private static List<CodedText> otherConditions(
            Intake intake, At<Patient> patient, Map<Condition, CodedText> conditions) {
        List<CodedText> needs = new ArrayList<>();
        for (At<Condition> condition : intake.reading().index().ofType(Condition.class)) {
            Condition node = condition.node();
            if (conditions.containsKey(node)
                    || !node.hasCode()
                    || (node.hasSubject()
                            && !intake.reading().pointsAt(node.getSubject(), condition, patient.node()))) {
                continue;
            }
            At<Condition> read = intake.reading().read(condition);
            if (node.hasSubject()) {
                intake.reading().use(node.getSubject());
            }
            need(intake, read, conditions).ifPresent(needs::add);
        }
        return needs;
    }

    /**
     * The support plan from the input's Goals: a Goal that addresses a Condition read as a need is a goal of that
     * need. A Goal that addresses none, or whose status the model has no home for, stays unread and so is reported.
     */
    private static Optional<SupportPlan> plan(Intake intake, Map<Condition, CodedText> conditions) {
        Map<Condition, List<org.socialprescribing.model.episode.Goal>> goals = new LinkedHashMap<>();
        for (At<Goal> goal : intake.reading().index().ofType(Goal.class)) {
            Optional<At<Condition>> addresses = addressed(intake, goal, conditions);
            if (addresses.isEmpty()) {
                continue;
            }
            IntakeGoals.read(intake, goal).ifPresent(read -> {
                intake.target(goal.child(goal.node().getAddresses().get(0), "addresses", 0), goal);
                goals.computeIfAbsent(addresses.get().node(), key -> new ArrayList<>())
                        .add(read);
            });
        }
        if (goals.isEmpty()) {
            return Optional.empty();
        }
        SupportPlan.Builder plan = SupportPlan.builder();
        goals.forEach((condition, list) -> plan.addNeed(PlanNeed.builder()
                .need(conditions.get(condition))
                .addAllGoals(list)
                .build()));
        return Optional.of(plan.build());
    }

    /** The Condition, read as a need, that a Goal's first {@code addresses} names; empty if none. */
    private static Optional<At<Condition>> addressed(
            Intake intake, At<Goal> goal, Map<Condition, CodedText> conditions) {
        if (!goal.node().hasAddresses()) {
            return Optional.empty();
        }
        return intake.reading()
                .index()
                .find(goal.node().getAddresses().get(0), goal)
                .filter(found -> found.node() instanceof Condition && conditions.containsKey(found.node()))
                .map(found -> IntakeParties.cast(found, Condition.class));
    }

    private static boolean doNotContact(Intake intake, At<ServiceRequest> request) {
        for (CodeableConcept detail : request.node().getOrderDetail()) {
            for (Coding coding : detail.getCoding()) {
                if (Systems.SDOHCC_TEMPORARY_CODES.equals(coding.getSystem())
                        && Systems.CONTACTING_SUBJECT_PROHIBITED.equals(coding.getCode())) {
                    intake.reading().use(detail);
                    return true;
                }
            }
        }
        return false;
    }

    /** An EpisodeOfCare of the other system that names the referral: its identifier is kept, its status reported. */
    private static Optional<String> episodeOfCare(Intake intake, At<ServiceRequest> request) {
        for (At<EpisodeOfCare> episode : intake.reading().index().ofType(EpisodeOfCare.class)) {
            boolean names = episode.node().getReferralRequest().stream()
                    .anyMatch(ref -> intake.reading().pointsAt(ref, episode, request.node()));
            if (!names) {
                continue;
            }
            At<EpisodeOfCare> read = intake.reading().read(episode);
            if (read.node().hasStatus()) {
                intake.warn(
                        FhirIssueCode.VALUE_NOT_MAPPED,
                        read.path() + ".status",
                        "the other system's EpisodeOfCare status '"
                                + read.node().getStatus().toCode()
                                + "'; the journey comes from the Task and ServiceRequest; not mapped");
                intake.reading().use(read.node().getStatusElement());
            }
            if (read.node().hasIdentifier()
                    && read.node().getIdentifierFirstRep().hasValue()) {
                intake.reading().use(read.node().getIdentifierFirstRep());
                return Optional.of(read.node().getIdentifierFirstRep().getValue());
            }
        }
        return Optional.empty();
    }

    /**
     * QuestionnaireResponses of instruments the SDK knows, scored by the SDK: the SDK's own measurements (with their
     * timepoint and collector) as written, other systems' responses as {@code QuestionnaireResponseScorer} matches
     * them. Others stay unread and so are reported. Only the SDK's own exceptions mean "not a measurement": anything
     * else is a bug and propagates.
     */
    private static List<OutcomeMeasurement> measurements(
            Intake intake, OutcomeMeasurementMapper mapper, Set<QuestionnaireResponse> read) {
        List<OutcomeMeasurement> found = new ArrayList<>();
        for (At<QuestionnaireResponse> response : intake.reading().index().ofType(QuestionnaireResponse.class)) {
            boolean sdkShape = response.node().hasExtension(MeasurementCanonicals.TIMEPOINT);
            MappingResult<OutcomeMeasurement> measurement;
            try {
                measurement = sdkShape
                        ? mapper.toMeasurement(response.node(), List.of())
                        : mapper.importMeasurement(response.node(), ASSUMED_TIMEPOINT, ASSUMED_COLLECTOR);
            } catch (SpException e) {
                intake.warn(
                        FhirIssueCode.VALUE_NOT_MAPPED,
                        response.path(),
                        "a QuestionnaireResponse the SDK cannot read as a measurement of an instrument it scores ("
                                + firstProblem(e) + "); not mapped");
                continue;
            }
            intake.reading().read(response);
            intake.reading().use(response.node());
            if (!sdkShape) {
                intake.inform(
                        response.path(),
                        "read as a " + measurement.value().instrumentId().value() + " measurement scored by the SDK;"
                                + " the response does not say when in the episode it was taken nor who collected it:"
                                + " timepoint '" + ASSUMED_TIMEPOINT.code() + "' and collector '"
                                + ASSUMED_COLLECTOR.code() + "' (the referrer's system) are assumed");
            }
            for (ValidationIssue warning : measurement.report().issues()) {
                if (warning.code() == FhirIssueCode.QUESTIONNAIRE_MATCHED) {
                    intake.inform(response.path() + relative(warning.path()), warning.message());
                    continue; // how the response was read: by which Questionnaire or codes
                }
                if (warning.severity() == Severity.INFORMATION) {
                    continue; // notes such as a stated total the SDK's score confirms
                }
                intake.warn(
                        FhirIssueCode.UNMAPPED_CONTENT, response.path() + relative(warning.path()), warning.message());
            }
            found.add(measurement.value());
            read.add(response.node());
        }
        return found;
    }

    /**
     * The mapper for the input's QuestionnaireResponses, given the input's own Questionnaires, ValueSets and
     * CodeSystems as supplied definitions (an IG's example Bundle, a server's search result with {@code _include}),
     * as {@code sp fhir score --questionnaire} supplies them. Each definition is read as such, not as part of the
     * episode, and an information issue says so.
     */
    private static OutcomeMeasurementMapper definitions(Intake intake, Bundle bundle, OutcomeMeasurementMapper mapper) {
        boolean any = false;
        for (At<Resource> entry : intake.reading().index().entries()) {
            Resource resource = entry.node();
            if (resource instanceof Questionnaire || resource instanceof ValueSet || resource instanceof CodeSystem) {
                any = true;
                intake.reading().read(entry);
                intake.reading().use(resource);
                // The reading of responses uses the items and their answers' weights; an extension on the definition
                // as a whole is what the sender added, and is reported like any other.
                List<Extension> extensions = ((DomainResource) resource).getExtension();
                for (int i = 0; i < extensions.size(); i++) {
                    intake.warn(
                            FhirIssueCode.UNMAPPED_CONTENT,
                            entry.path() + ".extension[" + i + "]",
                            "extension " + extensions.get(i).getUrl() + " of a definition has no home in the SDK's"
                                    + " model; not mapped");
                }
                intake.inform(
                        entry.path(),
                        "a " + resource.fhirType() + ": read as a definition for the input's QuestionnaireResponses"
                                + " (as a supplied Questionnaire is), not as part of the episode");
            }
        }
        return any ? mapper.withDefinitions(List.of(bundle)) : mapper;
    }

    /**
     * Other systems' Observations of an instrument's score, known by a verified national code, about the person and
     * not derived from a response read above: outcome measurements "as recorded elsewhere" (the score only, no
     * answers), as {@link OutcomeMeasurementMapper#importMeasurement(Observation, Timepoint, Collector)} reads them.
     * The status, code, value, date and
     * subject are read; the rest of such an Observation is reported. Every other Observation stays unread and so is
     * reported.
     */
    private static List<OutcomeMeasurement> recordedScores(
            Intake intake, OutcomeMeasurementMapper mapper, At<Patient> patient, Set<QuestionnaireResponse> responses) {
        List<OutcomeMeasurement> found = new ArrayList<>();
        Reading reading = intake.reading();
        for (At<Observation> observation : reading.index().ofType(Observation.class)) {
            Observation node = observation.node();
            if ((node.hasSubject() && !reading.pointsAt(node.getSubject(), observation, patient.node()))
                    || derivedFromRead(reading, observation, responses)) {
                continue; // about someone else, or a score of a response already read: stays reported
            }
            MappingResult<OutcomeMeasurement> measurement;
            try {
                measurement = mapper.importMeasurement(node, ASSUMED_TIMEPOINT, ASSUMED_COLLECTOR);
            } catch (InvalidResponseException e) {
                List<ValidationIssue> errors = e.report().errors();
                boolean known =
                        errors.stream().noneMatch(issue -> issue.code() == FhirIssueCode.QUESTIONNAIRE_UNMATCHED);
                if (known && !errors.isEmpty()) {
                    ValidationIssue first = errors.get(0);
                    intake.warn(
                            FhirIssueCode.VALUE_NOT_MAPPED,
                            observation.path() + relativeTo("Observation", first.path()),
                            "the score of an instrument the SDK knows, not read as a measurement: " + first.message());
                }
                continue;
            }
            reading.read(observation);
            reading.use(node.getStatusElement());
            reading.use(node.getCode());
            reading.use(node.getValue());
            reading.use(node.getEffective());
            reading.use(node.hasSubject() ? node.getSubject() : null);
            intake.inform(
                    observation.path(),
                    "read as a " + measurement.value().instrumentId().value() + " score recorded elsewhere (the"
                            + " score only, no answers; suppliedBy names the Observation); the Observation does not"
                            + " say when in the episode it was taken nor who collected it: timepoint '"
                            + ASSUMED_TIMEPOINT.code() + "' and collector '" + ASSUMED_COLLECTOR.code()
                            + "' (the referrer's system) are assumed");
            for (ValidationIssue issue : measurement.report().issues()) {
                intake.issue(ValidationIssue.of(
                        issue.code(),
                        issue.severity(),
                        observation.path() + relativeTo("Observation", issue.path()),
                        issue.message()));
            }
            found.add(measurement.value());
        }
        return found;
    }

    private static boolean derivedFromRead(
            Reading reading, At<Observation> observation, Set<QuestionnaireResponse> responses) {
        for (Reference derivedFrom : observation.node().getDerivedFrom()) {
            for (QuestionnaireResponse response : responses) {
                if (reading.pointsAt(derivedFrom, observation, response)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A path under a resource ({@code Observation.value}) as a path under its Bundle entry. */
    private static String relativeTo(String root, String path) {
        return path.startsWith(root) ? path.substring(root.length()) : "";
    }

    /** A path under the response ({@code QuestionnaireResponse.item[2]}) as a path under its Bundle entry. */
    private static String relative(String path) {
        return relativeTo("QuestionnaireResponse", path);
    }

    private static String firstProblem(SpException e) {
        if (e instanceof InvalidResponseException) {
            List<ValidationIssue> errors =
                    ((InvalidResponseException) e).report().errors();
            if (!errors.isEmpty()) {
                return errors.get(0).path() + ": " + errors.get(0).message();
            }
        }
        return e.getMessage();
    }

    /**
     * A dateTime as an instant: full precision as given; a date alone as the start of that day in England. A year or
     * a month is too coarse and is reported.
     *
     * @param intake the intake state
     * @param value the dateTime, located
     * @return the instant, or empty (reported)
     */
    static Optional<Instant> instant(Intake intake, At<? extends BaseDateTimeType> value) {
        BaseDateTimeType node = value.node();
        String text = node.getValueAsString();
        if (text == null) {
            return Optional.empty();
        }
        try {
            if (node.getPrecision() == TemporalPrecisionEnum.DAY) {
                intake.reading().use(node);
                return Optional.of(LocalDate.parse(text).atStartOfDay(ENGLAND).toInstant());
            }
            if (node.getPrecision().ordinal() > TemporalPrecisionEnum.DAY.ordinal()) {
                intake.reading().use(node);
                return Optional.of(IsoDates.offsetDateTime(text).toInstant());
            }
        } catch (DateTimeParseException e) {
            // a time without seconds or a zone: reported below
        }
        intake.warn(
                FhirIssueCode.VALUE_NOT_MAPPED,
                value.path(),
                "a date and time too coarse or without a time zone; not mapped");
        return Optional.empty();
    }
}

package org.socialprescribing.fhir.mapping.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.Composition.CompositionStatus;
import org.hl7.fhir.r4.model.Composition.SectionComponent;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Reference;
import org.socialprescribing.fhir.SpFhir;
import org.socialprescribing.fhir.questionnaire.OutcomeMeasurementMapper;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.ModelIssueCode;
import org.socialprescribing.model.coding.CodedConcept;
import org.socialprescribing.model.coding.Snomed;
import org.socialprescribing.model.episode.ReferralStatus;
import org.socialprescribing.model.episode.RequestedAction;
import org.socialprescribing.model.episode.SocialPrescribingEpisode;
import org.socialprescribing.model.workforce.ProfessionalRef;

/**
 * The PRSB "message back to GP and referrer" as a FHIR document: a {@code Composition} (authored by the link worker,
 * or the service the referral went to) followed by the resources its sections list. The coded entries a GP system
 * files are SNOMED CT 871731000000106 Referral to social prescribing service as a {@code Procedure} (when the
 * referral was accepted) or 871711000000103 Social prescribing declined as an {@code Observation}, and the outcome
 * scores as score Observations with their QuestionnaireResponses. Full detail adds the plan and requested actions and
 * the clinical summary as section text, and every resource of the episode.
 */
public final class MessageBackFhir {

    /** The document's title, also the text of its type. */
    public static final String TITLE = "Social prescribing: message back to GP and referrer";

    /**
     * The document's type: SNOMED CT 823691000000103 Clinical letter, the document type UK systems give the letters
     * they send to GP practices ([S] GP Connect Send Document letters as airslie/renalware-core writes them; the
     * DocumentEntry types of NHS England's North West genomics IG). UK Core binds {@code Composition.type}
     * (preferred) to the Record composition type simple reference set 1127551000000109, whose members cannot be
     * listed offline.
     */
    public static final CodedConcept CLINICAL_LETTER = CodedConcept.snomed("823691000000103", "Clinical letter");

    /** The document's category: SNOMED CT 823751000000102 Letter, [V] in UK Core 2.0.2's UKCore-CompositionCategory. */
    public static final CodedConcept LETTER = CodedConcept.snomed("823751000000102", "Letter");

    /** Identifier system of message-back documents. */
    public static final String DOCUMENT_ID = SpFhir.CANONICAL_BASE + "/Id/message-back";

    private MessageBackFhir() {}

    /**
     * Writes the document.
     *
     * @param episode the episode
     * @param full true for full detail, false for coded entries only
     * @param composedAt when the message was composed
     * @param bundle a document Bundle to write into
     * @param measurements maps the outcome measurements
     */
    public static void write(
            SocialPrescribingEpisode episode,
            boolean full,
            Instant composedAt,
            BundleWriter bundle,
            OutcomeMeasurementMapper measurements) {
        Composition composition = new Composition();
        String documentId = bundle.nextFullUrl();
        bundle.add(composition, documentId);
        List<Reference> coded = new ArrayList<>();
        EpisodeWriter writer;
        if (full) {
            writer = new EpisodeWriter(bundle, EpisodeFhir.write(episode, bundle, measurements));
            for (BundleEntryComponent entry : bundle.entries()) {
                if (entry.getResource() instanceof Observation && ((Observation) entry.getResource()).hasDerivedFrom()
                        || entry.getResource().fhirType().equals("QuestionnaireResponse")) {
                    coded.add(new Reference(entry.getFullUrl()));
                }
            }
        } else {
            writer = new EpisodeWriter(bundle, EpisodeFhir.writePatient(episode, bundle));
            coded.addAll(OutcomeMeasurementsFhir.write(writer, measurements, episode.outcomeMeasurements()));
        }
        Reference author = writer.professional(author(episode));
        coded.addAll(0, codedEntries(writer, episode, author));

        composition.setStatus(CompositionStatus.FINAL);
        composition.setType(new CodeableConcept(Codings.coding(CLINICAL_LETTER)).setText(TITLE));
        composition.addCategory(new CodeableConcept(Codings.coding(LETTER)));
        composition.setSubject(writer.patient());
        composition.setDateElement(Times.dateTime(composedAt));
        composition.addAuthor(author);
        composition.setTitle(TITLE);
        composition.setText(narrative(MessageBackText.heading(episode, author(episode), composedAt)));
        if (full && !episode.requestedActions().isEmpty()) {
            composition
                    .addSection()
                    .setTitle("Plan and requested actions")
                    .setText(narrative(requestedActions(episode.requestedActions())));
        }
        SectionComponent outcome = composition
                .addSection()
                .setTitle("Social prescribing codes and outcomes")
                .setText(narrative(MessageBackText.codesAndOutcomes(episode)));
        coded.forEach(entry -> outcome.addEntry(entry.copy()));
        List<String> support = MessageBackText.supportOffered(episode);
        if (!support.isEmpty()) {
            composition.addSection().setTitle("Support offered").setText(narrative(support));
        }
        if (full) {
            episode.clinicalSummary()
                    .ifPresent(summary -> composition
                            .addSection()
                            .setTitle("Clinical summary")
                            .setText(narrative(List.of(summary))));
            Set<String> listed = coded.stream().map(Reference::getReference).collect(Collectors.toSet());
            listed.add(documentId);
            SectionComponent record = composition
                    .addSection()
                    .setTitle("Social prescribing episode")
                    .setText(narrative(MessageBackText.episode(episode)));
            for (BundleEntryComponent entry : bundle.entries()) {
                if (!listed.contains(entry.getFullUrl())) {
                    record.addEntry(new Reference(entry.getFullUrl()));
                }
            }
        }
    }

    /**
     * Stamps the finished document: its identifier and timestamp, as FHIR requires of a document Bundle.
     *
     * @param document the Bundle
     * @param id the document's identifier value
     * @param composedAt when it was composed
     * @return the Bundle
     */
    public static Bundle stamp(Bundle document, String id, Instant composedAt) {
        document.setIdentifier(new Identifier().setSystem(DOCUMENT_ID).setValue(id));
        document.setTimestampElement(Times.instant(composedAt));
        return document;
    }

    private static ProfessionalRef author(SocialPrescribingEpisode episode) {
        return episode.linkWorker()
                .or(() -> episode.referral().referredTo())
                .orElseThrow(() ->
                        new InvalidValueException("linkWorker", ModelIssueCode.EPISODE_MESSAGE_AUTHOR_MISSING.rule()));
    }

    private static List<Reference> codedEntries(
            EpisodeWriter writer, SocialPrescribingEpisode episode, Reference author) {
        List<Reference> entries = new ArrayList<>();
        episode.journey().firstEntered(ReferralStatus.ACCEPTED).ifPresent(accepted -> {
            Procedure procedure = new Procedure();
            procedure.setStatus(Procedure.ProcedureStatus.COMPLETED);
            procedure.setCode(new CodeableConcept(Codings.coding(Snomed.REFERRAL_TO_SOCIAL_PRESCRIBING_SERVICE)));
            procedure.setSubject(writer.patient());
            procedure.setPerformed(Times.dateTime(accepted));
            procedure.addPerformer().setActor(author.copy());
            entries.add(writer.bundle().add(procedure));
        });
        episode.journey().firstEntered(ReferralStatus.DECLINED).ifPresent(declined -> {
            Observation observation = new Observation();
            observation.setStatus(Observation.ObservationStatus.FINAL);
            observation.setCode(new CodeableConcept(Codings.coding(Snomed.SOCIAL_PRESCRIBING_DECLINED)));
            observation.setSubject(writer.patient());
            observation.setEffective(Times.dateTime(declined));
            entries.add(writer.bundle().add(observation));
        });
        return entries;
    }

    private static List<String> requestedActions(List<RequestedAction> actions) {
        List<String> lines = new ArrayList<>();
        for (RequestedAction action : actions) {
            action.forProfessionals().ifPresent(text -> lines.add("For professionals: " + text));
            action.forPersonOrCarer().ifPresent(text -> lines.add("For the person or carer: " + text));
            action.agreedWithPerson().ifPresent(text -> lines.add("Agreed with the person: " + text));
        }
        return lines;
    }

    static Narrative narrative(List<String> paragraphs) {
        StringBuilder div = new StringBuilder("<div xmlns=\"http://www.w3.org/1999/xhtml\">");
        for (String paragraph : paragraphs) {
            TextCheck.check("Composition.section.text", paragraph);
            div.append("<p>").append(escape(paragraph)).append("</p>");
        }
        Narrative narrative = new Narrative().setStatus(Narrative.NarrativeStatus.GENERATED);
        narrative.setDivAsString(div.append("</div>").toString());
        return narrative;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}

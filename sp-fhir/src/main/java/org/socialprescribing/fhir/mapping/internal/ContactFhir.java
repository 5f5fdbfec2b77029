package org.socialprescribing.fhir.mapping.internal;

import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Encounter.EncounterLocationComponent;
import org.hl7.fhir.r4.model.Encounter.EncounterParticipantComponent;
import org.hl7.fhir.r4.model.Encounter.EncounterStatus;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Reference;
import org.socialprescribing.model.episode.ProfessionalContact;
import org.socialprescribing.model.workforce.ProfessionalRef;

/**
 * A contact with a professional as an {@code Encounter} of the episode: when as {@code period.start}, the kind of
 * contact as {@code type}, the service as {@code serviceType}, who saw the person as participants of type ATND
 * (attender) and the responsible professional as PPRF (primary performer), the place as {@code location} (its name
 * as the reference's display, its kind as {@code physicalType}); consultation method and outcome are SDK extensions.
 * The encounter class, mandatory in FHIR, is not known to the SDK and carries a {@code data-absent-reason}.
 */
final class ContactFhir {

    private static final Coding ATTENDER = new Coding(Systems.V3_PARTICIPATION_TYPE, "ATND", "attender");
    private static final Coding PRIMARY_PERFORMER =
            new Coding(Systems.V3_PARTICIPATION_TYPE, "PPRF", "primary performer");

    private ContactFhir() {}

    static Encounter write(EpisodeWriter writer, ProfessionalContact contact, Reference episode) {
        Encounter encounter = new Encounter();
        contact.method()
                .ifPresent(
                        method -> Extensions.add(encounter, SpExtension.CONSULTATION_METHOD, Codings.concept(method)));
        contact.outcome()
                .ifPresent(outcome -> Extensions.add(encounter, SpExtension.CONTACT_OUTCOME, Codings.concept(outcome)));
        encounter.setStatus(EncounterStatus.FINISHED);
        Coding unknownClass = new Coding();
        Extensions.add(unknownClass, Systems.DATA_ABSENT_REASON, new CodeType("unknown"));
        encounter.setClass_(unknownClass);
        contact.contactType().ifPresent(type -> encounter.addType(Codings.concept(type)));
        contact.service().ifPresent(service -> encounter.setServiceType(Codings.concept(service)));
        encounter.setSubject(writer.patient());
        encounter.addEpisodeOfCare(episode.copy());
        contact.seenBy()
                .forEach(who -> encounter
                        .addParticipant()
                        .addType(new CodeableConcept(ATTENDER.copy()))
                        .setIndividual(writer.professional(who)));
        contact.responsible()
                .ifPresent(who -> encounter
                        .addParticipant()
                        .addType(new CodeableConcept(PRIMARY_PERFORMER.copy()))
                        .setIndividual(writer.professional(who)));
        encounter.getPeriod().setStartElement(Times.dateTime(contact.at()));
        if (contact.location().isPresent() || contact.locationType().isPresent()) {
            EncounterLocationComponent location = encounter.addLocation();
            location.setLocation(contact.location()
                    .map(name -> new Reference().setDisplay(name))
                    .orElseGet(DataAbsent::reference));
            contact.locationType().ifPresent(type -> location.setPhysicalType(Codings.concept(type)));
        }
        return encounter;
    }

    static ProfessionalContact read(EpisodeReading episode, At<Encounter> encounter, EpisodeOfCare episodeOfCare) {
        Reading reading = episode.reading();
        Encounter node = reading.read(encounter).node();
        ProfessionalContact.Builder contact = ProfessionalContact.builder();
        contact.method(Extensions.codedText(reading, encounter, SpExtension.CONSULTATION_METHOD));
        contact.outcome(Extensions.codedText(reading, encounter, SpExtension.CONTACT_OUTCOME));
        reading.use(node.getStatusElement());
        if (node.hasClass_() && !node.getClass_().hasCode()) {
            DataAbsent.read(reading, encounter.child(node.getClass_(), "class"));
        }
        if (node.getType().size() > 1) {
            throw reading.structure(encounter.path() + ".type[1]", "must not be a second type");
        }
        if (node.hasType()) {
            contact.contactType(Codings.codedText(reading, encounter.child(node.getTypeFirstRep(), "type", 0)));
        }
        if (node.hasServiceType()) {
            contact.service(Codings.codedText(reading, encounter.child(node.getServiceType(), "serviceType")));
        }
        episode.requirePatient(encounter.child(node.getSubject(), "subject"), encounter);
        for (int i = 0; i < node.getEpisodeOfCare().size(); i++) {
            if (reading.pointsAt(node.getEpisodeOfCare().get(i), encounter, episodeOfCare)) {
                reading.use(node.getEpisodeOfCare().get(i));
            }
        }
        Optional<ProfessionalRef> responsible = Optional.empty();
        List<EncounterParticipantComponent> participants = node.getParticipant();
        for (int i = 0; i < participants.size(); i++) {
            At<EncounterParticipantComponent> participant = encounter.child(participants.get(i), "participant", i);
            if (participant.node().getType().size() != 1) {
                throw reading.structure(participant.path() + ".type", "must hold one participation type, ATND or PPRF");
            }
            CodeableConcept type = participant.node().getTypeFirstRep();
            At<Reference> individual = participant.child(participant.node().getIndividual(), "individual");
            if (Codings.useIfCode(reading, type, ATTENDER)) {
                contact.addSeenBy(episode.professional(individual, encounter));
            } else if (Codings.useIfCode(reading, type, PRIMARY_PERFORMER)) {
                reading.once(responsible, participant.path(), "responsible professional (PPRF)");
                responsible = Optional.of(episode.professional(individual, encounter));
            } else {
                throw reading.invalid(participant.path() + ".type", "must be ATND (seen by) or PPRF (responsible)");
            }
        }
        contact.responsible(responsible);
        if (!node.hasPeriod() || !node.getPeriod().hasStartElement()) {
            throw reading.missing(encounter.path() + ".period.start", "when the contact happened");
        }
        contact.at(Times.instant(reading, encounter.child(node.getPeriod().getStartElement(), "period.start")));
        if (node.getLocation().size() > 1) {
            throw reading.structure(encounter.path() + ".location[1]", "must not be a second location");
        }
        if (node.hasLocation()) {
            At<EncounterLocationComponent> location = encounter.child(node.getLocationFirstRep(), "location", 0);
            At<Reference> place = location.child(location.node().getLocation(), "location");
            if (place.node().hasExtension(Systems.DATA_ABSENT_REASON)) {
                DataAbsent.read(reading, place);
            } else {
                contact.location(reading.value(place.child(place.node().getDisplayElement(), "display"), "the place"));
            }
            if (location.node().hasPhysicalType()) {
                contact.locationType(Codings.codedText(
                        reading, location.child(location.node().getPhysicalType(), "physicalType")));
            }
        }
        return reading.build(encounter.path(), contact::build);
    }
}

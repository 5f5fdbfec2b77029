package org.socialprescribing.fhir.mapping.internal;

import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.Communication.CommunicationStatus;
import org.socialprescribing.model.episode.Signposting;
import org.socialprescribing.model.service.ServiceCategory;

/**
 * Signposting as a {@code Communication} to the person (category signposting, sent on the day): what it was about
 * is the professional, team or service signposted to ({@code about}, a PractitionerRole), if recorded, and, by
 * identifier, the directory's service; the reasons are {@code reasonCode}; the kinds of support an SDK extension. It is not a
 * ServiceRequest: signposting is not a referral.
 */
final class SignpostingFhir {

    private SignpostingFhir() {}

    static Communication write(EpisodeWriter writer, Signposting signposting) {
        Communication communication = new Communication();
        signposting
                .categories()
                .forEach(category ->
                        Extensions.add(communication, SpExtension.SERVICE_CATEGORY, Codings.coding(category)));
        communication.setStatus(CommunicationStatus.COMPLETED);
        communication.addCategory(Codings.concept(RecordType.SIGNPOSTING));
        communication.setSubject(writer.patient());
        signposting.to().ifPresent(to -> communication.addAbout(writer.professional(to)));
        signposting
                .serviceDirectoryId()
                .ifPresent(id -> communication.addAbout(writer.bundle().service(id)));
        communication.setSentElement(Times.dateTime(signposting.date()));
        communication.addRecipient(writer.patient());
        signposting.reasons().forEach(reason -> communication.addReasonCode(Codings.concept(reason)));
        return communication;
    }

    /** Whether a Communication is signposting: category signposting. */
    static boolean isSignposting(Communication communication) {
        return communication.getCategory().stream()
                .anyMatch(category -> category.getCoding().stream()
                        .anyMatch(coding -> Systems.RECORD_TYPE.equals(coding.getSystem())
                                && RecordType.SIGNPOSTING.code().equals(coding.getCode())));
    }

    static Signposting read(EpisodeReading episode, At<Communication> communication) {
        Reading reading = episode.reading();
        Communication node = reading.read(communication).node();
        Signposting.Builder signposting = Signposting.builder();
        signposting.addAllCategories(
                Extensions.codedList(reading, communication, SpExtension.SERVICE_CATEGORY, ServiceCategory.class));
        reading.use(node.getStatusElement());
        Codings.requireCategory(reading, communication, node.getCategory(), RecordType.SIGNPOSTING);
        episode.requirePatient(communication.child(node.getSubject(), "subject"), communication);
        OnwardReferralFhir.recipientAndService(
                episode, communication, node.getAbout(), "about", signposting::to, signposting::serviceDirectoryId);
        if (!node.hasSentElement()) {
            throw reading.missing(communication.path() + ".sent", "the day of the signposting");
        }
        signposting.date(Times.date(reading, communication.child(node.getSentElement(), "sent")));
        for (int i = 0; i < node.getRecipient().size(); i++) {
            episode.requirePatient(communication.child(node.getRecipient().get(i), "recipient", i), communication);
        }
        for (int i = 0; i < node.getReasonCode().size(); i++) {
            signposting.addReason(Codings.codedText(
                    reading, communication.child(node.getReasonCode().get(i), "reasonCode", i)));
        }
        return reading.build(communication.path(), signposting::build);
    }
}

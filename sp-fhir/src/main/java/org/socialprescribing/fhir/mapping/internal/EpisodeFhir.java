package org.socialprescribing.fhir.mapping.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.Basic;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.RiskAssessment;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.StringType;
import org.socialprescribing.fhir.questionnaire.OutcomeMeasurementMapper;
import org.socialprescribing.model.episode.GpRegistration;
import org.socialprescribing.model.episode.IndividualRequirements;
import org.socialprescribing.model.episode.OnwardReferral;
import org.socialprescribing.model.episode.ReferralStatus;
import org.socialprescribing.model.episode.RequestedAction;
import org.socialprescribing.model.episode.SocialPrescribingEpisode;
import org.socialprescribing.model.episode.WhatMatters;
import org.socialprescribing.model.person.Person;

/**
 * A whole social prescribing episode and the resources of one Bundle, both ways. The {@code EpisodeOfCare} holds the
 * episode together: its {@code patient}, its {@code referralRequest} (the referral ServiceRequest), the link worker
 * as {@code careManager}, the episode's status and period (derived from the journey), and the episode-level items
 * PRSB has and FHIR does not (consent not obtained, clinical summary, requested actions) as SDK extensions. GP
 * registrations are the Patient's {@code generalPractitioner} references, each to the practice's Organization with
 * the GP's name, a temporary registration and the opt-out finding as SDK extensions on the reference.
 *
 * <p>An item the episode does not record (no GP registration, no risks, no referrer) is an absent FHIR element or
 * resource, and an absent element or resource reads back as an item not recorded: completeness is the validation
 * groups' question, not the mapping's.
 */
public final class EpisodeFhir {

    private EpisodeFhir() {}

    /**
     * Writes an episode.
     *
     * @param episode the episode
     * @param bundle the Bundle to write into
     * @param measurements maps the outcome measurements
     * @return a reference to the episode's Patient
     */
    public static Reference write(
            SocialPrescribingEpisode episode, BundleWriter bundle, OutcomeMeasurementMapper measurements) {
        EpisodeWriter writer = new EpisodeWriter(bundle, writePatient(episode, bundle));

        EpisodeOfCare episodeOfCare = SpProfile.EPISODE.claim(new EpisodeOfCare());
        Reference episodeRef = bundle.add(episodeOfCare);
        ReferralFhir.Written referral =
                ReferralFhir.write(writer, episode.referral(), episode.journey(), episode.linkWorker());
        episode.consentNotObtainedReason()
                .ifPresent(reason ->
                        Extensions.add(episodeOfCare, SpExtension.CONSENT_NOT_OBTAINED_REASON, new StringType(reason)));
        episode.clinicalSummary()
                .ifPresent(summary ->
                        Extensions.add(episodeOfCare, SpExtension.CLINICAL_SUMMARY, new StringType(summary)));
        episode.requestedActions().forEach(action -> writeRequestedAction(episodeOfCare, action));
        episode.episodeId()
                .ifPresent(id -> episodeOfCare.addIdentifier(
                        new Identifier().setSystem(Systems.EPISODE_ID).setValue(id)));
        ReferralStatus status = episode.status();
        episodeOfCare.setStatus(StatusTables.episode(status));
        episodeOfCare.setPatient(writer.patient());
        episodeOfCare.addReferralRequest(referral.serviceRequest.copy());
        episode.linkWorker().ifPresent(worker -> episodeOfCare.setCareManager(writer.professional(worker)));
        episodeOfCare
                .getPeriod()
                .setStartElement(
                        Times.dateTime(episode.journey().events().get(0).at()));
        if (status.isClosed() || status == ReferralStatus.ENTERED_IN_ERROR) {
            episodeOfCare
                    .getPeriod()
                    .setEndElement(Times.dateTime(episode.journey().lastChanged()));
        }

        Map<String, Reference> onwardReferrals = new HashMap<>();
        for (OnwardReferral onward : episode.onwardReferrals()) {
            onwardReferrals.put(onward.id(), OnwardReferralFhir.write(writer, onward, referral));
        }
        episode.supportPlan().ifPresent(plan -> PlanFhir.write(writer, plan, onwardReferrals));
        episode.consents().forEach(consent -> bundle.add(ConsentFhir.write(writer, consent)));
        episode.whatMatters().ifPresent(what -> bundle.add(AboutPersonFhir.write(writer, what)));
        episode.individualRequirements()
                .ifPresent(requirements -> bundle.add(AboutPersonFhir.write(writer, requirements)));
        episode.safeguardingConcerns().forEach(concern -> bundle.add(SafetyFhir.write(writer, concern)));
        episode.risks().ifPresent(risks -> bundle.add(SafetyFhir.write(writer, risks)));
        episode.contacts().forEach(contact -> bundle.add(ContactFhir.write(writer, contact, episodeRef)));
        episode.signposting().forEach(signposting -> bundle.add(SignpostingFhir.write(writer, signposting)));
        OutcomeMeasurementsFhir.write(writer, measurements, episode.outcomeMeasurements());
        return writer.patient();
    }

    /**
     * Writes the episode's Patient, with its GP registrations as {@code generalPractitioner} references to the
     * practices' Organizations; created only if no Patient has its NHS number, when it has one.
     *
     * @param episode the episode
     * @param bundle the Bundle to write into
     * @return a reference to the Patient
     */
    public static Reference writePatient(SocialPrescribingEpisode episode, BundleWriter bundle) {
        Patient patient = PersonFhir.write(episode.person());
        // Without an NHS number there is nothing to match an existing Patient on: the Patient is created.
        Reference patientRef = episode.person()
                .nhsNumber()
                .map(nhsNumber ->
                        bundle.addIfNoneExist(patient, "identifier=" + Systems.NHS_NUMBER + "|" + nhsNumber.value()))
                .orElseGet(() -> bundle.add(patient));
        for (GpRegistration registration : episode.gpRegistrations()) {
            Reference practice =
                    bundle.addOnce(registration.practice(), () -> OrganisationFhir.write(registration.practice()));
            registration
                    .gpName()
                    .ifPresent(name -> Extensions.add(practice, SpExtension.GP_NAME, new StringType(name)));
            if (registration.temporary()) {
                Extensions.add(practice, SpExtension.TEMPORARY_REGISTRATION, new BooleanType(true));
            }
            registration
                    .optOut()
                    .ifPresent(finding ->
                            Extensions.add(practice, SpExtension.DATA_SHARING_OPT_OUT, Codings.coding(finding)));
            patient.addGeneralPractitioner(practice);
        }
        return patientRef;
    }

    private static void writeRequestedAction(EpisodeOfCare episodeOfCare, RequestedAction action) {
        Extension extension = Extensions.addComplex(episodeOfCare, SpExtension.REQUESTED_ACTION);
        action.forProfessionals()
                .ifPresent(text -> Extensions.addPart(extension, "for-professionals", new StringType(text)));
        action.forPersonOrCarer()
                .ifPresent(text -> Extensions.addPart(extension, "for-person-or-carer", new StringType(text)));
        action.agreedWithPerson()
                .ifPresent(text -> Extensions.addPart(extension, "agreed-with-person", new StringType(text)));
    }

    /**
     * Reads the one episode of an input.
     *
     * @param reading the mapping state over the input
     * @param measurements maps the outcome measurements
     * @return the episode
     */
    public static SocialPrescribingEpisode read(Reading reading, OutcomeMeasurementMapper measurements) {
        List<At<EpisodeOfCare>> episodes = reading.index().ofType(EpisodeOfCare.class);
        if (episodes.size() != 1) {
            throw reading.structure("Bundle", "must hold exactly one EpisodeOfCare, not " + episodes.size());
        }
        At<EpisodeOfCare> episodeOfCare = reading.read(episodes.get(0));
        EpisodeOfCare node = episodeOfCare.node();
        At<Patient> patient =
                reading.resolve(episodeOfCare.child(node.getPatient(), "patient"), Patient.class, episodeOfCare);
        Person person = PersonFhir.read(reading, patient);
        EpisodeReading episode = new EpisodeReading(reading, patient);
        SocialPrescribingEpisode.Builder target =
                SocialPrescribingEpisode.builder().person(person);
        target.addAllGpRegistrations(registrations(reading, patient));

        target.consentNotObtainedReason(
                Extensions.text(reading, episodeOfCare, SpExtension.CONSENT_NOT_OBTAINED_REASON));
        target.clinicalSummary(Extensions.text(reading, episodeOfCare, SpExtension.CLINICAL_SUMMARY));
        for (At<Extension> action : Extensions.all(episodeOfCare, SpExtension.REQUESTED_ACTION)) {
            target.addRequestedAction(requestedAction(reading, action));
        }
        target.episodeId(reading.identifier(episodeOfCare, node.getIdentifier(), Systems.EPISODE_ID));
        reading.use(node.getStatusElement());
        reading.use(node.hasPeriod() ? node.getPeriod() : null);
        if (node.getReferralRequest().size() != 1) {
            throw reading.structure(
                    episodeOfCare.path() + ".referralRequest", "must name the one referral of the episode");
        }
        At<ServiceRequest> request = reading.resolve(
                episodeOfCare.child(node.getReferralRequestFirstRep(), "referralRequest", 0),
                ServiceRequest.class,
                episodeOfCare);
        ReferralFhir.Read referral = ReferralFhir.read(episode, request);
        target.referral(referral.referral).journey(referral.journey);
        if (node.hasCareManager()) {
            target.linkWorker(
                    episode.professional(episodeOfCare.child(node.getCareManager(), "careManager"), episodeOfCare));
        }

        Map<ServiceRequest, String> onwardIds = new IdentityHashMap<>();
        for (At<ServiceRequest> onward :
                episode.pointingAt(ServiceRequest.class, ServiceRequest::getBasedOn, "basedOn", request.node())) {
            OnwardReferral read = OnwardReferralFhir.read(episode, onward, referral.task);
            onwardIds.put(onward.node(), read.id());
            target.addOnwardReferral(read);
        }
        List<At<CarePlan>> plans = reading.index().ofType(CarePlan.class);
        if (plans.size() > 1) {
            throw reading.structure("Bundle", "must hold at most one CarePlan (the support plan), not " + plans.size());
        }
        plans.stream().findFirst().ifPresent(plan -> target.supportPlan(PlanFhir.read(episode, plan, onwardIds)));
        for (At<Consent> consent : reading.index().ofType(Consent.class)) {
            if (!isReferralConsent(reading, request, consent)) {
                target.addConsent(ConsentFhir.read(episode, consent));
            }
        }
        Optional<WhatMatters> whatMatters = Optional.empty();
        Optional<IndividualRequirements> requirements = Optional.empty();
        for (At<Basic> basic : reading.index().ofType(Basic.class)) {
            Optional<RecordType> type = AboutPersonFhir.type(basic.node());
            if (type.equals(Optional.of(RecordType.WHAT_MATTERS))) {
                reading.once(whatMatters, basic.path(), "What matters to me (Basic)");
                whatMatters = Optional.of(AboutPersonFhir.readWhatMatters(episode, basic));
            } else if (type.equals(Optional.of(RecordType.INDIVIDUAL_REQUIREMENTS))) {
                reading.once(requirements, basic.path(), "Individual requirements (Basic)");
                requirements = Optional.of(AboutPersonFhir.readIndividualRequirements(episode, basic));
            }
        }
        target.whatMatters(whatMatters).individualRequirements(requirements);
        for (At<Flag> flag : reading.index().ofType(Flag.class)) {
            if (SafetyFhir.isSafeguarding(flag.node())) {
                target.addSafeguardingConcern(SafetyFhir.read(episode, flag));
            }
        }
        target.risks(SafetyFhir.read(episode, reading.index().ofType(RiskAssessment.class)));
        for (At<Encounter> encounter : reading.index().ofType(Encounter.class)) {
            target.addContact(ContactFhir.read(episode, encounter, node));
        }
        for (At<Communication> communication : reading.index().ofType(Communication.class)) {
            if (SignpostingFhir.isSignposting(communication.node())) {
                target.addSignposting(SignpostingFhir.read(episode, communication));
            }
        }
        target.addAllOutcomeMeasurements(OutcomeMeasurementsFhir.read(episode, measurements));
        return reading.build(episodeOfCare.path(), target::build);
    }

    private static boolean isReferralConsent(Reading reading, At<ServiceRequest> request, At<Consent> consent) {
        return request.node().getSupportingInfo().stream()
                .anyMatch(info -> reading.pointsAt(info, request, consent.node()));
    }

    private static List<GpRegistration> registrations(Reading reading, At<Patient> patient) {
        List<GpRegistration> registrations = new ArrayList<>();
        List<Reference> practices = patient.node().getGeneralPractitioner();
        for (int i = 0; i < practices.size(); i++) {
            At<Reference> reference = patient.child(practices.get(i), "generalPractitioner", i);
            At<Organization> practice = reading.resolve(reference, Organization.class, patient);
            GpRegistration.Builder registration = GpRegistration.builder()
                    .practice(OrganisationFhir.readGpPractice(reading, practice))
                    .gpName(Extensions.text(reading, reference, SpExtension.GP_NAME))
                    .temporary(Extensions.flag(reading, reference, SpExtension.TEMPORARY_REGISTRATION)
                            .orElse(false));
            Extensions.one(reading, reference, SpExtension.DATA_SHARING_OPT_OUT)
                    .ifPresent(found -> registration.optOut(
                            Codings.codedConcept(reading, Extensions.value(reading, found, Coding.class))));
            registrations.add(reading.build(reference.path(), registration::build));
        }
        return registrations;
    }

    private static RequestedAction requestedAction(Reading reading, At<Extension> extension) {
        RequestedAction.Builder action = RequestedAction.builder();
        Extensions.part(reading, extension, "for-professionals", StringType.class)
                .ifPresent(found -> action.forProfessionals(found.node().getValue()));
        Extensions.part(reading, extension, "for-person-or-carer", StringType.class)
                .ifPresent(found -> action.forPersonOrCarer(found.node().getValue()));
        Extensions.part(reading, extension, "agreed-with-person", StringType.class)
                .ifPresent(found -> action.agreedWithPerson(found.node().getValue()));
        return reading.build(extension.path(), action::build);
    }
}

package org.socialprescribing.fhir.mapping.internal;

import java.util.List;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Consent.ConsentProvisionType;
import org.hl7.fhir.r4.model.Consent.ConsentState;
import org.hl7.fhir.r4.model.Consent.ProvisionComponent;
import org.hl7.fhir.r4.model.Consent.provisionActorComponent;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.socialprescribing.model.episode.ConsentBasis;
import org.socialprescribing.model.episode.ConsentPurpose;

/**
 * Consent to share information and {@code Consent}: scope patient-privacy, category HL7 v3 {@code IDSCL}
 * (information disclosure, as the Gravity SDOHCC Consent profile has it), the basis (explicit or implied) as
 * {@code policyRule}, the purposes as {@code provision.purpose}, the organisations shared with as {@code
 * provision.actor} (role information recipient), withdrawal as {@code provision.period.end} (and status inactive);
 * who recorded it and the free-text statement in SDK extensions.
 */
final class ConsentFhir {

    private static final Coding INFORMATION_DISCLOSURE =
            new Coding(Systems.V3_ACT_CODE, "IDSCL", "information disclosure");
    private static final Coding PATIENT_PRIVACY =
            new Coding(Systems.CONSENT_SCOPE, "patient-privacy", "Privacy Consent");
    private static final Coding RECIPIENT = new Coding(Systems.V3_PARTICIPATION_TYPE, "IRCP", "information recipient");

    private ConsentFhir() {}

    static Consent write(EpisodeWriter writer, org.socialprescribing.model.episode.Consent consent) {
        Consent target = new Consent();
        consent.id()
                .ifPresent(id -> target.addIdentifier(
                        new Identifier().setSystem(Systems.CONSENT_ID).setValue(id)));
        consent.recordedBy().ifPresent(by -> Extensions.add(target, SpExtension.RECORDED_BY, writer.professional(by)));
        consent.note().ifPresent(note -> Extensions.add(target, SpExtension.COMMENT, new StringType(note)));
        target.setStatus(consent.withdrawnAt().isPresent() ? ConsentState.INACTIVE : ConsentState.ACTIVE);
        target.setScope(new CodeableConcept(PATIENT_PRIVACY.copy()));
        target.addCategory(new CodeableConcept(INFORMATION_DISCLOSURE.copy()));
        target.setPatient(writer.patient());
        target.setDateTimeElement(Times.dateTime(consent.recordedAt()));
        target.setPolicyRule(Codings.concept(consent.basis()));
        ProvisionComponent provision = target.getProvision().setType(ConsentProvisionType.PERMIT);
        consent.withdrawnAt().ifPresent(at -> provision.getPeriod().setEndElement(Times.dateTime(at)));
        consent.sharedWith()
                .forEach(organisation -> provision
                        .addActor()
                        .setRole(new CodeableConcept(RECIPIENT.copy()))
                        .setReference(OrganisationFhir.reference(organisation)));
        consent.purposes().forEach(purpose -> provision.addPurpose(Codings.coding(purpose)));
        return target;
    }

    static org.socialprescribing.model.episode.Consent read(EpisodeReading episode, At<Consent> consent) {
        Reading reading = episode.reading();
        Consent node = reading.read(consent).node();
        org.socialprescribing.model.episode.Consent.Builder target =
                org.socialprescribing.model.episode.Consent.builder();
        target.id(reading.identifier(consent, node.getIdentifier(), Systems.CONSENT_ID));
        Extensions.one(reading, consent, SpExtension.RECORDED_BY)
                .ifPresent(found -> target.recordedBy(
                        episode.professional(Extensions.value(reading, found, Reference.class), consent)));
        target.note(Extensions.text(reading, consent, SpExtension.COMMENT));
        reading.use(node.getStatusElement());
        if (node.hasScope()) {
            Codings.useIfCode(reading, node.getScope(), PATIENT_PRIVACY);
        }
        for (CodeableConcept category : node.getCategory()) {
            Codings.useIfCode(reading, category, INFORMATION_DISCLOSURE);
        }
        episode.requirePatient(consent.child(node.getPatient(), "patient"), consent);
        if (!node.hasDateTimeElement()) {
            throw reading.missing(consent.path() + ".dateTime", "when the consent was given");
        }
        target.recordedAt(Times.instant(reading, consent.child(node.getDateTimeElement(), "dateTime")));
        if (!node.hasPolicyRule() || node.getPolicyRule().getCoding().size() != 1) {
            throw reading.missing(consent.path() + ".policyRule.coding", "the consent basis (explicit or implied)");
        }
        target.basis(
                Codings.codedValueOf(reading, consent.child(node.getPolicyRule(), "policyRule"), ConsentBasis.class));
        if (!node.hasProvision()) {
            throw reading.missing(consent.path() + ".provision", "the purposes of the consent");
        }
        At<ProvisionComponent> provision = consent.child(node.getProvision(), "provision");
        if (provision.node().getType() == ConsentProvisionType.PERMIT) {
            reading.use(provision.node().getTypeElement());
        }
        if (provision.node().hasPeriod()) {
            At<org.hl7.fhir.r4.model.Period> period =
                    provision.child(provision.node().getPeriod(), "period");
            if (period.node().hasEndElement()) {
                target.withdrawnAt(
                        Times.instant(reading, period.child(period.node().getEndElement(), "end")));
            }
        }
        List<provisionActorComponent> actors = provision.node().getActor();
        for (int i = 0; i < actors.size(); i++) {
            At<provisionActorComponent> actor = provision.child(actors.get(i), "actor", i);
            Codings.useIfCode(reading, actor.node().getRole(), RECIPIENT);
            target.addSharedWith(OrganisationFhir.readReference(
                    reading, actor.child(actor.node().getReference(), "reference"), consent));
        }
        List<Coding> purposes = provision.node().getPurpose();
        for (int i = 0; i < purposes.size(); i++) {
            target.addPurpose(
                    Codings.codedValue(reading, provision.child(purposes.get(i), "purpose", i), ConsentPurpose.class));
        }
        return reading.build(consent.path(), target::build);
    }
}

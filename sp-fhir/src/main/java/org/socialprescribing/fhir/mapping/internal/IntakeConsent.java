package org.socialprescribing.fhir.mapping.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Consent.ConsentPolicyComponent;
import org.hl7.fhir.r4.model.Consent.ConsentState;
import org.hl7.fhir.r4.model.Consent.provisionActorComponent;
import org.socialprescribing.fhir.FhirIssueCode;
import org.socialprescribing.model.coding.CodeSystems;
import org.socialprescribing.model.episode.ConsentBasis;
import org.socialprescribing.model.episode.ConsentPurpose;

/**
 * Another system's Consent: an active one with a {@code dateTime} becomes a consent of the episode, its policy (any
 * {@code policyRule} coding and {@code policy} URI) and its categories kept as text in the note, its purposes those of the SDK's code
 * system or "other", the organisations it shares with from {@code provision.actor}, a {@code provision.period.end} as
 * its withdrawal. A Consent in another state (proposed, rejected, inactive) is not a consent in force and is reported.
 */
final class IntakeConsent {

    private IntakeConsent() {}

    static Optional<org.socialprescribing.model.episode.Consent> read(Intake intake, At<Consent> consent) {
        Reading reading = intake.reading();
        At<Consent> read = reading.read(consent);
        Consent node = read.node();
        if (node.getStatus() != ConsentState.ACTIVE) {
            intake.warn(
                    FhirIssueCode.VALUE_NOT_MAPPED,
                    read.path() + ".status",
                    "a Consent that is " + (node.hasStatus() ? node.getStatus().toCode() : "of no status")
                            + ", not active; not mapped");
            return Optional.empty();
        }
        Optional<Instant> recorded = node.hasDateTimeElement()
                ? IntakeEpisode.instant(intake, read.child(node.getDateTimeElement(), "dateTime"))
                : Optional.empty();
        if (recorded.isEmpty()) {
            intake.warn(
                    FhirIssueCode.VALUE_NOT_MAPPED,
                    read.path() + ".dateTime",
                    "a Consent without the time it was given; not mapped");
            return Optional.empty();
        }
        reading.use(node.getStatusElement());
        // The scope that makes it a consent to share (patient-privacy) is read as what it is; another scope (treatment,
        // research) is left unread and so reported. Categories are kept with the policy in the note.
        if (node.hasScope()
                && node.getScope().getCoding().stream()
                        .anyMatch(coding -> Systems.CONSENT_SCOPE.equals(coding.getSystem())
                                && "patient-privacy".equals(coding.getCode()))) {
            reading.use(node.getScope());
        }
        reading.use(node.hasPatient() ? node.getPatient() : null);
        org.socialprescribing.model.episode.Consent.Builder target =
                org.socialprescribing.model.episode.Consent.builder().recordedAt(recorded.get());
        target.basis(basis(intake, read));
        policy(intake, read).ifPresent(target::note);
        List<ConsentPurpose> purposes = new ArrayList<>();
        if (node.hasProvision()) {
            Consent.ProvisionComponent provision = node.getProvision();
            At<Consent.ProvisionComponent> located = read.child(provision, "provision");
            reading.use(provision.hasType() ? provision.getTypeElement() : null);
            if (provision.hasPeriod() && provision.getPeriod().hasEndElement()) {
                IntakeEpisode.instant(
                                intake,
                                located.child(provision.getPeriod(), "period")
                                        .child(provision.getPeriod().getEndElement(), "end"))
                        .ifPresent(target::withdrawnAt);
            }
            List<provisionActorComponent> actors = provision.getActor();
            for (int i = 0; i < actors.size(); i++) {
                At<provisionActorComponent> actor = located.child(actors.get(i), "actor", i);
                IntakeParties.organisation(intake, actor.child(actor.node().getReference(), "reference"), read)
                        .ifPresent(org -> {
                            reading.use(actor.node().hasRole() ? actor.node().getRole() : null);
                            target.addSharedWith(org);
                        });
            }
            for (Coding purpose : provision.getPurpose()) {
                if (CodeSystems.CONSENT_PURPOSE.equals(purpose.getSystem())) {
                    for (ConsentPurpose known : ConsentPurpose.values()) {
                        if (known.code().equals(purpose.getCode())) {
                            reading.use(purpose);
                            purposes.add(known);
                        }
                    }
                }
            }
        }
        if (purposes.isEmpty()) {
            purposes.add(ConsentPurpose.OTHER); // the policy in the note says what it is for
        }
        target.addAllPurposes(purposes);
        return intake.lenient("the Consent", () -> reading.build(read.path(), target::build));
    }

    /** The basis a policyRule code names (explicit or implied); otherwise explicit, said in the report. */
    private static ConsentBasis basis(Intake intake, At<Consent> consent) {
        Consent node = consent.node();
        if (node.hasPolicyRule()) {
            for (Coding coding : node.getPolicyRule().getCoding()) {
                // The SDK's own basis codes, or a code that names the basis itself (BaRS sends v3 "IMPLIED").
                for (ConsentBasis basis : ConsentBasis.values()) {
                    if (basis.code().equalsIgnoreCase(String.valueOf(coding.getCode()))) {
                        return basis;
                    }
                }
            }
        }
        intake.inform(
                consent.path(),
                "basis read as explicit: an active Consent resource records a consent the person gave; the"
                        + " policy is kept in the note");
        return ConsentBasis.EXPLICIT;
    }

    /** Every policy of the Consent as text: {@code policyRule} codings and text, {@code policy} authorities and URIs. */
    private static Optional<String> policy(Intake intake, At<Consent> consent) {
        Consent node = consent.node();
        List<String> parts = new ArrayList<>();
        if (node.hasPolicyRule()) {
            for (Coding coding : node.getPolicyRule().getCoding()) {
                parts.add("policyRule " + coding.getSystem() + "|" + coding.getCode()
                        + (coding.hasDisplay() ? " (" + coding.getDisplay() + ")" : ""));
            }
            if (node.getPolicyRule().hasText()) {
                parts.add("policyRule " + node.getPolicyRule().getText());
            }
            intake.reading().use(node.getPolicyRule());
        }
        for (CodeableConcept category : node.getCategory()) {
            for (Coding coding : category.getCoding()) {
                parts.add("category " + coding.getSystem() + "|" + coding.getCode()
                        + (coding.hasDisplay() ? " (" + coding.getDisplay() + ")" : ""));
            }
            if (category.hasText()) {
                parts.add("category " + category.getText());
            }
            intake.reading().use(category);
        }
        for (ConsentPolicyComponent policy : node.getPolicy()) {
            parts.add("policy " + (policy.hasAuthority() ? policy.getAuthority() + " " : "")
                    + (policy.hasUri() ? policy.getUri() : ""));
            intake.reading().use(policy);
        }
        return parts.isEmpty()
                ? Optional.empty()
                : Optional.of(String.join("; ", parts).trim());
    }
}

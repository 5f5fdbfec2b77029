package org.socialprescribing.fhir.mapping.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.ContactPoint.ContactPointSystem;
import org.hl7.fhir.r4.model.HealthcareService;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.socialprescribing.fhir.FhirFormatException;
import org.socialprescribing.fhir.FhirIssueCode;
import org.socialprescribing.fhir.SpFhir;
import org.socialprescribing.fhir.mapping.IntakeResult;
import org.socialprescribing.model.ModelIssueCode;
import org.socialprescribing.model.Severity;
import org.socialprescribing.model.ValidationIssue;
import org.socialprescribing.model.ValidationReport;
import org.socialprescribing.model.coding.CodedConcept;
import org.socialprescribing.model.id.OdsCode;
import org.socialprescribing.model.org.VcseOrganisation;
import org.socialprescribing.model.org.VcseOrganisationType;
import org.socialprescribing.model.service.Service;
import org.socialprescribing.model.service.ServiceStatus;

/**
 * Services from another system's FHIR directory: every HealthcareService of a Bundle (UK Core, Gravity, BaRS
 * shapes; a search result or any other type), its provider by {@code providedBy} reference to an Organization of the
 * input or by a logical reference (ODS identifier, display). What the SDK's {@link Service} holds is read (name,
 * comment, active, identifier, type and category codings, web page and e-mail, languages, coverage area names); the
 * rest (locations, availability, telecom phones, extensions, programs) is reported with its FHIRPath. A service
 * without a name cannot be a {@link Service} and is reported and left out; one without a provider the SDK can name
 * is kept without it, with {@code service.provider.missing} at {@code providedBy}. The provider's type is "other",
 * as the SDK's Open Referral import derives it when nothing says more.
 */
public final class DirectoryIntake {

    private DirectoryIntake() {}

    /**
     * Whether a Bundle is the SDK's own service Bundle: one HealthcareService carrying SDK extensions.
     *
     * @param bundle the Bundle
     * @return true if the SDK's strict reading applies
     */
    public static boolean isSdkService(Bundle bundle) {
        List<HealthcareService> services = new ArrayList<>();
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            if (entry.getResource() instanceof HealthcareService) {
                services.add((HealthcareService) entry.getResource());
            }
        }
        return services.size() == 1
                && services.get(0).getExtension().stream()
                        .anyMatch(
                                extension -> String.valueOf(extension.getUrl()).startsWith(SpFhir.CANONICAL_BASE));
    }

    /**
     * Reads the services of another system's directory Bundle.
     *
     * @param bundle the Bundle, not changed
     * @return the services with every problem found; refused only if the Bundle holds no HealthcareService or
     *     cannot be indexed
     */
    public static IntakeResult<List<Service>> read(Bundle bundle) {
        ResourceIndex index;
        try {
            index = ResourceIndex.of(bundle);
        } catch (FhirFormatException e) {
            return IntakeResult.refused(
                    ValidationReport.of(ValidationIssue.of(e.code(), Severity.ERROR, e.location(), e.rule())));
        }
        Intake intake = new Intake(new Reading(index));
        intake.refuseModifiers();
        List<At<HealthcareService>> found = index.ofType(HealthcareService.class);
        if (found.isEmpty()) {
            intake.refuse(FhirIssueCode.MISSING_ELEMENT, "Bundle", "holds no HealthcareService: a directory needs one");
        }
        List<Service> services = new ArrayList<>();
        for (At<HealthcareService> service : found) {
            service(intake, service).ifPresent(services::add);
        }
        intake.reportMetaAndNarrative();
        ValidationReport report = intake.finish("the directory");
        return intake.refused() ? IntakeResult.refused(report) : IntakeResult.of(List.copyOf(services), report);
    }

    private static Optional<Service> service(Intake intake, At<HealthcareService> located) {
        Reading reading = intake.reading();
        At<HealthcareService> service = reading.read(located);
        HealthcareService node = service.node();
        if (!node.hasName()) {
            intake.warn(
                    FhirIssueCode.VALUE_NOT_MAPPED,
                    service.path() + ".name",
                    "a HealthcareService without a name cannot be a service; not mapped");
            return Optional.empty();
        }
        Optional<VcseOrganisation> provider = node.hasProvidedBy()
                ? provider(intake, service.child(node.getProvidedBy(), "providedBy"), service)
                : Optional.empty();
        if (provider.isEmpty()) {
            // Kept without one: the model allows it, and SpValidator warns the same code at the service's provider.
            intake.issue(ValidationIssue.of(
                    ModelIssueCode.SERVICE_PROVIDER_MISSING,
                    Severity.WARNING,
                    service.path() + ".providedBy",
                    node.hasProvidedBy()
                            ? "names no provider the SDK can name (no Organization with a name, no display); the"
                                    + " service is kept without one"
                            : "is absent: the service is kept without a provider"));
        }
        Service.Builder target = Service.builder().provider(provider);
        reading.use(node.getNameElement());
        target.name(node.getName());
        if (node.hasComment()) {
            reading.use(node.getCommentElement());
            target.description(node.getComment());
        }
        if (node.hasActive()) {
            reading.use(node.getActiveElement());
            target.status(node.getActive() ? ServiceStatus.ACTIVE : ServiceStatus.INACTIVE);
        }
        if (node.hasIdentifier() && node.getIdentifierFirstRep().hasValue()) {
            Identifier identifier = node.getIdentifierFirstRep();
            reading.use(identifier);
            target.directoryId(identifier.getValue());
        }
        codings(intake, service, node.getType(), "type").forEach(target::addExternalCategory);
        codings(intake, service, node.getCategory(), "category").forEach(target::addExternalCategory);
        for (ContactPoint telecom : node.getTelecom()) {
            if (telecom.getSystem() == ContactPointSystem.URL && telecom.hasValue()) {
                uri(telecom.getValue()).ifPresent(url -> {
                    reading.use(telecom);
                    target.url(url);
                });
                break;
            }
        }
        for (ContactPoint telecom : node.getTelecom()) {
            if (telecom.getSystem() == ContactPointSystem.EMAIL && telecom.hasValue()) {
                reading.use(telecom);
                target.email(telecom.getValue());
                break;
            }
        }
        for (CodeableConcept language : node.getCommunication()) {
            for (Coding coding : language.getCoding()) {
                if (coding.hasCode() && coding.getCode().matches("[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*")) {
                    reading.use(language);
                    target.addLanguage(coding.getCode());
                    break;
                }
            }
        }
        for (Reference area : node.getCoverageArea()) {
            if (area.hasDisplay() && !area.hasReference()) {
                reading.use(area);
                target.addServiceArea(area.getDisplay());
            }
        }
        return intake.lenient("the HealthcareService", () -> reading.build(service.path(), target::build));
    }

    private static List<CodedConcept> codings(
            Intake intake, At<HealthcareService> service, List<CodeableConcept> concepts, String name) {
        List<CodedConcept> found = new ArrayList<>();
        for (int i = 0; i < concepts.size(); i++) {
            List<Coding> codings = concepts.get(i).getCoding();
            for (int c = 0; c < codings.size(); c++) {
                At<Coding> coding = service.child(concepts.get(i), name, i).child(codings.get(c), "coding", c);
                if (coding.node().hasSystem() && coding.node().hasCode()) {
                    intake.lenient("the coding", () -> Codings.codedConcept(intake.reading(), coding))
                            .ifPresent(found::add);
                }
            }
        }
        return found;
    }

    private static Optional<VcseOrganisation> provider(
            Intake intake, At<Reference> reference, At<? extends Resource> host) {
        Reference node = reference.node();
        Optional<OdsCode> ods = Optional.empty();
        Optional<String> name = Optional.empty();
        VcseOrganisation.Builder target = VcseOrganisation.builder().type(VcseOrganisationType.OTHER);
        Optional<At<Resource>> found = node.hasReference() ? intake.target(reference, host) : Optional.empty();
        if (found.isPresent() && found.get().node() instanceof Organization) {
            At<Organization> organization = IntakeParties.cast(found.get(), Organization.class);
            ods = IntakeParties.odsCode(intake, organization);
            if (organization.node().hasName()) {
                intake.reading().use(organization.node().getNameElement());
                name = Optional.of(organization.node().getName());
            }
            for (ContactPoint telecom : organization.node().getTelecom()) {
                if (telecom.getSystem() == ContactPointSystem.URL && telecom.hasValue()) {
                    Optional<URI> website = uri(telecom.getValue());
                    if (website.isPresent()) {
                        intake.reading().use(telecom);
                        target.website(website);
                        break;
                    }
                }
            }
        } else {
            // No Organization in the input (a logical reference, or one to a resource elsewhere): its identifier
            // and display still name the provider.
            if (node.hasIdentifier()) {
                ods = intake.ods(reference.child(node.getIdentifier(), "identifier"));
            }
            if (node.hasDisplay()) {
                intake.reading().use(node.getDisplayElement());
                name = Optional.of(node.getDisplay());
            }
        }
        if (name.isEmpty()) {
            return Optional.empty(); // the SDK's provider needs a name; the reference's content is reported
        }
        String providerName = name.get();
        target.name(providerName).odsCode(ods);
        return intake.lenient("the provider", () -> intake.reading().build(reference.path(), target::build));
    }

    private static Optional<URI> uri(String text) {
        try {
            return Optional.of(new URI(text));
        } catch (URISyntaxException e) {
            return Optional.empty(); // left unread: the report names it
        }
    }
}

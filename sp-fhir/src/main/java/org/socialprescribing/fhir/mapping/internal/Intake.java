package org.socialprescribing.fhir.mapping.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.r4.model.Property;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.socialprescribing.fhir.FhirFormatException;
import org.socialprescribing.fhir.FhirIssueCode;
import org.socialprescribing.model.Severity;
import org.socialprescribing.model.ValidationIssue;
import org.socialprescribing.model.ValidationReport;
import org.socialprescribing.model.id.OdsCode;

/**
 * The state of one intake of another system's FHIR: a lenient {@link Reading} that collects every problem instead of
 * stopping at the first. A part the model cannot hold in the form given (an invalid postcode, a partial birth date)
 * is dropped with a warning at its FHIRPath; only what FHIR says must not be processed (an unknown modifier
 * extension), or an input with no referral in it, is an error that refuses the whole input. Not thread-safe.
 */
final class Intake {

    // The ODS system as UK Core spells it; BaRS examples and others write ".../id/...".
    private static final String ODS = OdsCode.FHIR_SYSTEM;

    private final Reading reading;
    private final List<ValidationIssue> issues = new ArrayList<>();

    Intake(Reading reading) {
        this.reading = reading;
    }

    Reading reading() {
        return reading;
    }

    /** Records a problem that refuses the input; the intake goes on to find the others. */
    void refuse(FhirIssueCode code, String path, String message) {
        issues.add(ValidationIssue.of(code, Severity.ERROR, path, message));
    }

    void refuse(FhirFormatException e) {
        issues.add(ValidationIssue.of(e.code(), Severity.ERROR, e.location(), e.rule()));
    }

    void warn(FhirIssueCode code, String path, String message) {
        issues.add(ValidationIssue.of(code, Severity.WARNING, path, message));
    }

    /** Records an issue of another code family (a model completeness code, for example) as it is. */
    void issue(ValidationIssue issue) {
        issues.add(issue);
    }

    void inform(String path, String message) {
        issues.add(ValidationIssue.of(FhirIssueCode.INTAKE_PATTERN, Severity.INFORMATION, path, message));
    }

    boolean refused() {
        return issues.stream().anyMatch(issue -> issue.severity().isBlocking());
    }

    /**
     * Runs one part of the mapping leniently: a part that cannot be read is left out with a warning naming where and
     * why, and the rest of the input is still read.
     *
     * @param what the part, in words, for the warning
     * @param part reads the part
     * @return the part, or empty if it could not be read
     */
    <T> Optional<T> lenient(String what, Supplier<T> part) {
        try {
            return Optional.of(part.get());
        } catch (FhirFormatException e) {
            warn(FhirIssueCode.VALUE_NOT_MAPPED, e.location(), what + " not mapped: " + e.rule());
            return Optional.empty();
        }
    }

    /**
     * Resolves a reference without failing: a reference with no target in the input is reported and gives empty.
     *
     * @param reference the reference, located
     * @param host the resource that holds it
     * @return the target, read, or empty
     */
    Optional<At<Resource>> target(At<Reference> reference, At<? extends Resource> host) {
        Reference node = reference.node();
        if (!node.hasReference()) {
            return Optional.empty();
        }
        Optional<At<Resource>> found = reading.index().find(node, host);
        if (found.isEmpty()) {
            warn(
                    FhirIssueCode.UNRESOLVED_REFERENCE,
                    reference.path() + ".reference",
                    "points at no resource of the input; not mapped");
            return Optional.empty();
        }
        reading.use(node.getReferenceElement_());
        reading.use(node.hasType() ? node.getTypeElement() : null);
        reading.use(node.hasDisplay() ? node.getDisplayElement() : null);
        return Optional.of(reading.read(found.get()));
    }

    /**
     * Reads an ODS organisation code identifier, accepting the {@code /id/} spelling of the system with a warning.
     *
     * @param identifier the identifier, located
     * @return the code, or empty if the identifier is another system's or its value is not an ODS code (reported)
     */
    Optional<OdsCode> ods(At<Identifier> identifier) {
        String system = identifier.node().getSystem();
        if (system == null || !ODS.equalsIgnoreCase(system)) {
            return Optional.empty();
        }
        if (!ODS.equals(system)) {
            warn(
                    FhirIssueCode.NORMALISED,
                    identifier.path() + ".system",
                    "the ODS system spelled '" + system + "' is read as " + ODS);
        }
        String value = identifier.node().getValue();
        if (value == null || !OdsCode.isValid(value)) {
            warn(FhirIssueCode.VALUE_NOT_MAPPED, identifier.path() + ".value", "is not an ODS code; not mapped");
            return Optional.empty();
        }
        reading.use(identifier.node());
        return Optional.of(OdsCode.parse(value));
    }

    /**
     * Finds the modifier extensions and {@code implicitRules} of every resource of the input: FHIR forbids processing
     * a resource whose modifiers the reader does not understand, and the SDK understands none.
     */
    void refuseModifiers() {
        for (At<Resource> entry : reading.index().entries()) {
            Resource resource = entry.node();
            if (resource.hasImplicitRules()) {
                refuse(
                        FhirIssueCode.MODIFIER_EXTENSION,
                        entry.path() + ".implicitRules",
                        "names rules the SDK does not know (" + resource.getImplicitRules()
                                + "); FHIR forbids processing the resource");
            }
            modifiers(resource, entry.path(), 0);
        }
    }

    private void modifiers(Base node, String path, int depth) {
        if (depth > 64) {
            return; // the reader's depth limit keeps real input far below this
        }
        boolean listed = false;
        for (Property property : node.children()) {
            List<Base> values = property.getValues();
            listed |= "modifierExtension".equals(property.getName());
            for (int i = 0; i < values.size(); i++) {
                Base child = values.get(i);
                String at = path + "." + property.getName() + (property.getMaxCardinality() > 1 ? "[" + i + "]" : "");
                if ("modifierExtension".equals(property.getName())) {
                    refuse(
                            FhirIssueCode.MODIFIER_EXTENSION,
                            at,
                            "modifier extension " + ((Extension) child).getUrl()
                                    + " is not understood; FHIR forbids processing the resource that holds it");
                } else if (!(child instanceof Resource) && !child.isPrimitive()) {
                    modifiers(child, at, depth + 1);
                } else if (child instanceof Resource) {
                    modifiers(child, at, depth + 1); // contained resources
                }
            }
        }
        if (!listed && node instanceof DomainResource) {
            // HAPI 8.8.0's conformance resources (Questionnaire, ValueSet, CodeSystem...) leave DomainResource's
            // elements out of children(): their modifier extensions are read here.
            List<Extension> modifiers = ((DomainResource) node).getModifierExtension();
            for (int i = 0; i < modifiers.size(); i++) {
                refuse(
                        FhirIssueCode.MODIFIER_EXTENSION,
                        path + ".modifierExtension[" + i + "]",
                        "modifier extension " + modifiers.get(i).getUrl()
                                + " is not understood; FHIR forbids processing the resource that holds it");
            }
        }
    }

    /**
     * Reports what {@link Reading#read} takes as read but another system may mean: security labels and tags in
     * {@code meta}, and narrative that says more than the data ({@code additional} or {@code extensions}).
     */
    void reportMetaAndNarrative() {
        for (At<Resource> entry : reading.index().entries()) {
            Resource resource = entry.node();
            if (resource.hasMeta()) {
                List<Coding> security = resource.getMeta().getSecurity();
                for (int i = 0; i < security.size(); i++) {
                    warn(
                            FhirIssueCode.SECURITY_LABEL,
                            entry.path() + ".meta.security[" + i + "]",
                            "security label " + security.get(i).getSystem() + "|"
                                    + security.get(i).getCode() + " has no home in the SDK's model; act on it");
                }
                List<Coding> tags = resource.getMeta().getTag();
                for (int i = 0; i < tags.size(); i++) {
                    warn(
                            FhirIssueCode.UNMAPPED_CONTENT,
                            entry.path() + ".meta.tag[" + i + "]",
                            "tag " + tags.get(i).getSystem() + "|" + tags.get(i).getCode()
                                    + " has no home in the SDK's model; not mapped");
                }
            }
            if (resource instanceof DomainResource && ((DomainResource) resource).hasText()) {
                Narrative text = ((DomainResource) resource).getText();
                if (text.getStatus() == Narrative.NarrativeStatus.ADDITIONAL
                        || text.getStatus() == Narrative.NarrativeStatus.EXTENSIONS) {
                    warn(
                            FhirIssueCode.UNMAPPED_CONTENT,
                            entry.path() + ".text",
                            "narrative with " + text.getStatus().toCode()
                                    + " content beyond the data has no home in the SDK's model; not mapped");
                }
            }
        }
    }

    /**
     * Ends the intake: its own problems, then what the reading left unread.
     *
     * @return every problem found
     */
    ValidationReport finish() {
        return finish("the episode");
    }

    /**
     * Ends the intake of something other than an episode.
     *
     * @param target what the input was read as, in words, e.g. {@code the directory}
     * @return every problem found
     */
    ValidationReport finish(String target) {
        List<ValidationIssue> all = new ArrayList<>(issues);
        all.addAll(reading.finish(target).issues());
        return ValidationReport.of(all);
    }
}

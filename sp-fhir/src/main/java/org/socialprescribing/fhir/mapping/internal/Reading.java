package org.socialprescribing.fhir.mapping.internal;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.PrimitiveType;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.fhir.FhirFormatException;
import org.socialprescribing.fhir.FhirIssueCode;
import org.socialprescribing.model.MappingResult;
import org.socialprescribing.model.SpException;
import org.socialprescribing.model.ValidationIssue;
import org.socialprescribing.model.ValidationReport;

/**
 * The state of one FHIR to domain mapping: the input's resources, what the mapping has read of them, and the
 * errors it raises. Every element a mapper reads is marked {@linkplain #use used}; when the mapping ends, {@link
 * #finish(String)} reports every value of the resources it read that no mapper used, and every resource it never
 * read, so that nothing in the input is dropped silently. Not thread-safe; one per mapping.
 */
public final class Reading {

    private final ResourceIndex index;
    private final Set<Base> used;
    private final Map<Resource, At<? extends Resource>> read = new LinkedHashMap<>(); // resources compare by identity
    private final List<ValidationIssue> reported = new ArrayList<>();

    /**
     * Starts a mapping of the resources in an index.
     *
     * @param index the input's resources
     */
    public Reading(ResourceIndex index) {
        this.index = index;
        // Sized for a typical mapping (an episode's 29 resources mark about 170 elements), so it rarely grows.
        this.used = Collections.newSetFromMap(
                new IdentityHashMap<>(8 * index.entries().size()));
    }

    /**
     * Maps one resource on its own, located at its type name, and reports what the mapping left unread.
     *
     * @param <R> the resource type
     * @param <T> the domain type
     * @param resource the resource, not null; not changed
     * @param mapping reads the resource
     * @param target what the resource is mapped to, in words, for the warnings
     * @return the value with the warnings
     */
    public static <R extends Resource, T> MappingResult<T> mapOne(
            R resource, BiFunction<Reading, At<R>, T> mapping, String target) {
        Reading reading = new Reading(ResourceIndex.single(requireNonNull(resource, "resource")));
        T value = mapping.apply(reading, At.of(resource, resource.fhirType()));
        return MappingResult.of(value, reading.finish(target));
    }

    /** @return the input's resources */
    public ResourceIndex index() {
        return index;
    }

    /**
     * Marks an element, and everything below it, as read.
     *
     * @param <T> its type
     * @param element the element, or null (ignored)
     * @return the element
     */
    public <T extends @Nullable Base> T use(T element) {
        if (element != null) {
            used.add(element);
        }
        return element;
    }

    /**
     * Starts reading a resource: it counts as used by the mapping, and its id, meta and narrative are taken as
     * read (ids are replaced on the way back, meta is the server's, narrative is generated from the data).
     *
     * @param <R> its type
     * @param resource the resource
     * @return the resource
     */
    public <R extends Resource> At<R> read(At<R> resource) {
        if (read.putIfAbsent(resource.node(), resource) == null) {
            Resource node = resource.node();
            // has...() first: HAPI's getters create empty elements, and the input must not change.
            use(node.hasIdElement() ? node.getIdElement() : null);
            use(node.hasMeta() ? node.getMeta() : null);
            if (node instanceof DomainResource && ((DomainResource) node).hasText()) {
                use(((DomainResource) node).getText());
            }
        }
        return resource;
    }

    /**
     * Resolves a mandatory reference and reads its target.
     *
     * @param <R> the target type
     * @param reference the reference element, located
     * @param type the target type
     * @param host the resource that holds the reference
     * @return the target
     * @throws FhirFormatException if the reference is absent, points nowhere, or at another type
     */
    public <R extends Resource> At<R> resolve(At<Reference> reference, Class<R> type, At<? extends Resource> host) {
        Reference ref = reference.node();
        if (!ref.hasReference()) {
            throw missing(reference.path() + ".reference", "a reference to a " + type.getSimpleName());
        }
        use(ref.getReferenceElement_());
        use(ref.hasType() ? ref.getTypeElement() : null);
        use(ref.hasDisplay() ? ref.getDisplayElement() : null);
        At<Resource> target = index.find(ref, host)
                .orElseThrow(() -> new FhirFormatException(
                        FhirIssueCode.UNRESOLVED_REFERENCE,
                        reference.path(),
                        ref.getReference(),
                        "points at no resource of the input",
                        null));
        if (!type.isInstance(target.node())) {
            throw new FhirFormatException(
                    FhirIssueCode.WRONG_RESOURCE_TYPE,
                    reference.path(),
                    null,
                    "must point at a " + type.getSimpleName() + ", not a "
                            + target.node().fhirType(),
                    null);
        }
        return read(At.of(type.cast(target.node()), target.path()));
    }

    /**
     * Whether a reference points at a resource, without reading it.
     *
     * @param reference the reference
     * @param host the resource that holds it
     * @param target the resource it may point at
     * @return true if it resolves to {@code target}
     */
    public boolean pointsAt(Reference reference, At<? extends Resource> host, Resource target) {
        return index.find(reference, host).map(found -> found.node() == target).orElse(false);
    }

    /**
     * Reads the value of a primitive that must have one (a primitive may carry only extensions).
     *
     * @param <T> the value type
     * @param primitive the primitive, located
     * @param what what it holds, in words, for the error
     * @return the value
     * @throws FhirFormatException if it has no value
     */
    public <T> T value(At<? extends PrimitiveType<T>> primitive, String what) {
        T value = primitive.node().getValue();
        if (value == null) {
            throw missing(primitive.path(), what);
        }
        use(primitive.node());
        return value;
    }

    /**
     * Reads the value of the one identifier with a system. A second one is an error: the domain holds one.
     *
     * @param host the resource, located
     * @param identifiers its identifiers
     * @param system the identifier system
     * @return the value, or empty if no identifier has the system
     * @throws FhirFormatException if two have it, or it has no value
     */
    public Optional<String> identifier(At<? extends Resource> host, List<Identifier> identifiers, String system) {
        Optional<String> found = Optional.empty();
        for (int i = 0; i < identifiers.size(); i++) {
            Identifier identifier = identifiers.get(i);
            if (system.equals(identifier.getSystem())) {
                At<Identifier> located = host.child(identifier, "identifier", i);
                if (found.isPresent()) {
                    throw structure(located.path(), "must not be a second identifier of system " + system);
                }
                use(identifier.getSystemElement());
                found = Optional.of(
                        value(located.child(identifier.getValueElement(), "value"), "the identifier's value"));
            }
        }
        return found;
    }

    /**
     * Reads a URI.
     *
     * @param path where it is
     * @param text the URI as text
     * @return the URI
     * @throws FhirFormatException if it is not a URI
     */
    public URI uri(String path, String text) {
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            throw new FhirFormatException(FhirIssueCode.INVALID_VALUE, path, null, "must be a URI", e);
        }
    }

    /**
     * Checks that a value the domain holds once has not been read already.
     *
     * @param earlier the value read so far, if any
     * @param path where the second value is
     * @param what what the value is, in words
     * @throws FhirFormatException if a value was read already
     */
    public void once(Optional<?> earlier, String path, String what) {
        if (earlier.isPresent()) {
            throw structure(path, "must not be a second " + what);
        }
    }

    /**
     * Adds a warning found by another reader (e.g. the questionnaire mapper), already located in this input.
     *
     * @param issue the warning
     */
    public void report(ValidationIssue issue) {
        reported.add(issue);
    }

    /**
     * The error for a mandatory element that is absent.
     *
     * @param path where it should be
     * @param what what is missing, in words
     * @return the exception to throw
     */
    public FhirFormatException missing(String path, String what) {
        return new FhirFormatException(FhirIssueCode.MISSING_ELEMENT, path, null, "is mandatory: " + what, null);
    }

    /**
     * The error for a value that breaks a rule.
     *
     * @param path where it is
     * @param rule the rule, in words
     * @return the exception to throw
     */
    public FhirFormatException invalid(String path, String rule) {
        return new FhirFormatException(FhirIssueCode.INVALID_VALUE, path, null, rule, null);
    }

    /**
     * The error for content the mapping cannot take: repeated where one is allowed, or of the wrong shape.
     *
     * @param path where it is
     * @param rule the rule, in words
     * @return the exception to throw
     */
    public FhirFormatException structure(String path, String rule) {
        return new FhirFormatException(FhirIssueCode.INVALID_STRUCTURE, path, null, rule, null);
    }

    /**
     * Builds a domain value, turning a broken domain rule into an error at a FHIR location.
     *
     * @param <T> the value's type
     * @param path the location of the element the value is built from
     * @param build builds the value; may throw {@link SpException} or Immutables' {@link IllegalStateException}
     * @return the value
     * @throws FhirFormatException if the domain rejects the value
     */
    public <T> T build(String path, Supplier<T> build) {
        try {
            return build.get();
        } catch (SpException e) {
            throw new FhirFormatException(FhirIssueCode.INVALID_VALUE, path, null, e.getMessage(), e);
        } catch (IllegalStateException e) {
            throw new FhirFormatException(
                    FhirIssueCode.MISSING_ELEMENT, path, null, "is incomplete: " + e.getMessage(), e);
        }
    }

    /**
     * Ends the mapping: reports every value of the resources read that no mapper used, and every resource of the
     * input that the mapping never read.
     *
     * @param target what the input was mapped to, in words, e.g. {@code the episode}
     * @return the warnings, never errors
     */
    public ValidationReport finish(String target) {
        List<ValidationIssue> issues = new ArrayList<>(reported);
        for (At<? extends Resource> resource : read.values()) {
            if (resource.path().contains(".contained[")) {
                continue; // walked with the resource that contains it
            }
            ContentWalker.unread(
                    resource.node(), resource.path(), used, (path, node) -> issues.add(unread(path, node)));
        }
        for (At<Resource> entry : index.entries()) {
            if (!read.containsKey(entry.node())) {
                issues.add(ValidationIssue.of(
                        FhirIssueCode.UNEXPECTED_RESOURCE,
                        entry.path(),
                        "a " + entry.node().fhirType() + " that " + target + " does not use; not mapped"));
            }
        }
        return ValidationReport.of(issues);
    }

    private static ValidationIssue unread(String path, Base node) {
        String what = node instanceof Extension
                ? "extension "
                        + Optional.ofNullable(((Extension) node).getUrl()).orElse("without url")
                : "this element";
        return ValidationIssue.of(
                FhirIssueCode.UNMAPPED_CONTENT, path, what + " has no home in the SDK's model; not mapped");
    }
}

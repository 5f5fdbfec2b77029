package org.socialprescribing.fhir.mapping.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.socialprescribing.fhir.FhirFormatException;
import org.socialprescribing.fhir.FhirIssueCode;

/**
 * The resources of one input, in order, and how references find them: by {@code Bundle.entry.fullUrl} (for example
 * {@code urn:uuid:...}), by {@code Type/id} (relative, absolute or versioned), or by {@code #id} among the
 * referring resource's contained resources.
 */
public final class ResourceIndex {

    // [base/]Type/id[/_history/version]: the R4 reference forms that name a resource by type and id.
    private static final Pattern TYPE_AND_ID =
            Pattern.compile("(?:.*/)?([A-Z][A-Za-z]+)/([A-Za-z0-9\\-.]{1,64})(?:/_history/[A-Za-z0-9\\-.]{1,64})?");

    private final List<At<Resource>> entries;
    private final Map<String, At<Resource>> byUrl = new HashMap<>();

    private ResourceIndex(List<At<Resource>> entries) {
        this.entries = List.copyOf(entries);
    }

    /**
     * Indexes the entries of a Bundle of any type.
     *
     * @param bundle the Bundle, not null
     * @return the index
     * @throws FhirFormatException if an entry has no resource or two entries have the same fullUrl
     */
    public static ResourceIndex of(Bundle bundle) {
        List<At<Resource>> entries = new ArrayList<>();
        for (int i = 0; i < bundle.getEntry().size(); i++) {
            Bundle.BundleEntryComponent entry = bundle.getEntry().get(i);
            String path = "Bundle.entry[" + i + "]";
            if (!entry.hasResource()) {
                throw new FhirFormatException(
                        FhirIssueCode.MISSING_ELEMENT,
                        path + ".resource",
                        null,
                        "is mandatory: every entry needs a resource",
                        null);
            }
            entries.add(At.of(entry.getResource(), path + ".resource"));
        }
        ResourceIndex index = new ResourceIndex(entries);
        for (int i = 0; i < bundle.getEntry().size(); i++) {
            String fullUrl = bundle.getEntry().get(i).getFullUrl();
            if (fullUrl != null && index.byUrl.putIfAbsent(fullUrl, entries.get(i)) != null) {
                throw new FhirFormatException(
                        FhirIssueCode.INVALID_STRUCTURE,
                        "Bundle.entry[" + i + "].fullUrl",
                        fullUrl,
                        "must be unique in the Bundle",
                        null);
            }
        }
        for (At<Resource> entry : entries) {
            Resource resource = entry.node();
            if (resource.getIdElement().hasIdPart()) {
                index.byUrl.putIfAbsent(
                        resource.fhirType() + "/" + resource.getIdElement().getIdPart(), entry);
            }
        }
        return index;
    }

    /**
     * Indexes one resource on its own, located at its type name ({@code Patient}).
     *
     * @param resource the resource, not null
     * @return the index
     */
    public static ResourceIndex single(Resource resource) {
        return new ResourceIndex(List.of(At.of(resource, resource.fhirType())));
    }

    /** @return the resources in input order */
    public List<At<Resource>> entries() {
        return entries;
    }

    /**
     * The resources of one type, in input order.
     *
     * @param <R> the type
     * @param type the resource class
     * @return the resources of that type
     */
    public <R extends Resource> List<At<R>> ofType(Class<R> type) {
        List<At<R>> found = new ArrayList<>();
        for (At<Resource> entry : entries) {
            if (type.isInstance(entry.node())) {
                found.add(At.of(type.cast(entry.node()), entry.path()));
            }
        }
        return found;
    }

    /**
     * Finds the resource a reference points at.
     *
     * @param reference the reference, with a {@code reference} element
     * @param host the resource that holds the reference, for contained targets
     * @return the target, or empty if nothing matches
     */
    Optional<At<Resource>> find(Reference reference, At<? extends Resource> host) {
        String target = reference.getReference();
        if (target == null) {
            return Optional.empty();
        }
        if (target.startsWith("#")) {
            return contained(target.substring(1), host);
        }
        At<Resource> exact = byUrl.get(target);
        if (exact != null) {
            return Optional.of(exact);
        }
        Matcher matcher = TYPE_AND_ID.matcher(target);
        if (matcher.matches()) {
            return Optional.ofNullable(byUrl.get(matcher.group(1) + "/" + matcher.group(2)));
        }
        return Optional.empty();
    }

    private static Optional<At<Resource>> contained(String id, At<? extends Resource> host) {
        if (!(host.node() instanceof DomainResource)) {
            return Optional.empty();
        }
        List<Resource> contained = ((DomainResource) host.node()).getContained();
        for (int i = 0; i < contained.size(); i++) {
            String containedId = contained.get(i).getIdElement().getIdPart();
            if (containedId != null && (containedId.equals(id) || containedId.equals("#" + id))) {
                return Optional.of(At.of(contained.get(i), host.path() + ".contained[" + i + "]"));
            }
        }
        return Optional.empty();
    }
}

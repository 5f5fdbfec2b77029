package org.socialprescribing.fhir.mapping.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.Bundle.HTTPVerb;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.socialprescribing.model.service.Service;

/**
 * Builds a Bundle whose entries refer to each other by {@code urn:uuid} fullUrls. In a transaction every entry is a
 * {@code POST} of its resource type, so a server assigns the ids and rewrites the references. Resources made from
 * equal domain values (the same professional, the same practice) are added once.
 */
public final class BundleWriter {

    private final Bundle bundle;
    private final Supplier<UUID> ids;
    private final Map<Object, String> added = new HashMap<>();
    private Map<String, Service> services = Map.of();

    /**
     * Starts a Bundle.
     *
     * @param type the Bundle type
     * @param ids the source of the entries' UUIDs
     */
    public BundleWriter(Bundle.BundleType type, Supplier<UUID> ids) {
        this.bundle = new Bundle().setType(type);
        this.ids = ids;
    }

    /**
     * Adds a resource.
     *
     * @param resource the resource
     * @return a reference to it by its fullUrl
     */
    public Reference add(Resource resource) {
        return add(resource, nextFullUrl());
    }

    /**
     * A new {@code urn:uuid} fullUrl, for a resource that must know its own before it is added.
     *
     * @return the fullUrl
     */
    public String nextFullUrl() {
        return "urn:uuid:" + ids.get();
    }

    /**
     * Adds a resource under a fullUrl from {@link #nextFullUrl()}.
     *
     * @param resource the resource
     * @param fullUrl its fullUrl
     * @return a reference to it by its fullUrl
     */
    public Reference add(Resource resource, String fullUrl) {
        BundleEntryComponent entry = bundle.addEntry().setFullUrl(fullUrl).setResource(resource);
        if (bundle.getType() == Bundle.BundleType.TRANSACTION) {
            entry.getRequest().setMethod(HTTPVerb.POST).setUrl(resource.fhirType());
        }
        return new Reference(fullUrl);
    }

    /**
     * Adds a resource that a transaction creates only if no resource matches a search (a conditional create).
     *
     * @param resource the resource
     * @param search the search, e.g. {@code identifier=system|value}
     * @return a reference to it by its fullUrl
     */
    public Reference addIfNoneExist(Resource resource, String search) {
        Reference reference = add(resource);
        if (bundle.getType() == Bundle.BundleType.TRANSACTION) {
            bundle.getEntry().get(bundle.getEntry().size() - 1).getRequest().setIfNoneExist(search);
        }
        return reference;
    }

    /**
     * Adds the resource made from a domain value, unless one made from an equal value is already in.
     *
     * @param key the domain value
     * @param resource makes the resource, called only for a new value
     * @return a reference to the resource for that value
     */
    public Reference addOnce(Object key, Supplier<? extends Resource> resource) {
        String fullUrl = added.get(key);
        if (fullUrl == null) {
            fullUrl = add(resource.get()).getReference();
            added.put(key, fullUrl);
        }
        return new Reference(fullUrl);
    }

    /**
     * The directory services this Bundle may write in full when an episode names them by directory id.
     *
     * @param byDirectoryId the services, by their directory id
     * @return this writer
     */
    public BundleWriter withServices(Map<String, Service> byDirectoryId) {
        this.services = byDirectoryId;
        return this;
    }

    /**
     * A reference to the HealthcareService of a directory's service, written in full (with its provider and
     * locations, once per Bundle) when this writer knows the service, else by its directory id only.
     *
     * @param directoryId the service's directory id
     * @return the reference: {@code type} HealthcareService and the directory id as {@code identifier}, and the
     *     fullUrl as {@code reference} when the service is in the Bundle
     */
    Reference service(String directoryId) {
        Reference reference = new Reference()
                .setType("HealthcareService")
                .setIdentifier(
                        new Identifier().setSystem(Systems.SERVICE_DIRECTORY_ID).setValue(directoryId));
        Service service = services.get(directoryId);
        if (service != null) {
            Object key = List.of("service", directoryId);
            String fullUrl = added.get(key);
            if (fullUrl == null) {
                fullUrl = ServiceFhir.write(service, this).getReference();
                added.put(key, fullUrl);
            }
            reference.setReference(fullUrl);
        }
        return reference;
    }

    /** @return the entries written so far, in order */
    public List<BundleEntryComponent> entries() {
        return bundle.getEntry();
    }

    /**
     * The finished Bundle, its text checked.
     *
     * @return the Bundle
     * @throws org.socialprescribing.model.InvalidValueException if a text cannot be carried by FHIR
     */
    public Bundle bundle() {
        return TextCheck.checked(bundle);
    }
}

package org.socialprescribing.fhir.validation;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.FhirVersionEnum;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.model.api.annotation.ResourceDef;
import ca.uhn.hapi.converters.canonical.VersionCanonicalizer;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.WorkerContextValidationSupportAdapter;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r5.model.PackageInformation;
import org.hl7.fhir.r5.model.Resource;
import org.hl7.fhir.r5.model.StructureDefinition;
import org.jspecify.annotations.Nullable;

/**
 * HAPI's bridge from the validation support chain to the R5 validator, with four costs of HAPI 8.8's taken out and the
 * answers unchanged. The validator gets it through {@code FhirInstanceValidator.setWrappedWorkerContext}, HAPI's hook
 * for sharing one bridge.
 *
 * <p>Why, from JFR profiles of {@code sp fhir validate} (docs/PERFORMANCE.md):
 *
 * <ul>
 *   <li>The list of all StructureDefinitions (every validator's FHIRPath engine asks for it on its first validation)
 *       is converted to R5 once, in parallel, where HAPI's bridge converts every one of the ~720 twice, one after the
 *       other (a first pass it throws away, then the pass that also generates missing snapshots): the conversion was
 *       the largest part of a cold validation. Each is converted by HAPI's own lookup by URL, so the list holds the
 *       very instances the validator later fetches by URL, as HAPI's does. If one has no snapshot (HAPI generates it
 *       while building the list), two share a URL or a conversion fails, the list is HAPI's own.
 *   <li>In that list, R4 core's 649 StructureDefinitions are {@link LazyStructureDefinition}s: converted from their
 *       outlines, their snapshot and differential parsed and converted only when asked for. The FHIR core library
 *       walks the list whenever it builds a FHIRPath engine or a parser (several per validator and per validation),
 *       reading names, kinds, URLs and types; a validation reads the snapshots of a few dozen. Parsing and converting
 *       all of them was about a second of a cold {@code sp fhir validate} of one episode Bundle. Each lazy copy is
 *       the instance a lookup of its URL gives (the R4 one carries it under HAPI's key from the moment it is parsed),
 *       and one converted before the list was built is listed as it is. This needs R4 core to be the chain's first
 *       support ({@link R4CoreSupport}); otherwise the list is converted in full, as above.
 *   <li>A resource fetched by type and URL is remembered: HAPI's bridge looks it up again each time (its R5 type
 *       name, the chain's cache, the converted copy kept on the resource), about a twelfth of a warm validation. The
 *       chain never changes after the validator is built, so the answer cannot change either; only resources found
 *       are kept, so memory is bounded by the conformance resources loaded, whatever URLs an input names.
 *   <li>A resource is looked up and converted here, as HAPI's bridge does it, without HAPI's R5 {@code FhirContext}:
 *       HAPI's names the R5 type of the class asked for through that context, whose first use scans every R5 model
 *       class (about 660 classes more loaded, a sixth of the main thread's samples of a cold {@code sp fhir
 *       validate}). The name is the one that context would give, the class's {@code @ResourceDef}. The converted copy
 *       is kept on the resource under HAPI's own key, so HAPI's code finds it too. A StructureDefinition without a
 *       snapshot (HAPI generates it while converting), a class without that annotation and a non-R4 chain are left to
 *       HAPI.
 * </ul>
 *
 * <p>The methods HAPI answers from its private list (type definitions by type, primitive types) answer from this
 * list, so HAPI's is never built unless it is the fallback. Thread-safe, as HAPI's bridge is.
 */
final class WorkerContext extends WorkerContextValidationSupportAdapter {

    /** The user data key under which HAPI's bridge keeps the R5 copy of a resource (a private constant of HAPI's). */
    static final String CANONICAL_KEY =
            WorkerContextValidationSupportAdapter.class.getName() + "_TO_CANONICAL_USERDATA_KEY";

    private final IValidationSupport chain;
    private final @Nullable R4CoreSupport r4Core;
    private final FhirContext context;
    private final VersionCanonicalizer canonicalizer;
    private final Map<Class<?>, Map<String, Resource>> fetched = new ConcurrentHashMap<>();
    private volatile @Nullable List<StructureDefinition> structures;
    private volatile @Nullable Set<String> primitiveTypes;

    WorkerContext(IValidationSupport chain) {
        this(chain, null);
    }

    /**
     * @param chain the validation support chain
     * @param r4Core the chain's first support, R4 core, whose StructureDefinitions the list holds as {@link
     *     LazyStructureDefinition}s; null for a list converted in full
     */
    WorkerContext(IValidationSupport chain, @Nullable R4CoreSupport r4Core) {
        super(chain);
        this.chain = chain;
        this.r4Core = r4Core;
        this.context = chain.getFhirContext();
        this.canonicalizer = new VersionCanonicalizer(context);
    }

    @Override
    public <T extends Resource> @Nullable T fetchResource(Class<T> type, String uri) {
        Map<String, Resource> byUri = fetched.computeIfAbsent(type, t -> new ConcurrentHashMap<>());
        // A null or blank URI is HAPI's to answer (null): it is never a key here.
        Resource known = uri == null ? null : byUri.get(uri);
        if (known != null) {
            return type.cast(known);
        }
        T resource = lookUp(type, uri);
        if (resource != null && uri != null) {
            byUri.putIfAbsent(uri, resource);
        }
        return resource;
    }

    @Override
    public <T extends Resource> boolean hasResource(Class<T> type, String uri) {
        // As HAPI's: false for a blank URI, else whether the lookup finds it.
        return fetchResource(type, uri) != null;
    }

    /**
     * HAPI's lookup (the chain asked for the R4 class of the same type name, the result converted to R5 once and kept
     * on the resource), without HAPI's R5 context; the cases this does not cover are HAPI's.
     */
    private <T extends Resource> @Nullable T lookUp(Class<T> type, @Nullable String uri) {
        ResourceDef definition = type.getAnnotation(ResourceDef.class);
        if (uri == null
                || uri.isBlank()
                || definition == null
                || definition.name().isEmpty()
                || context.getVersion().getVersion() != FhirVersionEnum.R4) {
            return super.fetchResource(type, uri);
        }
        IBaseResource found = chain.fetchResource(
                context.getResourceDefinition(definition.name()).getImplementingClass(), uri);
        if (found == null) {
            return null;
        }
        Resource converted = canonical(found);
        return type.isInstance(converted) ? type.cast(converted) : super.fetchResource(type, uri);
    }

    /**
     * The R5 copy of a resource, as HAPI's bridge makes it (locked on the resource, kept under HAPI's key, the source
     * package set), or null for a StructureDefinition without a snapshot, which HAPI's bridge generates.
     */
    private @Nullable Resource canonical(IBaseResource resource) {
        synchronized (resource) {
            Object known = resource.getUserData(CANONICAL_KEY);
            if (known instanceof Resource) {
                return (Resource) known;
            }
            Resource converted = canonicalizer.resourceToValidatorCanonical(resource);
            if (converted instanceof StructureDefinition
                    && ((StructureDefinition) converted).getSnapshot().isEmpty()) {
                return null;
            }
            markSourcePackage(resource, converted);
            resource.setUserData(CANONICAL_KEY, converted);
            return converted;
        }
    }

    @Override
    @SuppressWarnings("unchecked") // As HAPI's: the list of StructureDefinitions for StructureDefinition.class.
    public <T extends Resource> List<T> fetchResourcesByType(Class<T> type) {
        if (type.equals(StructureDefinition.class)) {
            return (List<T>) structures();
        }
        return super.fetchResourcesByType(type);
    }

    @Override
    public List<StructureDefinition> fetchTypeDefinitions(String typeName) {
        List<StructureDefinition> matching = new ArrayList<>(structures());
        matching.removeIf(
                structure -> !structure.hasType() || !structure.getType().equals(typeName));
        return matching;
    }

    @Override
    public boolean isPrimitiveType(String typeName) {
        Set<String> primitives = primitiveTypes;
        if (primitives == null) {
            primitives = structures().stream()
                    .filter(s -> s.getKind() == StructureDefinition.StructureDefinitionKind.PRIMITIVETYPE)
                    .map(StructureDefinition::getName)
                    .filter(Objects::nonNull)
                    .collect(Collectors.toUnmodifiableSet());
            primitiveTypes = primitives;
        }
        return primitives.contains(typeName);
    }

    @Override
    public boolean isDataType(String typeName) {
        return !isPrimitiveType(typeName);
    }

    /** All StructureDefinitions in R5, in the chain's order, built once (two threads asking at once wait for one). */
    private List<StructureDefinition> structures() {
        List<StructureDefinition> all = structures;
        if (all == null) {
            synchronized (this) {
                all = structures;
                if (all == null) {
                    all = r4Core == null ? null : withLazyR4Core(r4Core);
                    if (all == null) {
                        all = convertAll();
                    }
                    structures = all;
                }
            }
        }
        return all;
    }

    private List<StructureDefinition> convertAll() {
        List<IBaseResource> r4 = chain.fetchAllStructureDefinitions();
        List<String> urls = new ArrayList<>(r4.size());
        Set<String> seen = new HashSet<>();
        for (IBaseResource resource : r4) {
            String url = convertible(resource);
            if (url == null || !seen.add(url)) {
                return hapiList();
            }
            urls.add(url);
        }
        List<StructureDefinition> converted = convertInParallel(urls);
        return converted == null ? hapiList() : converted;
    }

    /**
     * The URL of a StructureDefinition this list gives in the same form as HAPI's list, or null where HAPI's list is
     * needed: a resource that is not an R4 StructureDefinition, one without a snapshot (HAPI generates it while
     * building its list, and the generator asks for the list), a URL missing, or a lookup by URL that finds another
     * instance. (Two with one URL: the caller's rule.)
     */
    private @Nullable String convertible(IBaseResource resource) {
        if (!(resource instanceof org.hl7.fhir.r4.model.StructureDefinition)) {
            return null;
        }
        org.hl7.fhir.r4.model.StructureDefinition structure = (org.hl7.fhir.r4.model.StructureDefinition) resource;
        String url = structure.getUrl();
        if (!structure.hasSnapshot()
                || url == null
                || url.isBlank()
                || chain.fetchStructureDefinition(url) != structure) {
            return null;
        }
        return url;
    }

    /**
     * The StructureDefinitions at these URLs, converted by the lookup by URL, in parallel, in the URLs' order (a mutable
     * list shared by all callers, as HAPI's); null if one is not found or fails to convert (HAPI's list then logs it
     * and goes on).
     */
    private @Nullable List<StructureDefinition> convertInParallel(List<String> urls) {
        try {
            List<StructureDefinition> converted = urls.parallelStream()
                    .map(url -> fetchResource(StructureDefinition.class, url))
                    .collect(Collectors.toCollection(ArrayList::new));
            return converted.contains(null) ? null : converted;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * The list in the chain's order (its supports' lists one after the other, a URL met before left out), R4 core's
     * StructureDefinitions as lazy copies, the rest converted as {@link #convertAll()} converts them; null where that
     * method would give HAPI's list, or if R4 core is not the chain's first support or has no outlines.
     */
    private @Nullable List<StructureDefinition> withLazyR4Core(R4CoreSupport core) {
        if (!(chain instanceof ValidationSupportChain)) {
            return null;
        }
        List<IValidationSupport> supports = ((ValidationSupportChain) chain).getValidationSupports();
        List<org.hl7.fhir.r4.model.StructureDefinition> outlines = core.outlines();
        if (supports.isEmpty() || supports.get(0) != core || outlines.isEmpty()) {
            return null;
        }
        Set<String> seen = new HashSet<>();
        for (org.hl7.fhir.r4.model.StructureDefinition outline : outlines) {
            if (outline.getUrl() == null || !seen.add(outline.getUrl())) {
                return null;
            }
        }
        // The other supports' first, so that a list this method cannot give leaves no lazy copy behind. (A copy made
        // is kept even then: it loads to the full conversion, so whatever lists it is right.)
        List<String> urls = new ArrayList<>();
        for (IValidationSupport support : supports.subList(1, supports.size())) {
            List<IBaseResource> more = support.fetchAllStructureDefinitions();
            for (IBaseResource resource : more == null ? List.<IBaseResource>of() : more) {
                String url = resource instanceof org.hl7.fhir.r4.model.StructureDefinition
                        ? ((org.hl7.fhir.r4.model.StructureDefinition) resource).getUrl()
                        : null;
                if (url != null && !url.isBlank() && !seen.add(url)) {
                    continue; // the chain's rule: the first with a URL is listed
                }
                if (convertible(resource) == null) {
                    return null;
                }
                urls.add(url);
            }
        }
        List<StructureDefinition> all = new ArrayList<>();
        for (int i = 0; i < outlines.size(); i++) {
            all.add(lazyCopy(core, i, outlines.get(i)));
        }
        List<StructureDefinition> converted = convertInParallel(urls);
        if (converted == null) {
            return null;
        }
        all.addAll(converted);
        return all;
    }

    /**
     * A lazy R5 copy of the R4 core StructureDefinition at {@code index}, which the R4 one carries under HAPI's key
     * from the moment it is parsed; or the R5 copy it carries already (someone converted it first). Either way the
     * instance every lookup of its URL gives.
     */
    private StructureDefinition lazyCopy(
            R4CoreSupport core, int index, org.hl7.fhir.r4.model.StructureDefinition outline) {
        StructureDefinition converted = (StructureDefinition) canonicalizer.resourceToValidatorCanonical(outline);
        markSourcePackage(outline, converted);
        LazyStructureDefinition lazy = new LazyStructureDefinition(converted, () -> {
            IBaseResource full = core.structure(index);
            StructureDefinition complete = (StructureDefinition) canonicalizer.resourceToValidatorCanonical(full);
            markSourcePackage(full, complete);
            return complete;
        });
        StructureDefinition kept = (StructureDefinition) core.keepCanonicalCopy(index, lazy);
        fetched.computeIfAbsent(StructureDefinition.class, t -> new ConcurrentHashMap<>())
                .putIfAbsent(outline.getUrl(), kept);
        return kept;
    }

    private static void markSourcePackage(IBaseResource resource, Resource converted) {
        Object sourcePackage = resource.getUserData(DefaultProfileValidationSupport.SOURCE_PACKAGE_ID);
        if (sourcePackage instanceof String) {
            converted.setSourcePackage(new PackageInformation((String) sourcePackage, null, null, new Date()));
        }
    }

    private List<StructureDefinition> hapiList() {
        return super.fetchResourcesByType(StructureDefinition.class);
    }
}

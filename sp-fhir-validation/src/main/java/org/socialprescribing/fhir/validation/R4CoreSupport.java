package org.socialprescribing.fhir.validation;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.IValidationSupport;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ForkJoinPool;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.MetadataResource;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.r4.model.ValueSet;
import org.jspecify.annotations.Nullable;

/**
 * R4 core's conformance resources for the validator, parsed one at a time when asked for, in place of HAPI's {@code
 * DefaultProfileValidationSupport}, which parses all of them on its first lookup.
 *
 * <p>It serves the same resources under the same URLs: the build writes them from HAPI's own support ({@link
 * R4CoreFiles}), and the lookups follow HAPI 8.8's: a code system or value set by URL, with a {@code |version}
 * checked only outside {@code hl7.org}; a StructureDefinition by exact URL, and any other form HAPI accepts (a bare
 * type name, {@code StructureDefinition/X}, a capitalised data type) from HAPI's own support. For the list of all
 * StructureDefinitions, which the FHIR core library walks whenever it builds a FHIRPath engine or a parser, the
 * validator's {@code WorkerContext} takes their {@link #outlines()} (everything but the snapshot and differential,
 * parsed on another core while the validator is built: {@link #startParsing()}) and parses a full one only when its
 * snapshot or differential is asked for ({@link LazyStructureDefinition}); HAPI's own list, {@link
 * #fetchAllStructureDefinitions()}, parses every one of them. The value sets and code systems are parsed only when
 * looked up, and search parameters and lists of everything come from HAPI's support. {@code LazyR4CoreTest} checks
 * that validations give the same issues with either support. A class path without the build's files (a build that
 * skipped that step) gets HAPI's support.
 */
final class R4CoreSupport implements IValidationSupport {

    /** Where the build writes the files, and the index's name there. */
    static final String FOLDER = "org/socialprescribing/fhir/validation/r4core/";

    static final String INDEX_FILE = "index.tsv";

    /** A Bundle of every StructureDefinition without its snapshot and differential, in the index's order. */
    static final String OUTLINES_FILE = "outlines.json";

    /** The user data key HAPI's loader sets on each R4 core StructureDefinition. */
    static final String PACKAGE_USER_DATA = "package";

    private static final String PACKAGE_ID = "hl7.fhir.r4.core";
    private static final String STRUCTURE_DEFINITION = "http://hl7.org/fhir/StructureDefinition/";

    private final FhirContext context;
    private final DefaultProfileValidationSupport hapi;
    private final @Nullable String packageData;
    private final Map<String, String> structureDefinitions;
    private final Map<String, String> codeSystems;
    private final Map<String, String> valueSets;
    private final List<String> structureDefinitionFiles;
    private final ConcurrentMap<String, IBaseResource> parsed = new ConcurrentHashMap<>();
    private final Set<String> claimed = ConcurrentHashMap.newKeySet();
    /** R5 copies to keep on a StructureDefinition when it is parsed, by file; guarded by itself. */
    private final Map<String, Object> canonicalCopies = new HashMap<>();

    private volatile @Nullable List<StructureDefinition> outlines;

    private R4CoreSupport(FhirContext context, List<String> index) {
        this.context = context;
        this.hapi = new DefaultProfileValidationSupport(context);
        String second = index.get(1);
        String data = second.substring(second.indexOf('\t') + 1);
        this.packageData = data.isEmpty() ? null : data;
        Map<String, String> structures = new HashMap<>();
        Map<String, String> systems = new HashMap<>();
        Map<String, String> sets = new HashMap<>();
        List<String> structureFiles = new ArrayList<>();
        for (String line : index.subList(2, index.size())) {
            String[] fields = line.split("\t", 3);
            if (fields[0].equals("StructureDefinition")) {
                structures.put(fields[2], fields[1]);
                structureFiles.add(fields[1]);
            } else if (fields[0].equals("CodeSystem")) {
                systems.put(fields[2], fields[1]);
            } else {
                sets.put(fields[2], fields[1]);
            }
        }
        this.structureDefinitions = Map.copyOf(structures);
        this.codeSystems = Map.copyOf(systems);
        this.valueSets = Map.copyOf(sets);
        this.structureDefinitionFiles = List.copyOf(structureFiles);
    }

    /**
     * R4 core for the validator: this support if the build's files are on the class path, HAPI's otherwise.
     *
     * @param context an R4 context
     * @return the support, never null
     */
    static IValidationSupport create(FhirContext context) {
        InputStream index = R4CoreSupport.class.getClassLoader().getResourceAsStream(FOLDER + INDEX_FILE);
        if (index == null) {
            return new DefaultProfileValidationSupport(context);
        }
        try (InputStream in = index) {
            List<String> lines = List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
            return new R4CoreSupport(context, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public FhirContext getFhirContext() {
        return context;
    }

    @Override
    public String getName() {
        return "R4 core, parsed on demand";
    }

    @Override
    public @Nullable IBaseResource fetchCodeSystem(String system) {
        return terminology(codeSystems, CodeSystem.class, system);
    }

    @Override
    public @Nullable IBaseResource fetchValueSet(String uri) {
        return terminology(valueSets, ValueSet.class, uri);
    }

    /** As HAPI: the URL without {@code |version}; the version must match, except for HL7's own resources. */
    private <T extends MetadataResource> @Nullable IBaseResource terminology(
            Map<String, String> files, Class<T> type, String canonical) {
        String url = canonical;
        String version = null;
        int bar = url.indexOf('|');
        if (bar > 0) {
            version = url.substring(bar + 1);
            url = url.substring(0, bar);
        }
        String file = files.get(url);
        if (file == null) {
            return null;
        }
        T resource = type.cast(parse(file, type));
        if (version != null
                && !version.isBlank()
                && !url.startsWith("http://hl7.org")
                && !url.startsWith("http://terminology.hl7.org")
                && !version.equals(resource.getVersion())) {
            return null;
        }
        return resource;
    }

    @Override
    public @Nullable IBaseResource fetchStructureDefinition(String url) {
        String file = structureDefinitions.get(url);
        if (file != null) {
            return structure(file);
        }
        // HAPI rewrites a bare name or "StructureDefinition/X" to a full URL, and retries a capitalised type name in
        // lower case: those (rare) forms are left to HAPI; any other URL it looks up as given, and misses.
        boolean hapiRewrites;
        if (url.startsWith(STRUCTURE_DEFINITION)) {
            hapiRewrites = url.length() > STRUCTURE_DEFINITION.length()
                    && Character.isUpperCase(url.charAt(STRUCTURE_DEFINITION.length()));
        } else {
            hapiRewrites = url.indexOf('/') == url.lastIndexOf('/');
        }
        return hapiRewrites ? hapi.fetchStructureDefinition(url) : null;
    }

    /**
     * Starts parsing the outlines of R4 core's StructureDefinitions ({@link #outlines()}) on the common pool, so that
     * they are ready or partly ready when the first validation asks for the list of all StructureDefinitions: while
     * the validator is being built (the SDK's and the caller's resources parsed on the calling thread), another core
     * parses them. A failure here is left for the call that needs them.
     */
    void startParsing() {
        ForkJoinPool.commonPool().execute(() -> {
            try {
                outlines();
            } catch (RuntimeException e) {
                // The call that needs them parses them again and reports what fails.
            }
        });
    }

    /**
     * Every StructureDefinition without its snapshot and differential, in the order of {@link
     * #fetchAllStructureDefinitions()}, with the same user data; parsed once, from one file the build wrote (about 800
     * KB where the full ones are 19 MB). The list and the outlines are shared: callers must not change them.
     *
     * @return the outlines, or an empty list if the build wrote none
     */
    List<StructureDefinition> outlines() {
        List<StructureDefinition> known = outlines;
        if (known != null) {
            return known;
        }
        synchronized (this) {
            if (outlines == null) {
                outlines = parseOutlines();
            }
            return outlines;
        }
    }

    private List<StructureDefinition> parseOutlines() {
        Bundle bundle = read(OUTLINES_FILE, Bundle.class);
        if (bundle == null) {
            return List.of();
        }
        List<StructureDefinition> all = new ArrayList<>(bundle.getEntry().size());
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            StructureDefinition outline = (StructureDefinition) entry.getResource();
            markAsHapiDoes(outline, StructureDefinition.class);
            all.add(outline);
        }
        return all.size() == structureDefinitionFiles.size() ? List.copyOf(all) : List.of();
    }

    /**
     * Asks that the R4 StructureDefinition of the outline at {@code index} carry {@code copy} as its R5 copy (under
     * HAPI's user data key, {@link WorkerContext#CANONICAL_KEY}) from the moment it is parsed, so that whoever converts
     * it to R5, HAPI's bridge included, finds that copy. If it was parsed already and carries a copy, that copy stays
     * and is returned.
     *
     * @param index the outline's position in {@link #outlines()}
     * @param copy the R5 copy
     * @return the R5 copy the StructureDefinition carries: {@code copy}, or the one it carried already
     */
    Object keepCanonicalCopy(int index, Object copy) {
        String file = structureDefinitionFiles.get(index);
        synchronized (canonicalCopies) {
            IBaseResource known = parsed.get(file);
            if (known == null) {
                canonicalCopies.put(file, copy); // for parse(), which sets it
                return copy;
            }
            synchronized (known) {
                Object carried = known.getUserData(WorkerContext.CANONICAL_KEY);
                if (carried != null) {
                    return carried;
                }
                known.setUserData(WorkerContext.CANONICAL_KEY, copy);
                return copy;
            }
        }
    }

    /**
     * The full R4 StructureDefinition of the outline at {@code index}.
     *
     * @param index the outline's position in {@link #outlines()}
     * @return the StructureDefinition, the instance every lookup of its URL gives
     */
    IBaseResource structure(int index) {
        return structure(structureDefinitionFiles.get(index));
    }

    @Override
    public <T extends IBaseResource> List<T> fetchAllStructureDefinitions() {
        // Parsed on every core (whoever asks for the whole list waits for it). Threads building the list at once
        // share the files: each parses those no other has claimed, then the list is collected in index order, a file
        // still being parsed elsewhere parsed again (at most one per other thread).
        structureDefinitionFiles.parallelStream()
                .filter(file -> !parsed.containsKey(file) && claimed.add(file))
                .forEach(this::structure);
        List<T> all = new ArrayList<>(structureDefinitionFiles.size());
        for (String file : structureDefinitionFiles) {
            @SuppressWarnings("unchecked") // Every file listed here is a StructureDefinition.
            T typed = (T) structure(file);
            all.add(typed);
        }
        return all;
    }

    @Override
    public <T extends IBaseResource> @Nullable List<T> fetchAllNonBaseStructureDefinitions() {
        return hapi.fetchAllNonBaseStructureDefinitions();
    }

    @Override
    public List<IBaseResource> fetchAllConformanceResources() {
        return hapi.fetchAllConformanceResources();
    }

    @Override
    public <T extends IBaseResource> @Nullable List<T> fetchAllSearchParameters() {
        return hapi.fetchAllSearchParameters();
    }

    private IBaseResource structure(String file) {
        return parse(file, StructureDefinition.class);
    }

    /** Each file is parsed once; every caller gets that instance, as HAPI's maps give theirs. */
    private IBaseResource parse(String file, Class<? extends IBaseResource> type) {
        IBaseResource known = parsed.get(file);
        if (known != null) {
            return known;
        }
        IBaseResource resource = read(file, type);
        if (resource == null) {
            throw new IllegalStateException("The jar is incomplete: " + FOLDER + file + " is missing");
        }
        markAsHapiDoes(resource, type);
        // Two threads may parse the same file at once: the first one stored wins, and both return it. An R5 copy
        // asked for is set before the resource is shared (keepCanonicalCopy holds the same lock).
        synchronized (canonicalCopies) {
            IBaseResource stored = parsed.get(file);
            if (stored != null) {
                return stored;
            }
            Object copy = canonicalCopies.get(file);
            if (copy != null) {
                resource.setUserData(WorkerContext.CANONICAL_KEY, copy);
            }
            parsed.put(file, resource);
            return resource;
        }
    }

    /** One of the build's files, parsed; null if the jar does not hold it. */
    private <T extends IBaseResource> @Nullable T read(String file, Class<T> type) {
        InputStream in = R4CoreSupport.class.getClassLoader().getResourceAsStream(FOLDER + file);
        if (in == null) {
            return null;
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return context.newJsonParser().parseResource(type, reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** As HAPI's support marks what it serves; set before the resource is shared, never after. */
    private void markAsHapiDoes(IBaseResource resource, Class<? extends IBaseResource> type) {
        resource.setUserData(DefaultProfileValidationSupport.SOURCE_PACKAGE_ID, PACKAGE_ID);
        if (type == StructureDefinition.class && packageData != null) {
            resource.setUserData(PACKAGE_USER_DATA, packageData);
        }
    }
}

package org.socialprescribing.fhir.validation;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.hapi.converters.canonical.VersionCanonicalizer;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.WorkerContextValidationSupportAdapter;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r5.model.StructureDefinition;
import org.junit.jupiter.api.Test;
import org.socialprescribing.fhir.internal.SdkContext;

/**
 * The list of all StructureDefinitions holds R4 core's as {@link LazyStructureDefinition}s: each must answer what the
 * list's readers ask without loading, load to exactly the full conversion, be the one instance every lookup of its URL
 * gives, and load once whatever the threads. (That validations give the same issues is {@code LazyR4CoreTest}'s.)
 */
class LazyStructureDefinitionTest {

    /**
     * The methods of HAPI's R5 {@code StructureDefinition} that read or write its snapshot or differential field
     * directly, besides the fields' own accessors (read from HAPI 8.8.0's source, org.hl7.fhir.r5 6.7.9).
     */
    private static final Set<String> READ_THE_FIELDS = Set.of(
            "listChildren",
            "getNamedProperty",
            "getProperty",
            "setProperty",
            "removeChild",
            "makeProperty",
            "addChild",
            "copy",
            "copyValues",
            "equalsDeep",
            "isEmpty");

    /**
     * The declared methods of HAPI's R5 {@code StructureDefinition} when the list above was read: a new HAPI that
     * changes them fails here, so that someone checks the new ones against the two fields.
     */
    private static final int MODEL_METHODS = 194;

    private static final int MODEL_FINGERPRINT = -641898887;

    @Test
    void everyR4CoreStructure_answersTheListsReadersUnloaded_andLoadsToTheFullConversion() {
        FhirContext context = SdkContext.get();
        R4CoreSupport core = (R4CoreSupport) R4CoreSupport.create(context);
        WorkerContext ours = new WorkerContext(chain(core), core);
        List<StructureDefinition> all = ours.fetchResourcesByType(StructureDefinition.class);
        VersionCanonicalizer canonicalizer = new VersionCanonicalizer(context);
        List<org.hl7.fhir.r4.model.StructureDefinition> outlines = core.outlines();
        assertThat(outlines).hasSizeGreaterThan(600);
        for (int i = 0; i < outlines.size(); i++) {
            LazyStructureDefinition lazy = (LazyStructureDefinition) all.get(i);
            String url = lazy.getUrl();
            // What the FHIRPath engine, the element parser and the type lists read.
            assertThat(url).isEqualTo(outlines.get(i).getUrl());
            lazy.getName();
            lazy.getType();
            lazy.getTypeName();
            lazy.getKind();
            lazy.getDerivation();
            lazy.getAbstract();
            lazy.getFhirVersion();
            lazy.hasSourcePackage();
            assertThat(lazy.isLoaded()).as(url).isFalse();

            IBaseResource r4 = core.structure(i);
            assertThat(r4.getUserData(WorkerContext.CANONICAL_KEY)).as(url).isSameAs(lazy);
            assertThat(ours.fetchResource(StructureDefinition.class, url))
                    .as(url)
                    .isSameAs(lazy);
            StructureDefinition full = (StructureDefinition) canonicalizer.resourceToValidatorCanonical(r4);
            assertThat(lazy.equalsDeep(full)).as(url).isTrue();
            assertThat(lazy.isLoaded()).as(url).isTrue();
            assertThat(full.equalsDeep(lazy)).as(url).isTrue();
            assertThat(lazy.getSourcePackage().getId()).as(url).isEqualTo("hl7.fhir.r4.core");
            assertThat(lazy.getWebPath()).as(url).isEqualTo(full.getWebPath());
            assertThat(lazy.getSnapshot().getElement())
                    .as(url)
                    .hasSameSizeAs(full.getSnapshot().getElement());
        }
    }

    @Test
    void theList_isHapisBridgesList() {
        R4CoreSupport core = (R4CoreSupport) R4CoreSupport.create(SdkContext.get());
        List<StructureDefinition> ours =
                new WorkerContext(chain(core), core).fetchResourcesByType(StructureDefinition.class);
        List<StructureDefinition> hapis = new WorkerContextValidationSupportAdapter(
                        chain((R4CoreSupport) R4CoreSupport.create(SdkContext.get())))
                .fetchResourcesByType(StructureDefinition.class);
        assertThat(urls(ours)).isEqualTo(urls(hapis));
        for (int i = 0; i < ours.size(); i++) {
            assertThat(ours.get(i).equalsDeep(hapis.get(i)))
                    .as(ours.get(i).getUrl())
                    .isTrue();
        }
        assertThat(ours.stream()
                        .filter(LazyStructureDefinition.class::isInstance)
                        .count())
                .isEqualTo(core.outlines().size());
    }

    @Test
    void threadsLoadingAtOnce_shareOneSnapshot() throws Exception {
        R4CoreSupport core = (R4CoreSupport) R4CoreSupport.create(SdkContext.get());
        WorkerContext context = new WorkerContext(chain(core), core);
        context.fetchResourcesByType(StructureDefinition.class); // the list first, as a validator's first build asks
        StructureDefinition patient =
                context.fetchResource(StructureDefinition.class, "http://hl7.org/fhir/StructureDefinition/Patient");
        assertThat(patient).isInstanceOf(LazyStructureDefinition.class);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Object>> tasks = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                tasks.add(patient::getSnapshot);
            }
            List<Future<Object>> snapshots = pool.invokeAll(tasks);
            for (Future<Object> snapshot : snapshots) {
                assertThat(snapshot.get()).isSameAs(snapshots.get(0).get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aStructureConvertedBeforeTheListIsBuilt_isTheOneListed() {
        R4CoreSupport core = (R4CoreSupport) R4CoreSupport.create(SdkContext.get());
        WorkerContext context = new WorkerContext(chain(core), core);
        String url = "http://hl7.org/fhir/StructureDefinition/Patient";
        StructureDefinition first = context.fetchResource(StructureDefinition.class, url);
        assertThat(first).isNotInstanceOf(LazyStructureDefinition.class);
        List<StructureDefinition> all = context.fetchResourcesByType(StructureDefinition.class);
        assertThat(all.stream().filter(structure -> url.equals(structure.getUrl())))
                .singleElement()
                .isSameAs(first);
    }

    @Test
    void everyModelMethodThatReadsTheTwoFields_loadsThemFirst() {
        for (Method method : StructureDefinition.class.getDeclaredMethods()) {
            String name = method.getName();
            boolean readsTheFields =
                    name.matches("(get|has|set)(Snapshot|Differential)") || READ_THE_FIELDS.contains(name);
            if (readsTheFields && !Modifier.isStatic(method.getModifiers()) && !method.isSynthetic()) {
                assertThat(declares(LazyStructureDefinition.class, method))
                        .as(method.toString())
                        .isTrue();
            }
        }
        List<String> model = Arrays.stream(StructureDefinition.class.getDeclaredMethods())
                .filter(method -> !method.isSynthetic())
                .map(Method::toGenericString)
                .sorted()
                .collect(Collectors.toList());
        assertThat(model.size())
                .as("HAPI's R5 StructureDefinition changed: check its new methods against the snapshot and"
                        + " differential fields, override those that read them in LazyStructureDefinition, and record"
                        + " the new count and fingerprint here")
                .isEqualTo(MODEL_METHODS);
        assertThat(String.join("\n", model).hashCode()).isEqualTo(MODEL_FINGERPRINT);
    }

    private static boolean declares(Class<?> type, Method method) {
        try {
            type.getDeclaredMethod(method.getName(), method.getParameterTypes());
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    private static List<String> urls(List<StructureDefinition> structures) {
        return structures.stream().map(StructureDefinition::getUrl).collect(Collectors.toList());
    }

    /** R4 core first, as the validator's chain has it, then the SDK's resources. */
    private static ValidationSupportChain chain(R4CoreSupport core) {
        PrePopulatedValidationSupport conformance = new PrePopulatedValidationSupport(SdkContext.get());
        for (IBaseResource resource : SdkSnapshots.sdk()) {
            if (!(resource instanceof org.hl7.fhir.r4.model.Questionnaire)) {
                conformance.addResource(resource);
            }
        }
        return new ValidationSupportChain(core, conformance);
    }
}

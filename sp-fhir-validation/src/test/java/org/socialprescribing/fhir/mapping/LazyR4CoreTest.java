package org.socialprescribing.fhir.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.socialprescribing.fhir.SpFhir;
import org.socialprescribing.fhir.UkCoreReference;
import org.socialprescribing.fhir.validation.EagerR4Core;
import org.socialprescribing.fhir.validation.FhirValidation;
import org.socialprescribing.model.ValidationIssue;
import org.socialprescribing.model.ValidationReport;

/**
 * The validator parses R4 core's resources one at a time when asked for ({@code R4CoreSupport}), where HAPI's own
 * support parses all of them at once, and converts each StructureDefinition to R5 once ({@code WorkerContext}), where
 * HAPI's own bridge converts each twice: both give the same issues, in the same order, on the SDK's episode Bundles and
 * messages (the shapes {@code sp demo} writes) and on every third-party example kept as a test resource (Gravity
 * SDOH, BaRS, LHC-Forms, MII PRO, HL7 PHR), and, when the reference folder is present, on UK Core's examples
 * validated with UK Core loaded.
 */
class LazyR4CoreTest {

    private static final FhirValidation LAZY = FhirValidation.builder().build();
    private static final FhirValidation EAGER =
            EagerR4Core.eager(FhirValidation.builder()).build();
    private static final Path SP_FHIR_RESOURCES = Path.of("..", "sp-fhir", "src", "test", "resources");
    private static final Instant COMPOSED = Instant.parse("2025-06-20T13:00:00Z");

    static List<Named<String>> sdkOutput() {
        List<Named<String>> inputs = new ArrayList<>();
        EpisodeBundles bundles = EpisodeBundles.standard();
        inputs.add(json("completed episode", bundles.toTransaction(Fixtures.annaEpisode())));
        inputs.add(json("declined episode", bundles.toTransaction(Fixtures.declinedEpisode())));
        inputs.add(json("incomplete episode", bundles.toTransaction(Fixtures.incompleteEpisode())));
        inputs.add(json("service", ServiceMapper.toBundle(Fixtures.allotmentGroup())));
        for (MessageBack.Detail detail : MessageBack.Detail.values()) {
            inputs.add(json(
                    "message back, " + detail,
                    MessageBack.standard().toDocument(Fixtures.annaEpisode(), detail, COMPOSED)));
        }
        return inputs;
    }

    static List<Named<String>> thirdParty() {
        try (Stream<Path> files = Files.walk(SP_FHIR_RESOURCES.resolve("intake"))) {
            List<Path> all = files.filter(file -> file.toString().endsWith(".json"))
                    .sorted()
                    .collect(Collectors.toList());
            try (Stream<Path> more = Files.walk(SP_FHIR_RESOURCES.resolve("third-party"))) {
                more.filter(file -> file.toString().endsWith(".json")).sorted().forEach(all::add);
            }
            return all.stream()
                    .map(file -> Named.of(SP_FHIR_RESOURCES.relativize(file).toString(), read(file)))
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @MethodSource({"sdkOutput", "thirdParty"})
    void lazyR4Core_givesTheIssuesOfHapisOwnSupport(String resource) {
        assertThat(LAZY.validate(resource).issues())
                .isEqualTo(EAGER.validate(resource).issues());
    }

    /**
     * A new validator asked by several threads at once for its first validations (the list of StructureDefinitions
     * is built while they wait) gives each input the issues a validator used by one thread gives it.
     */
    @Test
    void concurrentFirstValidations_giveTheIssuesOfSerialOnes() throws Exception {
        List<String> inputs = new ArrayList<>();
        for (Named<String> input : sdkOutput()) {
            inputs.add(input.getPayload());
            inputs.add(input.getPayload());
        }
        List<List<ValidationIssue>> serial = new ArrayList<>();
        for (String input : inputs) {
            serial.add(LAZY.validate(input).issues());
        }
        FhirValidation fresh = FhirValidation.builder().build();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<List<ValidationIssue>>> tasks = new ArrayList<>();
            for (String input : inputs) {
                tasks.add(() -> fresh.validate(input).issues());
            }
            List<Future<List<ValidationIssue>>> results = pool.invokeAll(tasks);
            for (int i = 0; i < inputs.size(); i++) {
                assertThat(results.get(i).get()).as("input %d", i).isEqualTo(serial.get(i));
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void thirdPartyExamples_areFound() {
        assertThat(thirdParty()).hasSizeGreaterThanOrEqualTo(20);
    }

    @Test
    void ukCoreExamples_giveTheSameIssuesWithUkCoreLoaded() throws IOException {
        Path ukCore = UkCoreReference.folderOrSkip();
        FhirValidation lazy =
                FhirValidation.builder().addConformanceFolder(ukCore).build();
        FhirValidation eager = EagerR4Core.eager(FhirValidation.builder().addConformanceFolder(ukCore))
                .build();
        List<Path> examples;
        try (Stream<Path> files = Files.list(ukCore.resolve("examples"))) {
            examples = files.sorted().collect(Collectors.toList());
        }
        assertThat(examples).isNotEmpty();
        for (Path example : examples) {
            String content = read(example);
            assertThat(issues(lazy.validate(content)))
                    .as(example.getFileName().toString())
                    .isEqualTo(issues(eager.validate(content)));
        }
    }

    /**
     * The issues as text, with the identity hash codes some HAPI messages print ({@code ConceptSetFilterComponent@1a2b3c})
     * masked: they differ from one object to the next.
     */
    private static List<String> issues(ValidationReport report) {
        return report.issues().stream()
                .map(issue -> issue.toString().replaceAll("@[0-9a-f]{4,8}\\b", "@hash"))
                .collect(Collectors.toList());
    }

    private static Named<String> json(String name, org.hl7.fhir.instance.model.api.IBaseResource resource) {
        return Named.of(name, SpFhir.newJsonParser().encodeResourceToString(resource));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

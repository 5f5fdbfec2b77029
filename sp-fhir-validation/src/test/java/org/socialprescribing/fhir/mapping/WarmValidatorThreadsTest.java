package org.socialprescribing.fhir.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.socialprescribing.fhir.SpFhir;
import org.socialprescribing.fhir.validation.FhirValidation;
import org.socialprescribing.model.ValidationIssue;

/**
 * {@code FhirValidation} is thread-safe, and a warm validator gives an input the same issues however many inputs it
 * has validated before, on whichever thread: the validator reuses HAPI's core validators for a few calls each, one
 * call at a time ({@code ReusingValidator}). Inputs, valid and invalid: the SDK's episode Bundles and
 * messages, every third-party example kept as a test resource, small Patients with and without errors, an XML
 * resource, and a resource using a retired extension (a notice the core validator would give only once if it
 * remembered it from call to call).
 */
class WarmValidatorThreadsTest {

    private static final String RETIRED_EXTENSION =
            "https://validator-test.socialprescribing.org/StructureDefinition/retired-note";
    private static final String PATIENT_WITH_RETIRED_EXTENSION = "{\"resourceType\":\"Patient\",\"extension\":[{"
            + "\"url\":\"" + RETIRED_EXTENSION + "\",\"valueString\":\"a note\"}],\"gender\":\"female\"}";
    private static final FhirValidation VALIDATION =
            FhirValidation.builder().addConformanceResource(retiredExtension()).build();

    /** An extension whose definition is retired: the core validator notes each use of it (once per validator). */
    private static StructureDefinition retiredExtension() {
        String json = "{\"resourceType\":\"StructureDefinition\",\"url\":\"" + RETIRED_EXTENSION + "\","
                + "\"name\":\"RetiredNote\",\"status\":\"retired\",\"fhirVersion\":\"4.0.1\","
                + "\"kind\":\"complex-type\",\"abstract\":false,\"context\":[{\"type\":\"element\","
                + "\"expression\":\"Patient\"}],\"type\":\"Extension\","
                + "\"baseDefinition\":\"http://hl7.org/fhir/StructureDefinition/Extension\","
                + "\"derivation\":\"constraint\",\"differential\":{\"element\":["
                + "{\"id\":\"Extension\",\"path\":\"Extension\",\"max\":\"1\"},"
                + "{\"id\":\"Extension.extension\",\"path\":\"Extension.extension\",\"max\":\"0\"},"
                + "{\"id\":\"Extension.url\",\"path\":\"Extension.url\",\"fixedUri\":\"" + RETIRED_EXTENSION + "\"},"
                + "{\"id\":\"Extension.value[x]\",\"path\":\"Extension.value[x]\",\"type\":[{\"code\":\"string\"}]}"
                + "]}}";
        return SpFhir.newJsonParser().parseResource(StructureDefinition.class, json);
    }

    /** Small Patients, valid and not, so that each thread makes many calls, on validators old and new. */
    private static List<String> smallInputs() {
        return List.of(
                "{\"resourceType\":\"Patient\",\"gender\":\"female\",\"birthDate\":\"1970-01-02\"}",
                "{\"resourceType\":\"Patient\",\"gender\":\"woman\"}",
                "{\"resourceType\":\"Patient\",\"birthDate\":\"1970-13-02\"}",
                "{\"resourceType\":\"Patient\",\"communication\":[{\"language\":{\"coding\":[{"
                        + "\"system\":\"urn:ietf:bcp:47\",\"code\":\"cy\"}]}}]}",
                "{\"resourceType\":\"Patient\",\"communication\":[{\"language\":{\"coding\":[{"
                        + "\"system\":\"urn:ietf:bcp:47\",\"code\":\"not-a-language\"}]}}]}",
                "{\"resourceType\":\"Patient\",\"contact\":[{}]}",
                "{\"resourceType\":\"Task\",\"status\":\"requested\"}",
                "<Patient xmlns=\"http://hl7.org/fhir\"><gender value=\"woman\"/></Patient>",
                PATIENT_WITH_RETIRED_EXTENSION);
    }

    @Test
    void aRetiredExtension_isNotedOnEveryCall() {
        List<ValidationIssue> first =
                VALIDATION.validate(PATIENT_WITH_RETIRED_EXTENSION).issues();
        assertThat(first).anySatisfy(issue -> assertThat(issue.message()).contains(RETIRED_EXTENSION));
        for (int i = 0; i < 3; i++) {
            assertThat(VALIDATION.validate(PATIENT_WITH_RETIRED_EXTENSION).issues())
                    .isEqualTo(first);
        }
    }

    @Test
    void manyThreadsOnOneWarmValidator_giveEachInputItsSerialIssues() throws Exception {
        List<String> distinct = new ArrayList<>();
        for (Named<String> input : LazyR4CoreTest.sdkOutput()) {
            distinct.add(input.getPayload());
        }
        for (Named<String> input : LazyR4CoreTest.thirdParty()) {
            distinct.add(input.getPayload());
        }
        distinct.addAll(smallInputs());
        List<List<ValidationIssue>> serial = new ArrayList<>();
        for (String input : distinct) {
            serial.add(VALIDATION.validate(input).issues());
        }
        assertThat(serial).anySatisfy(issues -> assertThat(issues).isEmpty());
        assertThat(serial).anySatisfy(issues -> assertThat(issues).isNotEmpty());

        // Every input three times, the small ones twenty times more: about 300 calls in a shuffled order, so that
        // each of the four threads makes many calls, on core validators that have served others before.
        List<Integer> order = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < distinct.size(); i++) {
                order.add(i);
            }
        }
        int firstSmall = distinct.size() - smallInputs().size();
        for (int round = 0; round < 20; round++) {
            for (int i = firstSmall; i < distinct.size(); i++) {
                order.add(i);
            }
        }
        Collections.shuffle(order, new Random(12));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<List<ValidationIssue>>> tasks = new ArrayList<>();
            for (int index : order) {
                tasks.add(() -> VALIDATION.validate(distinct.get(index)).issues());
            }
            List<Future<List<ValidationIssue>>> results = pool.invokeAll(tasks);
            for (int i = 0; i < order.size(); i++) {
                assertThat(results.get(i).get())
                        .as("input %d, call %d", order.get(i), i)
                        .isEqualTo(serial.get(order.get(i)));
            }
        } finally {
            pool.shutdown();
        }
    }
}

package org.socialprescribing.fhir.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.ValidationSupportContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.ElementDefinition;
import org.hl7.fhir.r4.model.MetadataResource;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.junit.jupiter.api.Test;
import org.socialprescribing.fhir.internal.ConformanceResources;
import org.socialprescribing.fhir.internal.SdkContext;

/**
 * The shipped CodeSystems, ValueSets and StructureDefinitions are exactly what {@link ConformanceGenerator} makes
 * from the Java enums and {@code SpExtension}: one source of truth. After changing a vocabulary or an extension,
 * regenerate them with
 *
 * <pre>
 * ./mvnw -pl sp-fhir verify -Dtest=ConformanceDriftTest -Dsurefire.failIfNoSpecifiedTests=false -Dsp.writeConformance=true
 * </pre>
 */
class ConformanceDriftTest {

    private static final Path FOLDER = Path.of("src", "main", "resources", ConformanceResources.SDK_FOLDER);

    @Test
    void shippedResources_equalTheGeneratedOnes() throws IOException {
        Map<String, MetadataResource> generated = ConformanceGenerator.all();
        if (Boolean.getBoolean("sp.writeConformance")) {
            write(generated);
        }
        for (Map.Entry<String, MetadataResource> entry : generated.entrySet()) {
            Path file = FOLDER.resolve(entry.getKey());
            assertThat(file)
                    .as("missing: " + entry.getKey() + "; regenerate (see the class comment)")
                    .exists();
            assertThat(Files.readString(file))
                    .as(entry.getKey() + " differs from its source; regenerate (see the class comment)")
                    .isEqualTo(ConformanceGenerator.json(entry.getValue()));
        }
        assertThat(ConformanceResources.sdkIndex()).containsAll(generated.keySet());
    }

    @Test
    void everyStructureDefinition_snapshotsOnR4Core() {
        FhirContext context = SdkContext.get();
        PrePopulatedValidationSupport sdk = new PrePopulatedValidationSupport(context);
        ConformanceResources.sdk().forEach(sdk::addResource);
        ValidationSupportChain chain = new ValidationSupportChain(
                new DefaultProfileValidationSupport(context), sdk, new SnapshotGeneratingValidationSupport(context));
        for (IBaseResource resource : ConformanceResources.sdk()) {
            if (resource instanceof StructureDefinition) {
                StructureDefinition definition = (StructureDefinition) resource;
                IBaseResource snapshot = chain.generateSnapshot(
                        new ValidationSupportContext(chain),
                        definition,
                        definition.getUrl(),
                        null,
                        definition.getName());
                assertThat(snapshot).as(definition.getUrl()).isInstanceOf(StructureDefinition.class);
                List<String> ids = ((StructureDefinition) snapshot)
                        .getSnapshot().getElement().stream()
                                .map(ElementDefinition::getId)
                                .collect(Collectors.toList());
                assertThat(ids)
                        .as(definition.getUrl())
                        .containsAll(definition.getDifferential().getElement().stream()
                                .map(ElementDefinition::getId)
                                .collect(Collectors.toList()));
            }
        }
    }

    private static void write(Map<String, MetadataResource> generated) throws IOException {
        for (Map.Entry<String, MetadataResource> entry : generated.entrySet()) {
            Files.writeString(FOLDER.resolve(entry.getKey()), ConformanceGenerator.json(entry.getValue()));
        }
        Path index = FOLDER.resolve("index.txt");
        List<String> lines = new ArrayList<>(Files.readAllLines(index, StandardCharsets.UTF_8));
        for (String name : generated.keySet()) {
            if (!lines.contains(name)) {
                lines.add(name);
            }
        }
        Files.write(index, lines, StandardCharsets.UTF_8);
    }
}

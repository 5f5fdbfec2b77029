package org.socialprescribing.fhir.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.MetadataResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.socialprescribing.fhir.SpFhir;
import org.socialprescribing.fhir.internal.ConformanceResources;
import org.socialprescribing.measures.InstrumentRegistry;
import org.socialprescribing.measures.instruments.BuiltInInstruments;

/**
 * The code systems the jar ships for instruments, timepoints and collectors, and the Questionnaires of the built-in
 * instruments, are the ones generated from the Java definitions, and the index lists them and the hand-written
 * StructureDefinitions. Run with {@code
 * -Dsp.writeConformance=true} to rewrite the generated files (and append new ones to the index).
 */
class SdkConformanceTest {

    private static final Path FOLDER = Path.of("src", "main", "resources", ConformanceResources.SDK_FOLDER);

    static Stream<MetadataResource> generated() {
        List<MetadataResource> all = new ArrayList<>(InstrumentCodeSystems.builtIn());
        all.addAll(MeasurementCodeSystems.all());
        all.addAll(InstrumentQuestionnaires.of(InstrumentRegistry.of(BuiltInInstruments.all()))
                .all());
        return all.stream();
    }

    static String fileName(MetadataResource resource) {
        return resource.fhirType() + "-" + resource.getIdElement().getIdPart() + ".json";
    }

    @ParameterizedTest
    @MethodSource("generated")
    void shippedFile_isTheGeneratedOne(MetadataResource resource) throws IOException {
        String name = fileName(resource);
        String json = SpFhir.newJsonParser().setPrettyPrint(true).encodeResourceToString(resource) + "\n";
        Path file = FOLDER.resolve(name);
        if (Boolean.getBoolean("sp.writeConformance")) {
            Files.writeString(file, json, StandardCharsets.UTF_8);
            if (!ConformanceResources.sdkIndex().contains(name) && !indexLines().contains(name)) {
                Files.writeString(
                        FOLDER.resolve("index.txt"), name + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            }
        }
        assertThat(file)
                .as("%s is missing: run SdkConformanceTest with -Dsp.writeConformance=true", name)
                .exists();
        assertThat(Files.readString(file))
                .as("%s is stale: run SdkConformanceTest with -Dsp.writeConformance=true", name)
                .isEqualTo(json);
        assertThat(indexLines()).contains(name);
    }

    @Test
    void index_listsTheStructureDefinitions() throws IOException {
        assertThat(indexLines())
                .contains(
                        "StructureDefinition-scoring-rule-version.json",
                        "StructureDefinition-score-band-source.json",
                        "StructureDefinition-score-message.json",
                        "StructureDefinition-score-supplied-by.json",
                        "StructureDefinition-measurement-timepoint.json",
                        "StructureDefinition-measurement-collector.json",
                        "StructureDefinition-sp-score-observation.json",
                        "StructureDefinition-sp-outcome-response.json");
    }

    private static List<String> indexLines() throws IOException {
        return Files.readAllLines(FOLDER.resolve("index.txt"), StandardCharsets.UTF_8);
    }
}

package org.socialprescribing.fhir.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CanonicalType;
import org.hl7.fhir.utilities.npm.NpmPackage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialprescribing.fhir.ConformancePackage;
import org.socialprescribing.fhir.SpFhir;
import org.socialprescribing.fhir.internal.ConformanceResources;
import org.socialprescribing.fhir.validation.FhirValidation;
import org.socialprescribing.model.ValidationReport;

/** Issue 12: the SDK's conformance resources as a FHIR NPM package that HAPI's own NPM loader reads. */
class ConformancePackageTest {

    @TempDir
    static Path temp;

    private static NpmPackage load() throws IOException {
        return NpmPackage.fromPackage(new ByteArrayInputStream(ConformancePackage.tgz()));
    }

    @Test
    void hapisNpmLoader_readsTheManifest() throws IOException {
        NpmPackage npm = load();

        assertThat(npm.name()).isEqualTo(ConformancePackage.NAME);
        assertThat(npm.version()).isEqualTo(ConformancePackage.VERSION);
        assertThat(npm.fhirVersion()).isEqualTo("4.0.1");
        assertThat(npm.getFolders()).containsKey("package");
    }

    @Test
    void everyResourceOfTheJar_isInThePackage() throws IOException {
        NpmPackage npm = load();

        for (String file : ConformanceResources.sdkIndex()) {
            try (InputStream in = npm.loadResource(file)) {
                assertThat(in).as(file).isNotNull();
            }
        }
        assertThat(npm.listResources("StructureDefinition", "CodeSystem", "ValueSet", "Questionnaire"))
                .hasSize(ConformanceResources.sdkIndex().size());
    }

    @Test
    void everyProfileTheSdkDeclares_resolvesInThePackage() throws IOException {
        NpmPackage npm = load();
        Set<String> declared = new LinkedHashSet<>();
        Bundle episode = EpisodeBundles.standard().toTransaction(Fixtures.annaEpisode());
        Bundle message =
                MessageBack.standard().toDocument(Fixtures.annaEpisode(), MessageBack.Detail.FULL, Instant.EPOCH);
        for (Bundle bundle : new Bundle[] {episode, message}) {
            for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
                entry.getResource().getMeta().getProfile().stream()
                        .map(CanonicalType::getValue)
                        .forEach(declared::add);
            }
        }

        assertThat(declared).isNotEmpty();
        for (String profile : declared) {
            try (InputStream in = npm.loadByCanonical(profile)) {
                assertThat(in).as(profile).isNotNull();
            }
        }
    }

    @Test
    void theWrittenPackage_loadsIntoTheValidator() {
        Path file = ConformancePackage.writeTo(temp.resolve("out"));
        assertThat(file.getFileName().toString()).isEqualTo("package.tgz");

        FhirValidation validation = FhirValidation.builder().addNpmPackage(file).build();
        ValidationReport report = validation.validate(EpisodeBundles.standard().toTransaction(Fixtures.annaEpisode()));

        assertThat(report.errors()).isEmpty();
    }

    @Test
    void theVersion_isTheResourcesVersion() throws IOException {
        NpmPackage npm = load();
        try (InputStream in = npm.loadByCanonical(SpFhir.CANONICAL_BASE + "/StructureDefinition/sp-referral-task")) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .contains("\"version\": \"" + ConformancePackage.VERSION + "\"");
        }
    }
}

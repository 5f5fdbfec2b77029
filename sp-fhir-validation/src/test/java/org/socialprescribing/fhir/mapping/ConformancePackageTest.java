package org.socialprescribing.fhir.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CanonicalType;
import org.hl7.fhir.r4.model.StructureDefinition;
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
    void everyStructureDefinition_shipsItsSnapshot_soHapiValidatesWithNoSnapshotGenerator() throws IOException {
        FhirContext context = FhirContext.forR4Cached();
        NpmPackage npm = load();
        PrePopulatedValidationSupport sdk = new PrePopulatedValidationSupport(context);
        for (String file : npm.listResources("StructureDefinition", "CodeSystem", "ValueSet")) {
            try (InputStream in = npm.loadResource(file)) {
                org.hl7.fhir.instance.model.api.IBaseResource resource =
                        context.newJsonParser().parseResource(in);
                if (resource instanceof StructureDefinition) {
                    assertThat(((StructureDefinition) resource).hasSnapshot())
                            .as(file)
                            .isTrue();
                    assertThat(((StructureDefinition) resource).hasDifferential())
                            .as(file)
                            .isTrue();
                }
                sdk.addResource(resource);
            }
        }
        // HAPI's own chain, with no SnapshotGeneratingValidationSupport: a profile without a snapshot would be an
        // error.
        ValidationSupportChain chain = new ValidationSupportChain(
                new DefaultProfileValidationSupport(context),
                sdk,
                new CommonCodeSystemsTerminologyService(context),
                new InMemoryTerminologyServerValidationSupport(context));
        List<SingleValidationMessage> errors = context
                .newValidator()
                .registerValidatorModule(new FhirInstanceValidator(chain))
                .validateWithResult(EpisodeBundles.standard().toTransaction(Fixtures.annaEpisode()))
                .getMessages()
                .stream()
                .filter(message -> message.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
                .collect(Collectors.toList());

        assertThat(errors).extracting(SingleValidationMessage::getMessage).isEmpty();
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

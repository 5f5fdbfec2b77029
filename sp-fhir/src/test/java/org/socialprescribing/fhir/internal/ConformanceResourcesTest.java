package org.socialprescribing.fhir.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.MetadataResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.socialprescribing.fhir.FhirResourceReader;
import org.socialprescribing.fhir.SpFhir;
import org.socialprescribing.fhir.UkCoreReference;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.input.InputLimits;

class ConformanceResourcesTest {

    private static final InputLimits LIMITS = InputLimits.defaults();
    private static final String CODE_SYSTEM = "{\"resourceType\":\"CodeSystem\",\"url\":\"https://example.org/cs\","
            + "\"status\":\"draft\",\"content\":\"complete\",\"concept\":[{\"code\":\"a\"}]}";
    private static final String VALUE_SET_XML = "<ValueSet xmlns=\"http://hl7.org/fhir\"><url value=\"https://example"
            + ".org/vs\"/><status value=\"draft\"/><compose><include><system value=\"https://example.org/cs\"/>"
            + "</include></compose></ValueSet>";
    private static final String PATIENT = "{\"resourceType\":\"Patient\",\"gender\":\"male\"}";

    @TempDir
    Path temp;

    @Test
    void sdkIndex_listsEveryFileInTheSdkFolder() throws URISyntaxException, IOException {
        Path folder = Path.of(getClass()
                .getClassLoader()
                .getResource(ConformanceResources.SDK_FOLDER)
                .toURI());
        try (Stream<Path> files = Files.list(folder)) {
            Set<String> names = files.map(file -> file.getFileName().toString())
                    .filter(name -> !name.equals("index.txt"))
                    .collect(Collectors.toSet());
            assertThat(ConformanceResources.sdkIndex()).containsExactlyInAnyOrderElementsOf(names);
        }
    }

    @Test
    void sdkResources_liveUnderTheSdkCanonicalBase() {
        List<IBaseResource> resources = ConformanceResources.sdk();
        assertThat(resources)
                .isNotEmpty()
                .allSatisfy(resource ->
                        assertThat(((MetadataResource) resource).getUrl()).startsWith(SpFhir.CANONICAL_BASE + "/"));
        assertThat(resources)
                .extracting(resource -> ((MetadataResource) resource).getUrl())
                .contains(SpFhir.CANONICAL_BASE + "/CodeSystem/referral-status");
    }

    @Test
    void fromFolder_loadsOnlyConformanceResources() throws IOException {
        Files.writeString(temp.resolve("CodeSystem-a.json"), CODE_SYSTEM);
        Files.createDirectories(temp.resolve("valuesets"));
        Files.writeString(temp.resolve("valuesets/ValueSet-a.XML"), VALUE_SET_XML);
        Files.createDirectories(temp.resolve("examples"));
        Files.writeString(temp.resolve("examples/Patient-a.json"), PATIENT);
        Files.writeString(temp.resolve("examples/not-fhir.xml"), "<Patient><gender value=\"male\"/></Patient>");
        Files.writeString(temp.resolve("package.json"), "{\"name\":\"example\"}");
        Files.writeString(temp.resolve(".index.json"), "{\"files\":[]}");
        Files.writeString(temp.resolve("README.md"), "# not a resource");
        assertThat(ConformanceResources.fromFolder(temp, LIMITS))
                .extracting(resource -> ((MetadataResource) resource).getUrl())
                .containsExactly("https://example.org/cs", "https://example.org/vs");
    }

    @Test
    void fromFolder_namesTheFileOfABrokenConformanceResource() throws IOException {
        Files.writeString(temp.resolve("CodeSystem-bad.json"), CODE_SYSTEM.replace("\"draft\"", "\"sure\""));
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> ConformanceResources.fromFolder(temp, LIMITS))
                .satisfies(e -> {
                    assertThat(e.field()).isEqualTo("conformanceFolder");
                    assertThat(e.value()).contains("CodeSystem-bad.json");
                    assertThat(e.rule()).contains("CodeSystem.status");
                });
    }

    @Test
    void fromNpmPackage_namesTheEntryOfABrokenConformanceResource() throws IOException {
        Map<String, byte[]> entries = Map.of(
                "package/CodeSystem-bad.json",
                CODE_SYSTEM.replace("\"draft\"", "\"sure\"").getBytes(UTF_8));
        Path tgz = TarFixture.writeTgz(temp.resolve("broken.tgz"), entries, TarFixture.LongNames.GNU);
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> ConformanceResources.fromNpmPackage(tgz, LIMITS))
                .satisfies(e -> {
                    assertThat(e.field()).isEqualTo("npmPackage");
                    assertThat(e.value()).contains("package/CodeSystem-bad.json");
                    assertThat(e.rule()).startsWith("holds a resource that cannot be read (in broken.tgz)");
                });
    }

    @Test
    void fromFolder_rejectsAFileOverTheLimit() throws IOException {
        Files.writeString(temp.resolve("CodeSystem-a.json"), CODE_SYSTEM);
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> ConformanceResources.fromFolder(temp, LIMITS.withMaxBytes(50)))
                .satisfies(e -> assertThat(e.rule()).contains("larger than 50 bytes"));
    }

    @ParameterizedTest
    @EnumSource(TarFixture.LongNames.class)
    void fromNpmPackage_loadsTheResourcesDirectlyUnderPackage(TarFixture.LongNames longNames) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("package/package.json", "{\"name\":\"example\",\"version\":\"1.0.0\"}".getBytes(UTF_8));
        entries.put("package/.index.json", "{}".getBytes(UTF_8));
        entries.put("package/CodeSystem-a.json", CODE_SYSTEM.getBytes(UTF_8));
        entries.put(
                "package/ValueSet-" + "a-very-long-name-".repeat(8) + ".json",
                json(VALUE_SET_XML).getBytes(UTF_8));
        entries.put(
                "package/example/CodeSystem-example.json",
                CODE_SYSTEM.replace("/cs", "/example").getBytes(UTF_8));
        entries.put(
                "other/CodeSystem-outside.json",
                CODE_SYSTEM.replace("/cs", "/outside").getBytes(UTF_8));
        entries.put("package/Patient-a.json", PATIENT.getBytes(UTF_8));
        Path tgz = TarFixture.writeTgz(temp.resolve("example.tgz"), entries, longNames);
        assertThat(ConformanceResources.fromNpmPackage(tgz, LIMITS))
                .extracting(resource -> ((MetadataResource) resource).getUrl())
                .containsExactly("https://example.org/cs", "https://example.org/vs");
    }

    @Test
    void fromNpmPackage_rejectsFilesThatAreNotPackages() throws IOException {
        Path text = Files.writeString(temp.resolve("text.tgz"), "not gzip at all");
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> ConformanceResources.fromNpmPackage(text, LIMITS))
                .satisfies(e -> assertThat(e.rule()).isEqualTo("is not a gzipped tar archive"));
        Path notTar = temp.resolve("not-tar.tgz");
        try (var out = new GZIPOutputStream(Files.newOutputStream(notTar))) {
            out.write("x".repeat(600).getBytes(UTF_8));
        }
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> ConformanceResources.fromNpmPackage(notTar, LIMITS))
                .satisfies(e -> assertThat(e.rule()).contains("not a tar archive"));
    }

    @Test
    void tarArchive_rejectsTruncationAndOversizedEntries() throws IOException {
        byte[] tar = TarFixture.tar(
                Map.of("package/CodeSystem-a.json", CODE_SYSTEM.getBytes(UTF_8)), TarFixture.LongNames.GNU);
        byte[] truncated = Arrays.copyOf(tar, 600);
        assertThatExceptionOfType(EOFException.class)
                .isThrownBy(() -> TarArchive.read(new ByteArrayInputStream(truncated), name -> true, 1 << 20, 1 << 20));
        assertThatExceptionOfType(IOException.class)
                .isThrownBy(() -> TarArchive.read(new ByteArrayInputStream(tar), name -> true, 10, 1 << 20))
                .withMessageContaining("more than 10");
        assertThatExceptionOfType(IOException.class)
                .isThrownBy(() -> TarArchive.read(new ByteArrayInputStream(tar), name -> true, 1 << 20, 600))
                .withMessageContaining("more than 600 bytes");
    }

    @Test
    void npmPackageAndFolder_giveTheSameUkCoreProfiles() throws IOException {
        // UK Core ships XML; an NPM package holds JSON: pack the same StructureDefinitions both ways.
        Path structureDefinitions = UkCoreReference.folderOrSkip().resolve("structuredefinitions");
        List<IBaseResource> fromFolder = ConformanceResources.fromFolder(structureDefinitions, LIMITS);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (IBaseResource resource : fromFolder) {
            String json = SpFhir.newJsonParser().encodeResourceToString(resource);
            entries.put(
                    "package/StructureDefinition-" + resource.getIdElement().getIdPart() + ".json",
                    json.getBytes(UTF_8));
        }
        Path tgz = TarFixture.writeTgz(temp.resolve("ukcore.tgz"), entries, TarFixture.LongNames.PAX);
        List<IBaseResource> fromPackage = ConformanceResources.fromNpmPackage(tgz, LIMITS);
        assertThat(fromPackage).hasSameSizeAs(fromFolder).hasSizeGreaterThan(70);
        assertThat(urls(fromPackage)).isEqualTo(urls(fromFolder));
    }

    private static Set<String> urls(List<IBaseResource> resources) {
        return resources.stream().map(r -> ((MetadataResource) r).getUrl()).collect(Collectors.toSet());
    }

    private static String json(String xml) {
        return SpFhir.newJsonParser()
                .encodeResourceToString(FhirResourceReader.standard().parse(xml, IBaseResource.class));
    }
}

package org.socialprescribing.fhir;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hl7.fhir.utilities.json.model.JsonString;
import org.hl7.fhir.utilities.npm.NpmPackage;
import org.hl7.fhir.utilities.npm.PackageGenerator;
import org.socialprescribing.fhir.internal.ConformanceResources;

/**
 * The SDK's conformance resources (its profiles, extensions, code systems, value sets and the built-in instruments'
 * Questionnaires) as a FHIR NPM package, the form FHIR tooling loads: a gzipped tar {@code package.tgz} holding
 * {@code package/package.json} (name {@value #NAME}, version {@value #VERSION}, FHIR 4.0.1, depending on {@code
 * hl7.fhir.r4.core} 4.0.1, canonical {@value SpFhir#CANONICAL_BASE}), {@code package/.index.json} and one JSON file
 * per resource. With sp-fhir-validation on the class path (as in {@code sp fhir package}), each StructureDefinition
 * carries the snapshot that module's build generated, as well as its differential, so that other validators need
 * not generate snapshots before their first validation; with sp-fhir alone, the package holds the differentials as
 * published. Written with HAPI's own NPM package support ({@code org.hl7.fhir.utilities.npm.NpmPackage}), so any
 * validator that loads packages (HAPI's {@code NpmPackageValidationSupport}, the HL7 validator, {@code sp fhir
 * validate --package}) can resolve the profiles the SDK's resources declare.
 */
public final class ConformancePackage {

    /** The package's name. */
    public static final String NAME = "org.socialprescribing.fhir";

    /** The package's version: the version of the conformance resources it holds. */
    public static final String VERSION = "0.1.0";

    /** The file name FHIR tooling expects. */
    public static final String FILE_NAME = "package.tgz";

    private ConformancePackage() {}

    /**
     * The package as bytes.
     *
     * @return the gzipped tar archive, never null
     * @throws IllegalStateException if the jar is incomplete
     */
    public static byte[] tgz() {
        PackageGenerator manifest = new PackageGenerator()
                .name(NAME)
                .version(VERSION)
                .kind(PackageGenerator.PackageType.CONFORMANCE)
                .fhirVersions(List.of("4.0.1"))
                .description("Social Prescribing SDK: profiles, extensions, code systems, value sets and instrument"
                        + " Questionnaires for social prescribing in England (FHIR R4)")
                .license("Apache-2.0")
                .dependency("hl7.fhir.r4.core", "4.0.1");
        manifest.getRootJsonObject().add("canonical", new JsonString(SpFhir.CANONICAL_BASE));
        manifest.getRootJsonObject().add("url", new JsonString(SpFhir.CANONICAL_BASE));
        NpmPackage npm = NpmPackage.empty(manifest);
        for (String file : ConformanceResources.sdkIndex()) {
            try (InputStream in = ConformancePackage.class
                    .getClassLoader()
                    .getResourceAsStream(ConformanceResources.sdkPathPreferringSnapshot(file))) {
                if (in == null) {
                    throw new IllegalStateException("The SDK's conformance resource " + file + " is missing");
                }
                npm.addFile("package", file, in.readAllBytes(), null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            npm.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Writes {@value #FILE_NAME} into a folder, creating the folder if needed.
     *
     * @param folder the folder, not null
     * @return the file written
     * @throws UncheckedIOException if it cannot be written
     */
    public static Path writeTo(Path folder) {
        requireNonNull(folder, "folder");
        try {
            Files.createDirectories(folder);
            Path file = folder.resolve(FILE_NAME);
            Files.write(file, tgz());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

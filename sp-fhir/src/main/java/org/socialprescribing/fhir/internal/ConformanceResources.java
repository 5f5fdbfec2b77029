package org.socialprescribing.fhir.internal;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.socialprescribing.fhir.FhirFormatException;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.input.InputLimits;

/**
 * Loads FHIR conformance resources (StructureDefinitions, CodeSystems, ValueSets, and the Questionnaires that
 * QuestionnaireResponses are checked against) for the validator: the SDK's own, shipped in the jar, and extra ones
 * from a folder or an NPM package ({@code .tgz}). Every file goes through the same guard and strict parse as any
 * other input. Files that are not conformance resources (examples, {@code package.json}, files that are not FHIR at
 * all) are skipped; a conformance resource that cannot be read is an error naming the file.
 */
public final class ConformanceResources {

    /** The resource types the validator takes from a package or folder. */
    public static final Set<String> TYPES = Set.of("StructureDefinition", "CodeSystem", "ValueSet", "Questionnaire");

    /** Where the SDK's own resources live on the class path, with an {@code index.txt} listing them. */
    public static final String SDK_FOLDER = "org/socialprescribing/fhir/conformance/";

    /**
     * Where sp-fhir-validation's build puts the SDK's StructureDefinitions with their snapshots, under the same file
     * names: on the class path when that jar is.
     */
    public static final String SNAPSHOT_FOLDER = "org/socialprescribing/fhir/validation/snapshots/";

    /** The most an NPM package may hold once decompressed. */
    static final long MAX_PACKAGE_BYTES = 1L << 30;

    private static final int MAX_FOLDER_DEPTH = 16;

    private ConformanceResources() {}

    /**
     * The SDK's own conformance resources, from the class path.
     *
     * @return the resources, in index order, never null
     * @throws IllegalStateException if the jar is incomplete (a resource in the index is missing or unreadable)
     */
    public static List<IBaseResource> sdk() {
        List<IBaseResource> resources = new ArrayList<>();
        for (String file : sdkIndex()) {
            resources.add(sdkResource(SDK_FOLDER + file));
        }
        return resources;
    }

    /**
     * One of the SDK's own conformance resources (or a build's version of one, such as a StructureDefinition with its
     * snapshot), from the class path.
     *
     * @param path its path on the class path, such as {@code SDK_FOLDER + "StructureDefinition-carer.json"}
     * @return the resource, never null
     * @throws IllegalStateException if the jar is incomplete (the resource is missing or unreadable)
     */
    public static IBaseResource sdkResource(String path) {
        try (InputStream in = resource(path)) {
            return ResourceParsing.parse(InputGuard.scan(in, InputLimits.defaults()), null);
        } catch (IOException | FhirFormatException e) {
            throw new IllegalStateException("The SDK's conformance resource " + path + " cannot be read", e);
        }
    }

    /**
     * Where one of the SDK's conformance resources is on the class path: the snapshotted version if the class path
     * has it (a StructureDefinition, with sp-fhir-validation present), the resource as published otherwise.
     *
     * @param file a file name of the index
     * @return the path on the class path, never null
     */
    public static String sdkPathPreferringSnapshot(String file) {
        String snapshot = SNAPSHOT_FOLDER + file;
        return ConformanceResources.class.getClassLoader().getResource(snapshot) != null ? snapshot : SDK_FOLDER + file;
    }

    /**
     * The file names listed in the SDK's conformance index.
     *
     * @return the names, in order, never null
     */
    public static List<String> sdkIndex() {
        try (InputStream in = resource(SDK_FOLDER + "index.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new IllegalStateException("The SDK's conformance index cannot be read", e);
        }
    }

    /**
     * The conformance resources in a folder and its subfolders ({@code .json} and {@code .xml} files), such as UK
     * Core's {@code structuredefinitions}, {@code valuesets} and {@code codesystems}.
     *
     * @param folder the folder, not null
     * @param limits the limits each file must keep to, not null
     * @return the resources, in file name order, never null
     * @throws InvalidValueException if the folder is not a directory, or a conformance resource cannot be read
     * @throws UncheckedIOException if the folder cannot be listed or a file cannot be read
     */
    public static List<IBaseResource> fromFolder(Path folder, InputLimits limits) {
        if (!Files.isDirectory(folder)) {
            throw new InvalidValueException("conformanceFolder", folder.toString(), "is not a directory");
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder, MAX_FOLDER_DEPTH)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(ConformanceResources::isCandidate)
                    .sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<IBaseResource> resources = new ArrayList<>();
        for (Path file : files) {
            try {
                // The file's path inside the folder: short enough to be quoted whole in a message.
                String name = folder.relativize(file).toString();
                if (Files.size(file) > limits.maxBytes()) {
                    throw new InvalidValueException(
                            "conformanceFolder", name, "is larger than " + limits.maxBytes() + " bytes");
                }
                addIfConformance(resources, Files.readAllBytes(file), limits, "conformanceFolder", name, "");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return resources;
    }

    /**
     * The conformance resources of a FHIR NPM package: the {@code .json} files directly under {@code package/}
     * in the gzipped tar archive. Dependencies are not followed; load each package that is needed.
     *
     * @param tgz the package file, not null
     * @param limits the limits each resource must keep to, not null
     * @return the resources, in archive order, never null
     * @throws InvalidValueException if the file is not a gzipped tar archive, breaks a size bound, or holds a
     *     conformance resource that cannot be read
     * @throws UncheckedIOException if the file cannot be read
     */
    public static List<IBaseResource> fromNpmPackage(Path tgz, InputLimits limits) {
        Map<String, byte[]> files;
        try (InputStream in = new BufferedInputStream(new GZIPInputStream(Files.newInputStream(tgz)))) {
            files = TarArchive.read(in, ConformanceResources::isPackageResource, limits.maxBytes(), MAX_PACKAGE_BYTES);
        } catch (ZipException e) {
            throw new InvalidValueException("npmPackage", tgz.toString(), "is not a gzipped tar archive", e);
        } catch (EOFException e) {
            throw new InvalidValueException("npmPackage", tgz.toString(), "is truncated: " + e.getMessage(), e);
        } catch (NoSuchFileException e) {
            throw new InvalidValueException("npmPackage", tgz.toString(), "does not exist", e);
        } catch (IOException e) {
            if (Files.isReadable(tgz)) {
                throw new InvalidValueException(
                        "npmPackage", tgz.toString(), "is not a usable NPM package: " + e.getMessage(), e);
            }
            throw new UncheckedIOException(e);
        }
        List<IBaseResource> resources = new ArrayList<>();
        String in = " (in " + tgz.getFileName() + ")";
        files.forEach((name, content) -> addIfConformance(resources, content, limits, "npmPackage", name, in));
        return resources;
    }

    private static void addIfConformance(
            List<IBaseResource> resources,
            byte[] content,
            InputLimits limits,
            String field,
            String name,
            String where) {
        ScannedInput input;
        try {
            input = InputGuard.scan(content, limits);
        } catch (FhirFormatException e) {
            return; // Not FHIR, or not readable as FHIR: cannot be a conformance resource, so not ours to judge.
        }
        if (TYPES.contains(input.resourceType())) {
            try {
                resources.add(ResourceParsing.parse(input, null));
            } catch (FhirFormatException e) {
                throw new InvalidValueException(
                        field, name, "holds a resource that cannot be read" + where + ": " + e.getMessage(), e);
            }
        }
    }

    private static boolean isCandidate(Path file) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        return !name.startsWith(".")
                && !lower.equals("package.json")
                && (lower.endsWith(".json") || lower.endsWith(".xml"));
    }

    /** Resources sit directly under {@code package/}; examples and other folders below it are left out. */
    private static boolean isPackageResource(String name) {
        if (!name.startsWith("package/") || name.indexOf('/', "package/".length()) >= 0) {
            return false;
        }
        String file = name.substring("package/".length());
        return !file.startsWith(".") && !file.equals("package.json") && file.endsWith(".json");
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = ConformanceResources.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException("missing from the class path: " + name);
        }
        return in;
    }
}

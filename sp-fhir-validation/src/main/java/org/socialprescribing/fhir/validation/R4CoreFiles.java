package org.socialprescribing.fhir.validation;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.socialprescribing.fhir.internal.SdkContext;

/**
 * Writes R4 core's conformance resources, as HAPI's {@code DefaultProfileValidationSupport} serves them, one JSON file
 * each with an index by canonical URL, so that {@link R4CoreSupport} parses only the ones a validation asks for.
 *
 * <p>Why: HAPI ships R4 core as a few large XML Bundles and parses all of them on its first lookup (its 650
 * StructureDefinitions on the first validation, and its 1,900 value sets and code systems on the first code lookup):
 * about half the CPU time of a cold {@code sp fhir validate} of one episode Bundle (a JFR profile,
 * docs/PERFORMANCE.md). The resources are taken from HAPI itself, so they are the ones, and under the URLs, that
 * HAPI would serve; JSON because HAPI parses the same StructureDefinitions from JSON in about 60% of the CPU time it
 * takes for XML (measured on this machine, profiles-types and profiles-resources). The build runs {@link #main} after
 * this module compiles.
 */
final class R4CoreFiles {

    private R4CoreFiles() {}

    /**
     * Writes the files and the index ({@link R4CoreSupport#INDEX}) into a folder (the build's {@code target/classes/}
     * + {@link R4CoreSupport#FOLDER}). Index lines are {@code type TAB file TAB url}; StructureDefinitions come first,
     * in the order HAPI lists them, after a line {@code source TAB} where HAPI's classes came from and a line {@code
     * package TAB} the package user data HAPI sets on them. Beside them, {@link R4CoreSupport#OUTLINES_FILE}: a Bundle
     * of every StructureDefinition, in the same order, without its snapshot and differential. Files from the same
     * source are kept as they are.
     *
     * @param args the folder
     * @throws IOException if a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        Files.createDirectories(folder);
        // The files depend only on the HAPI jars: an index written from the same ones is kept (this takes tens of
        // seconds of CPU time per build otherwise).
        String source = "source\t"
                + DefaultProfileValidationSupport.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                + "\n";
        Path indexFile = folder.resolve(R4CoreSupport.INDEX_FILE);
        if (Files.isRegularFile(indexFile)
                && Files.isRegularFile(folder.resolve(R4CoreSupport.OUTLINES_FILE))
                && Files.readString(indexFile, StandardCharsets.UTF_8).startsWith(source)) {
            System.out.println(folder + ": up to date");
            return;
        }
        FhirContext context = SdkContext.get();
        DefaultProfileValidationSupport hapi = new DefaultProfileValidationSupport(context);
        List<IBaseResource> structures = hapi.fetchAllStructureDefinitions();
        Object packageData = structures.get(0).getUserData(R4CoreSupport.PACKAGE_USER_DATA);
        StringBuilder index = new StringBuilder(source);
        index.append("package\t").append(packageData == null ? "" : packageData).append('\n');
        int count = 0;
        Bundle outlines = new Bundle().setType(Bundle.BundleType.COLLECTION);
        for (IBaseResource structure : structures) {
            count = write(context, folder, structure, count, index);
            outlines.addEntry().setResource(outline((StructureDefinition) structure));
        }
        Files.writeString(
                folder.resolve(R4CoreSupport.OUTLINES_FILE),
                context.newJsonParser().encodeResourceToString(outlines),
                StandardCharsets.UTF_8);
        // HAPI lists only what it has loaded: one lookup loads all its code systems and value sets.
        hapi.fetchCodeSystem("http://hl7.org/fhir/administrative-gender");
        for (IBaseResource resource : hapi.fetchAllConformanceResources()) {
            String type = context.getResourceType(resource);
            if (type.equals("CodeSystem") || type.equals("ValueSet")) {
                count = write(context, folder, resource, count, index);
            }
        }
        Files.writeString(folder.resolve(R4CoreSupport.INDEX_FILE), index, StandardCharsets.UTF_8);
        System.out.println(folder + ": " + count + " R4 core conformance resources");
    }

    /**
     * A StructureDefinition without its snapshot and differential (95% of R4 core's bytes), which is all a lazy R5 copy
     * holds until one of those two is asked for ({@link LazyStructureDefinition}). Every R4 core StructureDefinition
     * has a snapshot: the lazy copies rely on it, so the build stops if one has none.
     */
    private static StructureDefinition outline(StructureDefinition structure) {
        if (!structure.hasSnapshot()) {
            throw new IllegalStateException(structure.getUrl() + " has no snapshot");
        }
        StructureDefinition outline = structure.copy();
        outline.setSnapshot(null);
        outline.setDifferential(null);
        return outline;
    }

    private static int write(FhirContext context, Path folder, IBaseResource resource, int count, StringBuilder index)
            throws IOException {
        String url = DefaultProfileValidationSupport.getConformanceResourceUrl(context, resource);
        if (url == null || url.isBlank()) {
            return count;
        }
        String file = count + ".json";
        Files.writeString(
                folder.resolve(file), context.newJsonParser().encodeResourceToString(resource), StandardCharsets.UTF_8);
        index.append(context.getResourceType(resource))
                .append('\t')
                .append(file)
                .append('\t')
                .append(url)
                .append('\n');
        return count + 1;
    }
}

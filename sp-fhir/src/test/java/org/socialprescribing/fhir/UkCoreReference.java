package org.socialprescribing.fhir;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the UK Core 2.0.2 reference resources are: {@code ../../shared/reference/uk-core-2.0.2} from the module
 * directory (a clone sits next to {@code shared/}). They are read in place, never copied into the repository;
 * tests that need them skip when they are absent, so a fresh clone still builds.
 */
public final class UkCoreReference {

    /** The canonical URL of the UK Core Patient profile. */
    public static final String PATIENT_PROFILE = "https://fhir.hl7.org.uk/StructureDefinition/UKCore-Patient";

    private static final Path FOLDER = Path.of("..", "..", "shared", "reference", "uk-core-2.0.2");

    private UkCoreReference() {}

    /**
     * The UK Core folder, or a skipped test if it is absent.
     *
     * @return the folder, which exists
     */
    public static Path folderOrSkip() {
        assumeTrue(
                Files.isDirectory(FOLDER.resolve("structuredefinitions")),
                () -> "UK Core 2.0.2 reference resources not found at "
                        + FOLDER.toAbsolutePath().normalize() + "; skipping the UK Core tests");
        return FOLDER;
    }

    /**
     * One file of UK Core, or a skipped test if the folder is absent.
     *
     * @param relative the path inside the folder, e.g. {@code examples/UKCore-Patient-RichardSmith-Example.xml}
     * @return the file's content
     */
    public static String read(String relative) {
        try {
            return Files.readString(folderOrSkip().resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

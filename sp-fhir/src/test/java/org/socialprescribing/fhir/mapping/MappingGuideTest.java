package org.socialprescribing.fhir.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.socialprescribing.fhir.mapping.internal.SpExtension;
import org.socialprescribing.fhir.mapping.internal.SpProfile;

/** {@code docs/fhir.md} names every SDK extension and profile the mappers use. */
class MappingGuideTest {

    private static final Path GUIDE = Path.of("..", "docs", "fhir.md");

    @Test
    void guide_namesEveryExtensionAndProfile() throws IOException {
        String guide = Files.readString(GUIDE);
        for (SpExtension extension : SpExtension.values()) {
            assertThat(guide).as(extension.id()).contains("`" + extension.id() + "`");
        }
        for (SpProfile profile : SpProfile.values()) {
            assertThat(guide).as(profile.id()).contains("`" + profile.id() + "`");
        }
    }
}

package org.socialprescribing.fhir.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.socialprescribing.fhir.SpFhir;
import org.socialprescribing.model.MappingResult;
import org.socialprescribing.model.episode.SocialPrescribingEpisode;

/**
 * The golden Bundles under {@code src/test/resources/golden/} are what the mappers write for the fixtures (compared
 * as JSON trees, so formatting does not matter), and read back to the same episodes. The people are invented; their
 * NHS numbers are valid numbers in the 9xx range that is never issued. UUIDs are derived from each file's name so the
 * files are stable. After a deliberate change to the mapping, review the diff and rewrite them with
 *
 * <pre>
 * ./mvnw -pl sp-fhir verify -Dtest=GoldenBundlesTest -Dsurefire.failIfNoSpecifiedTests=false -Dsp.writeGolden=true
 * </pre>
 */
class GoldenBundlesTest {

    private static final Path FOLDER = Path.of("src", "test", "resources", "golden");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant COMPOSED = Instant.parse("2025-06-20T13:00:00Z");

    static Stream<Arguments> goldens() {
        return Stream.of(
                Arguments.of("episode-completed.json", Fixtures.annaEpisode(), Kind.TRANSACTION),
                Arguments.of("episode-declined.json", Fixtures.declinedEpisode(), Kind.TRANSACTION),
                Arguments.of("message-back-completed-coded.json", Fixtures.annaEpisode(), Kind.MESSAGE));
    }

    enum Kind {
        TRANSACTION,
        MESSAGE
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldens")
    void bundle_equalsItsGoldenFile(String name, SocialPrescribingEpisode episode, Kind kind) throws IOException {
        Supplier<UUID> ids = ids(name);
        Bundle bundle = kind == Kind.TRANSACTION
                ? EpisodeBundles.standard().withIds(ids).toTransaction(episode)
                : MessageBack.standard().withIds(ids).toDocument(episode, MessageBack.Detail.CODED_ENTRIES, COMPOSED);
        String json = SpFhir.newJsonParser().setPrettyPrint(true).encodeResourceToString(bundle) + "\n";
        Path file = FOLDER.resolve(name);
        if (Boolean.getBoolean("sp.writeGolden")) {
            Files.writeString(file, json, StandardCharsets.UTF_8);
        }
        JsonNode expected = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
        assertThat(JSON.readTree(json)).isEqualTo(expected);
        if (kind == Kind.TRANSACTION) {
            MappingResult<SocialPrescribingEpisode> back =
                    EpisodeBundles.standard().parseEpisode(Files.readString(file));
            assertThat(back.value()).isEqualTo(episode);
            assertThat(back.report().issues()).isEmpty();
        }
    }

    /** Stable UUIDs: name-based, from the file's name and a counter. */
    private static Supplier<UUID> ids(String name) {
        int[] next = {0};
        return () -> UUID.nameUUIDFromBytes((name + "#" + next[0]++).getBytes(StandardCharsets.UTF_8));
    }
}

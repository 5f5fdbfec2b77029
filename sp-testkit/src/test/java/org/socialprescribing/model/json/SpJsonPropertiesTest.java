package org.socialprescribing.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.socialprescribing.model.episode.SocialPrescribingEpisode;
import org.socialprescribing.testkit.SpArbitraries;

/**
 * SDK JSON of random episodes: it reads back to an equal episode and satisfies the published episode schema. In
 * sp-testkit's tests because it uses the kit's generators, which depend on sp-model; sp-model's SpJsonTest and
 * EpisodeSchemaTest hold the example-based tests. The schema is checked here by a JSON Schema library (networknt),
 * a second implementation next to sp-model's own small checker.
 */
class SpJsonPropertiesTest {

    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(published());

    private static String published() {
        try (InputStream in = SpJson.class.getClassLoader().getResourceAsStream(SpJson.EPISODE_SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(SpJson.EPISODE_SCHEMA_RESOURCE + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Property(tries = 150)
    void randomEpisodes_roundTripToAnEqualValue(@ForAll("asReferred") SocialPrescribingEpisode episode) {
        assertThat(SpJson.parseEpisode(SpJson.write(episode))).isEqualTo(episode);
    }

    @Property(tries = 50)
    void completeEpisodes_roundTripToAnEqualValue(@ForAll("complete") SocialPrescribingEpisode episode) {
        assertThat(SpJson.parseEpisode(SpJson.write(episode))).isEqualTo(episode);
    }

    @Property(tries = 100)
    void randomEpisodes_satisfyThePublishedSchema(@ForAll("asReferred") SocialPrescribingEpisode episode) {
        assertThat(SCHEMA.validate(SpJson.write(episode), InputFormat.JSON)).isEmpty();
    }

    /** Text with control characters too: JSON escapes them. */
    @Provide
    Arbitrary<SocialPrescribingEpisode> asReferred() {
        return SpArbitraries.asReferred().withControlCharacters().episodes();
    }

    @Provide
    Arbitrary<SocialPrescribingEpisode> complete() {
        return SpArbitraries.nationalDataset().episodes();
    }
}

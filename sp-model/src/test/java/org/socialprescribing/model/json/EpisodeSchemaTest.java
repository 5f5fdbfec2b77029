package org.socialprescribing.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.socialprescribing.model.episode.EpisodeFixtures;
import org.socialprescribing.model.episode.SocialPrescribingEpisode;

/**
 * The published episode schema is the generated one, and the SDK's documents satisfy it (random episodes: sp-testkit's
 * SpJsonPropertiesTest, as the generators depend on this module).
 */
class EpisodeSchemaTest {

    private static final Path SOURCE = Path.of("src", "main", "resources", SpJson.EPISODE_SCHEMA_RESOURCE);
    private static final ObjectMapper PRETTY = SpJson.mapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final JsonNode PUBLISHED = published();
    private static final SchemaChecker CHECKER = new SchemaChecker(PUBLISHED);

    private static JsonNode published() {
        try (InputStream in = SpJson.class.getClassLoader().getResourceAsStream(SpJson.EPISODE_SCHEMA_RESOURCE)) {
            return in == null ? PRETTY.createObjectNode() : PRETTY.readTree(in);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void publishedSchema_isTheGeneratedOne() throws IOException {
        ObjectNode generated = EpisodeSchemaGenerator.generate();
        if (Boolean.getBoolean("sp.writeSchema")) {
            Files.writeString(SOURCE, PRETTY.writeValueAsString(generated) + "\n", StandardCharsets.UTF_8);
        }
        assertThat(PUBLISHED)
                .as("%s is stale: run EpisodeSchemaTest with -Dsp.writeSchema=true", SOURCE)
                .isEqualTo(generated);
    }

    @Test
    void fixture_satisfiesTheSchema() {
        assertThat(CHECKER.check(tree(EpisodeFixtures.episode()))).isEmpty();
    }

    @Test
    void schema_isStrict() {
        ObjectNode episode = (ObjectNode) tree(EpisodeFixtures.episode());
        episode.put("unknown", 1);
        ((ObjectNode) episode.get("referral")).put("source", "GP");
        episode.remove("journey");
        ((ObjectNode) episode.get("referral").get("presentingNeeds").get(0)).remove("text");
        assertThat(CHECKER.check(episode))
                .containsExactlyInAnyOrder(
                        "$.unknown: not allowed",
                        "$.referral.source: not in enum",
                        "$: missing journey",
                        "$.referral.presentingNeeds[0]: matches no anyOf option");
    }

    @Test
    void schema_describesTheDocument() {
        assertThat(PUBLISHED.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(PUBLISHED.get("$ref").asText()).isEqualTo("#/$defs/SocialPrescribingEpisode");
        assertThat(PUBLISHED.at("/$defs/SocialPrescribingEpisode/required"))
                .extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("person", "referral", "journey");
        assertThat(PUBLISHED.at("/$defs/ReferralStatus").isMissingNode())
                .as("enums are inlined")
                .isTrue();
    }

    private static JsonNode tree(SocialPrescribingEpisode episode) {
        try {
            return PRETTY.readTree(SpJson.write(episode));
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }
}

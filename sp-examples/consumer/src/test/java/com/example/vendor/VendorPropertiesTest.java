package com.example.vendor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.socialprescribing.model.episode.SocialPrescribingEpisode;
import org.socialprescribing.model.json.SpJson;
import org.socialprescribing.testkit.SpArbitraries;

/** The product's own property test with sp-testkit's generators: what it stores as SDK JSON comes back equal. */
class VendorPropertiesTest {

    @Property(tries = 30)
    void storedEpisodes_comeBackEqual(@ForAll("episodes") SocialPrescribingEpisode episode) {
        String stored = SpJson.write(episode); // the product keeps episodes as SDK JSON
        assertEquals(episode, SpJson.parseEpisode(stored));
    }

    @Provide
    Arbitrary<SocialPrescribingEpisode> episodes() {
        return SpArbitraries.asReferred().episodes();
    }
}

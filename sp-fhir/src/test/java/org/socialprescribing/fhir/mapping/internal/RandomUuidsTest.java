package org.socialprescribing.fhir.mapping.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RandomUuidsTest {

    private final RandomUuids uuids = new RandomUuids();

    @Test
    void everyUuidIsARandomUuidOfTheIetfVariant() {
        for (int i = 0; i < 10_000; i++) {
            UUID uuid = uuids.get();
            assertThat(uuid.version()).isEqualTo(4);
            assertThat(uuid.variant()).isEqualTo(2);
            // What UUID.fromString reads back is the same UUID, so it survives a urn:uuid fullUrl.
            assertThat(UUID.fromString(uuid.toString())).isEqualTo(uuid);
        }
    }

    @Test
    void uuidsDoNotRepeatWithinOrAcrossThreads() {
        Set<UUID> seen = ConcurrentHashMap.newKeySet();
        IntStream.range(0, 8).parallel().forEach(thread -> {
            RandomUuids own = new RandomUuids();
            for (int i = 0; i < 25_000; i++) {
                assertThat(seen.add(own.get())).isTrue();
            }
        });
        assertThat(seen).hasSize(200_000);
    }
}

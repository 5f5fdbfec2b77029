package org.socialprescribing.fhir.mapping.internal;

import java.security.SecureRandom;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Random (version 4) UUIDs for the {@code urn:uuid} fullUrls of a Bundle's entries. {@link UUID#randomUUID()} draws
 * every one from {@code SecureRandom}, which reads the operating system's entropy and costs more than the rest of an
 * entry's mapping; these fullUrls only name entries inside one Bundle (a server replaces them), so they need to be
 * unique, not unguessable. Each thread gets its own fast generator, seeded once from {@code SecureRandom}: 122
 * random bits a UUID, as {@code randomUUID} gives. Thread-safe.
 */
public final class RandomUuids implements Supplier<UUID> {

    private static final SecureRandom SEEDS = new SecureRandom();

    private static final ThreadLocal<SplittableRandom> GENERATORS = ThreadLocal.withInitial(RandomUuids::seeded);

    private static SplittableRandom seeded() {
        synchronized (SEEDS) {
            return new SplittableRandom(SEEDS.nextLong());
        }
    }

    @Override
    public UUID get() {
        SplittableRandom random = GENERATORS.get();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L; // version 4
        long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L; // IETF variant
        return new UUID(high, low);
    }
}

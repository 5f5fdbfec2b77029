package org.socialprescribing.gp;

/**
 * The persons whose rows are finished, as 64-bit hashes in an open-addressing set: 16 bytes a person at most, so a
 * 10-million-row extract of one million persons needs about 16 MB, where a set of strings would need several times
 * that. Hand-written because sp-gp adds no collection library for one set of longs. Two keys with the same hash (a
 * chance of about n^2 / 2^65 for n persons) would make the second person's rows reported as not contiguous, never
 * mapped to the wrong person.
 */
final class PersonKeys {

    private static final long EMPTY = 0L;

    private long[] slots = new long[1024];
    private int size;

    /** @return a well-mixed 64-bit hash of a key, never {@link #EMPTY} */
    static long hash(String key) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            h ^= key.charAt(i);
            h *= 0x100000001b3L;
        }
        // The finaliser of MurmurHash3 spreads FNV's low-entropy high bits over the whole word.
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == EMPTY ? 1L : h;
    }

    boolean contains(long hash) {
        int mask = slots.length - 1;
        for (int i = (int) (hash ^ (hash >>> 32)) & mask; ; i = (i + 1) & mask) {
            if (slots[i] == EMPTY) {
                return false;
            }
            if (slots[i] == hash) {
                return true;
            }
        }
    }

    void add(long hash) {
        if (contains(hash)) {
            return;
        }
        if (2 * (size + 1) > slots.length) {
            long[] old = slots;
            slots = new long[old.length * 2];
            size = 0;
            for (long kept : old) {
                if (kept != EMPTY) {
                    insert(kept);
                }
            }
        }
        insert(hash);
    }

    private void insert(long hash) {
        int mask = slots.length - 1;
        int i = (int) (hash ^ (hash >>> 32)) & mask;
        while (slots[i] != EMPTY) {
            i = (i + 1) & mask;
        }
        slots[i] = hash;
        size++;
    }

    int size() {
        return size;
    }
}

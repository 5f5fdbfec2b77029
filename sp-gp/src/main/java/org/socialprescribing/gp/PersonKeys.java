package org.socialprescribing.gp;

/**
 * The persons seen so far, as 64-bit hashes of their keys in an open-addressing table, each with its number in order
 * of first appearance: 12 bytes a slot at a load of at most three quarters, so 16 to 32 bytes a person (48 while the
 * table grows). A 10-million-row extract of two million persons needs 48 MB (4 million slots), where a map of strings
 * would need several times that. Hand-written because sp-gp adds no collection library for one map of longs to ints. Two keys
 * with the same hash (a chance of about n^2 / 2^65 for n persons) get the same number: the import tells them apart
 * by their keys when it builds episodes ({@link ImportSession}), so no row is ever mapped to the wrong person.
 */
final class PersonKeys {

    private static final long EMPTY = 0L;

    /** Returned by {@link #indexOf} for a hash not in the table. */
    static final int ABSENT = -1;

    private long[] slots = new long[1024];
    private int[] numbers = new int[1024];
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
        return indexOf(hash) != ABSENT;
    }

    /** @return the number the hash got when it was added, or {@link #ABSENT} */
    int indexOf(long hash) {
        int mask = slots.length - 1;
        for (int i = (int) (hash ^ (hash >>> 32)) & mask; ; i = (i + 1) & mask) {
            if (slots[i] == EMPTY) {
                return ABSENT;
            }
            if (slots[i] == hash) {
                return numbers[i];
            }
        }
    }

    /**
     * Adds a hash if it is new.
     *
     * @return its number in order of first appearance, from 0
     */
    int add(long hash) {
        int known = indexOf(hash);
        if (known != ABSENT) {
            return known;
        }
        // Linear probing stays short up to a load of three quarters; a lower one would double the table's size.
        if (4L * (size + 1) > 3L * slots.length) {
            long[] old = slots;
            int[] oldNumbers = numbers;
            slots = new long[old.length * 2];
            numbers = new int[old.length * 2];
            for (int i = 0; i < old.length; i++) {
                if (old[i] != EMPTY) {
                    insert(old[i], oldNumbers[i]);
                }
            }
        }
        insert(hash, size);
        return size++;
    }

    private void insert(long hash, int number) {
        int mask = slots.length - 1;
        int i = (int) (hash ^ (hash >>> 32)) & mask;
        while (slots[i] != EMPTY) {
            i = (i + 1) & mask;
        }
        slots[i] = hash;
        numbers[i] = number;
    }

    int size() {
        return size;
    }
}

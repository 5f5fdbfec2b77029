package org.socialprescribing.measures;

/** Builds answers with a chosen total, for golden tests. */
public final class TestAnswers {

    private TestAnswers() {}

    /**
     * Codes for {@code count} items each within {@code min..max} that add up to {@code total}: the lowest codes, then
     * raised item by item.
     */
    public static int[] summingTo(int count, int min, int max, int total) {
        int[] codes = new int[count];
        int remaining = total - count * min;
        for (int i = 0; i < count; i++) {
            int raise = Math.min(max - min, remaining);
            codes[i] = min + raise;
            remaining -= raise;
        }
        if (remaining != 0) {
            throw new IllegalArgumentException("total " + total + " is out of reach");
        }
        return codes;
    }
}

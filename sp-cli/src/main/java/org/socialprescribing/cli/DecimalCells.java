package org.socialprescribing.cli;

import java.math.BigDecimal;

/**
 * The text of one decimal score column, exactly as {@code BigDecimal.valueOf(unscaled, scale).toPlainString()} writes
 * it ({@code 2321} at scale 2 is {@code 23.21}, {@code -5} is {@code -0.05}, {@code 0} is {@code 0.00}), without a
 * {@code BigDecimal} per cell.
 *
 * <p>Why not {@code BigDecimal}: a JFR profile of {@code sp score swemwbs} on 10 million rows put number formatting
 * among the main thread's hot spots (docs/PERFORMANCE.md), at two objects per cell. Scores repeat a few thousand
 * values (SWEMWBS metric scores 7.00 to 35.00), so each column remembers the text of the values it wrote in a small
 * direct-mapped table: a cell costs an array lookup, and a value is formatted once. A property test checks the text
 * against {@code BigDecimal} for every value the instruments score and for any int and scale. Not thread-safe: one
 * per column of one writer.
 */
final class DecimalCells {

    /** Table size: a power of two larger than the distinct values of any built-in score (2,801 for SWEMWBS metric). */
    private static final int SLOTS = 4096;

    private final int scale;
    private final int[] values = new int[SLOTS];
    private final String[] texts = new String[SLOTS];

    /**
     * The cells of a column.
     *
     * @param scale the column's decimals (0 for whole numbers)
     */
    DecimalCells(int scale) {
        this.scale = scale;
    }

    /**
     * A value's text.
     *
     * @param unscaled the value without its decimal point
     * @return the text, as {@link #format} writes it
     */
    String text(int unscaled) {
        int slot = unscaled & (SLOTS - 1);
        String text = texts[slot];
        if (text == null || values[slot] != unscaled) {
            text = format(unscaled, scale);
            texts[slot] = text;
            values[slot] = unscaled;
        }
        return text;
    }

    /**
     * A decimal's plain text: the same characters as {@code BigDecimal.valueOf(unscaled, scale).toPlainString()}.
     *
     * @param unscaled the value without its decimal point
     * @param scale the number of decimals
     * @return the text: a minus sign if negative, the integer digits (at least one), then, when the scale is above
     *     0, a point and exactly {@code scale} decimals
     */
    static String format(int unscaled, int scale) {
        if (scale == 0) {
            return Integer.toString(unscaled);
        }
        if (scale < 0) { // no instrument scores at a negative scale; kept exact for any scale all the same
            return BigDecimal.valueOf(unscaled, scale).toPlainString();
        }
        String digits = Long.toString(Math.abs((long) unscaled));
        int whole = digits.length() - scale; // integer digits, or minus the leading zeros of the decimals
        StringBuilder text = new StringBuilder(Math.max(digits.length(), scale + 1) + 2);
        if (unscaled < 0) {
            text.append('-');
        }
        if (whole > 0) {
            text.append(digits, 0, whole).append('.').append(digits, whole, digits.length());
        } else {
            text.append("0.");
            for (int zero = whole; zero < 0; zero++) {
                text.append('0');
            }
            text.append(digits);
        }
        return text.toString();
    }
}

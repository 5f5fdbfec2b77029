package org.socialprescribing.model.input;

import static java.util.Objects.requireNonNull;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Bytes read under the {@link InputLimit#BYTES} limit: a stream that fails as soon as it has delivered one byte more
 * than the limit, so that an endless or oversized input ({@code /dev/zero}, a 100 MB file) costs no more than the
 * limit before it is refused. Text already in memory is measured in UTF-8 without encoding it.
 */
public final class BoundedInput {

    private BoundedInput() {}

    /**
     * A stream that delivers at most the byte limit: reading one byte more throws {@link InputLimitException} (an
     * unchecked exception, so it passes through any parser reading the stream). Closing it closes the source.
     *
     * @param in the source, not null
     * @param limits the limits, not null
     * @return the bounded stream, never null
     */
    public static InputStream limit(InputStream in, InputLimits limits) {
        return new LimitedStream(requireNonNull(in, "in"), requireNonNull(limits, "limits"));
    }

    /**
     * Reads a stream to its end, but never more than the byte limit plus one byte. The stream is not closed.
     *
     * @param in the source, not null
     * @param limits the limits, not null
     * @return the bytes, never null
     * @throws InputLimitException if the stream holds more than the byte limit
     * @throws IOException if the stream cannot be read
     */
    public static byte[] readAllBytes(InputStream in, InputLimits limits) throws IOException {
        long max = limits.maxBytes();
        // One byte more than allowed tells "exactly at the limit" from "over it" without reading everything.
        byte[] bytes = in.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 8));
        if (bytes.length > max) {
            throw limits.broken(InputLimit.BYTES, "input");
        }
        return bytes;
    }

    /**
     * Checks that text takes at most the byte limit in UTF-8, counted without encoding it.
     *
     * @param text the text, not null
     * @param limits the limits, not null
     * @throws InputLimitException if the text's UTF-8 form is larger than the byte limit
     */
    public static void checkText(CharSequence text, InputLimits limits) {
        long max = limits.maxBytes();
        if (text.length() > max) {
            throw limits.broken(InputLimit.BYTES, "input");
        }
        if (3L * text.length() <= max) {
            return; // No char takes more than 3 bytes (a surrogate pair: 4 bytes for 2 chars).
        }
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // A surrogate pair (4 bytes) is two chars of 2 bytes each; a lone surrogate is replaced by '?' (1 byte).
            bytes += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
            if (bytes > max) {
                throw limits.broken(InputLimit.BYTES, "input");
            }
        }
    }

    /** Counts what it delivers and refuses the first byte beyond the limit. */
    private static final class LimitedStream extends FilterInputStream {

        private final InputLimits limits;
        private final long max;
        private long count;

        LimitedStream(InputStream in, InputLimits limits) {
            super(in);
            this.limits = limits;
            this.max = limits.maxBytes();
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            // Never ask for more than one byte past the limit, so an endless source is not drained into a buffer.
            int n = super.read(b, off, (int) Math.min(len, Math.max(1, max + 1 - count)));
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(Math.min(n, Math.max(1, max + 1 - count)));
            if (skipped > 0) {
                counted(skipped);
            }
            return skipped;
        }

        private void counted(long n) {
            count += n;
            if (count > max) {
                throw limits.broken(InputLimit.BYTES, "input");
            }
        }
    }
}

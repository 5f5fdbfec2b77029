package org.socialprescribing.spark.internal;

import java.nio.charset.StandardCharsets;
import org.apache.spark.unsafe.Platform;
import org.apache.spark.unsafe.types.UTF8String;

/**
 * UTF-8 bytes seen as characters for {@link org.socialprescribing.measures.BatchScorer#parseAnswer} without decoding
 * them: ASCII bytes are themselves and every other byte is a character that is neither a digit, a sign nor a space,
 * so an answer parses exactly as its decoded text would (any non-ASCII character makes it "not an integer"). Used
 * over a {@link UTF8String} (the SQL function's string arguments) and over a CSV line's bytes (the line path). Not
 * thread-safe: one per thread, pointed at each answer in turn.
 */
final class ByteChars implements CharSequence {

    private Object base = new byte[0];
    private long offset = Platform.BYTE_ARRAY_OFFSET;
    private int length;

    /** Points at a string's bytes. */
    ByteChars of(UTF8String value) {
        return of(value.getBaseObject(), value.getBaseOffset(), value.numBytes());
    }

    /** Points at part of a byte array. */
    ByteChars of(byte[] bytes, int start, int count) {
        return of(bytes, Platform.BYTE_ARRAY_OFFSET + (long) start, count);
    }

    private ByteChars of(Object newBase, long newOffset, int count) {
        base = newBase;
        offset = newOffset;
        length = count;
        return this;
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public char charAt(int index) {
        byte b = Platform.getByte(base, offset + index);
        return b >= 0 ? (char) b : '\uFFFD';
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return toString().substring(start, end);
    }

    @Override
    public String toString() {
        byte[] bytes = new byte[length];
        Platform.copyMemory(base, offset, bytes, Platform.BYTE_ARRAY_OFFSET, length);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}

package org.socialprescribing.model;

import org.jspecify.annotations.Nullable;

/**
 * Stands in for the cause of an {@link SpException} when the cause, or one of its own causes or suppressed
 * exceptions, has a message that quotes an NHS number: parsers (Jackson, HAPI) quote the input they reject, and a
 * logged stack trace prints every cause's message. The copy keeps the original's class name, masked message and
 * stack trace; only its type is lost, which no caller of the SDK's exceptions relies on. A clean cause is kept
 * as it is.
 */
final class MaskedCause extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Cause chains are short; this bounds the walk over a chain that loops through {@code initCause}. */
    private static final int MAX_DEPTH = 16;

    private final String shown;

    private MaskedCause(Throwable original, int depth) {
        super(maskedMessage(original), masked(original.getCause(), depth + 1));
        String message = maskedMessage(original);
        this.shown = original.getClass().getName() + (message == null ? "" : ": " + message);
        setStackTrace(original.getStackTrace());
        for (Throwable suppressed : original.getSuppressed()) {
            Throwable copy = masked(suppressed, depth + 1);
            if (copy != null) {
                addSuppressed(copy);
            }
        }
    }

    /**
     * The cause to keep.
     *
     * @param cause the cause, or null
     * @return the cause itself if its chain quotes no NHS number in clear, a masked copy otherwise, or null
     */
    static @Nullable Throwable of(@Nullable Throwable cause) {
        return masked(cause, 0);
    }

    private static @Nullable Throwable masked(@Nullable Throwable cause, int depth) {
        if (cause == null || depth > MAX_DEPTH) {
            return null;
        }
        return isClean(cause, depth) ? cause : new MaskedCause(cause, depth);
    }

    private static @Nullable String maskedMessage(Throwable original) {
        String message = original.getMessage();
        return message == null ? null : PersonalData.mask(message);
    }

    private static boolean isClean(Throwable cause, int depth) {
        if (depth > MAX_DEPTH) {
            return true;
        }
        String message = cause.getMessage();
        if (message != null && !PersonalData.mask(message).equals(message)) {
            return false;
        }
        for (Throwable suppressed : cause.getSuppressed()) {
            if (!isClean(suppressed, depth + 1)) {
                return false;
            }
        }
        return cause.getCause() == null || isClean(cause.getCause(), depth + 1);
    }

    /** @return the original's class name and masked message, as its own {@code toString()} would read */
    @Override
    public String toString() {
        return shown;
    }
}

package org.socialprescribing.measures.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.socialprescribing.model.InvalidValueException;

/**
 * The secret key of a {@link Pseudonymiser}: at least {@value #MINIMUM_BYTES} bytes (the output size of SHA-256, the
 * length RFC 2104 recommends as a minimum for an HMAC key). The key is never shown: {@link #toString()} and every
 * message give only its length. Whoever holds the key can link pseudonyms back to NHS numbers they already know, so
 * keep it apart from the extract.
 */
public final class PseudonymKey {

    /** The shortest key accepted, in bytes. */
    public static final int MINIMUM_BYTES = 32;

    /** Key files larger than this are refused (a key is a few dozen bytes; this catches a wrong file). */
    private static final long MAXIMUM_FILE_BYTES = 4096;

    private final byte[] bytes;

    private PseudonymKey(byte[] bytes) {
        this.bytes = bytes;
    }

    /**
     * A key from raw bytes.
     *
     * @param bytes the key, at least {@value #MINIMUM_BYTES} bytes, not null (copied)
     * @return the key, never null
     * @throws InvalidValueException if the key is too short
     */
    public static PseudonymKey of(byte[] bytes) {
        if (bytes.length < MINIMUM_BYTES) {
            throw new InvalidValueException(
                    "key", "the key has " + bytes.length + " bytes; at least " + MINIMUM_BYTES + " are needed");
        }
        return new PseudonymKey(bytes.clone());
    }

    /**
     * A key read from a file: every byte of the file, as it is (a final line break is part of the key), so that a
     * binary key ({@code openssl rand 32 > key}) and a text key are both read exactly.
     *
     * @param file the key file, not null
     * @return the key, never null
     * @throws InvalidValueException if the file cannot be read, is larger than 4 KiB or holds too short a key
     */
    public static PseudonymKey fromFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InvalidValueException(
                    "key", Files.exists(file) ? "the key file is not a regular file" : "the key file does not exist");
        }
        try {
            if (Files.size(file) > MAXIMUM_FILE_BYTES) {
                throw new InvalidValueException("key", "the key file is larger than " + MAXIMUM_FILE_BYTES + " bytes");
            }
            return of(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new InvalidValueException(
                    "key",
                    e instanceof AccessDeniedException
                            ? "the key file cannot be read (permission denied)"
                            : "the key file cannot be read (an input or output error)");
        }
    }

    /**
     * A key from an environment variable: the UTF-8 bytes of its value.
     *
     * @param name the variable's name, not null
     * @param environment the environment, e.g. {@code System.getenv()}, not null
     * @return the key, never null
     * @throws InvalidValueException if the variable is not set or holds too short a key
     */
    public static PseudonymKey fromEnvironment(String name, Map<String, String> environment) {
        String value = environment.get(name);
        if (value == null) {
            throw new InvalidValueException("key", "the environment variable " + name + " is not set");
        }
        return of(value.getBytes(StandardCharsets.UTF_8));
    }

    /** @return a copy of the key's bytes, never null */
    byte[] bytes() {
        return bytes.clone();
    }

    /** @return the key's length in bytes */
    public int length() {
        return bytes.length;
    }

    /** Two keys are equal when their bytes are (compared in constant time). */
    @Override
    public boolean equals(@org.jspecify.annotations.Nullable Object other) {
        return other instanceof PseudonymKey
                && java.security.MessageDigest.isEqual(bytes, ((PseudonymKey) other).bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    /** @return {@code PseudonymKey[N bytes]}: never the key */
    @Override
    public String toString() {
        return "PseudonymKey[" + bytes.length + " bytes]";
    }
}

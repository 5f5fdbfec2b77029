package org.socialprescribing.measures.extract;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.socialprescribing.model.id.NhsNumber;

/**
 * Keyed pseudonyms of NHS numbers: the HMAC-SHA256 (RFC 2104, with the JDK's {@code javax.crypto.Mac}) of the
 * number's ten digits as ASCII, without spaces, written as 64 lower-case hexadecimal characters. The same key always
 * gives the same pseudonym, so extracts made with one key link; without the key a pseudonym cannot be reversed or
 * recomputed from a guessed number. Test vectors, made with {@code openssl dgst -sha256 -hmac}, are in {@code
 * docs/measures.md}. Immutable and thread-safe. Serializable, so that a distributed job (sp-spark) can carry it to
 * its workers: the serialized form holds the key, so treat it as the key itself.
 */
public final class Pseudonymiser implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;
    private final int keyLength;

    private Pseudonymiser(PseudonymKey key) {
        this.key = new SecretKeySpec(key.bytes(), ALGORITHM);
        this.keyLength = key.length();
    }

    /**
     * A pseudonymiser with a key.
     *
     * @param key the secret key, not null
     * @return the pseudonymiser, never null
     */
    public static Pseudonymiser of(PseudonymKey key) {
        return new Pseudonymiser(key);
    }

    /**
     * The pseudonym of an NHS number.
     *
     * @param nhsNumber the number, not null
     * @return 64 lower-case hexadecimal characters, never null
     */
    public String pseudonym(NhsNumber nhsNumber) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(nhsNumber.value().getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            // Every Java platform must provide HmacSHA256 (java.security standard algorithms), so this cannot happen.
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    @Override
    public String toString() {
        return "Pseudonymiser[HmacSHA256, key of " + keyLength + " bytes]";
    }
}

package org.socialprescribing.measures.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.id.NhsNumber;

/**
 * Pseudonym test vectors, computed independently with OpenSSL 3.0.19 ({@code printf '%s' 9990000018 | openssl dgst
 * -sha256 -hmac 'social-prescribing-sdk-test-key-0001'}) and Node 20 {@code crypto.createHmac}; both agree. The
 * numbers are test-range numbers (999...) and the NHS's documented example number.
 */
class PseudonymiserTest {

    private static final String KEY = "social-prescribing-sdk-test-key-0001";
    private static final Pseudonymiser PSEUDONYMISER =
            Pseudonymiser.of(PseudonymKey.of(KEY.getBytes(StandardCharsets.UTF_8)));

    @Test
    void pseudonym_matchesTheIndependentTestVectors() {
        assertThat(PSEUDONYMISER.pseudonym(NhsNumber.parse("9434765919")))
                .isEqualTo("f5776d2e5a2ad33de99933f40dfe6c9a8dedda5cd50396e196173bc54cee9d0a");
        assertThat(PSEUDONYMISER.pseudonym(NhsNumber.parse("999 000 0018")))
                .isEqualTo("99fbbbc185166207a77f0d9e839312a4c24b5e278aefc586b0424891595bfb19");
        assertThat(PSEUDONYMISER.pseudonym(NhsNumber.parse("9991234578")))
                .isEqualTo("450774b387e9aef4980216c1146d640026c950be95b3dd02a26664cf4335a810");
    }

    @Test
    void keysFromAFileAndTheEnvironmentGiveTheSamePseudonyms(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("key");
        Files.write(file, KEY.getBytes(StandardCharsets.UTF_8));
        Pseudonymiser fromFile = Pseudonymiser.of(PseudonymKey.fromFile(file));
        Pseudonymiser fromEnvironment = Pseudonymiser.of(PseudonymKey.fromEnvironment("SP_KEY", Map.of("SP_KEY", KEY)));
        NhsNumber number = NhsNumber.parse("9990000018");
        assertThat(fromFile.pseudonym(number)).isEqualTo(PSEUDONYMISER.pseudonym(number));
        assertThat(fromEnvironment.pseudonym(number)).isEqualTo(PSEUDONYMISER.pseudonym(number));
        assertThat(PseudonymKey.fromFile(file))
                .isEqualTo(PseudonymKey.fromEnvironment("SP_KEY", Map.of("SP_KEY", KEY)));
    }

    @Test
    void shortOrMissingKeysAreRefusedWithoutShowingThem(@TempDir Path dir) throws IOException {
        String shortKey = "tooshort-secret";
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> PseudonymKey.of(shortKey.getBytes(StandardCharsets.UTF_8)))
                .satisfies(
                        e -> assertThat(e.getMessage()).doesNotContain(shortKey).contains("32"));
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> PseudonymKey.fromEnvironment("SP_KEY", Map.of()))
                .withMessageContaining("SP_KEY");
        // Said in words, naming no Java class (the CLI prints these as they are).
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> PseudonymKey.fromFile(dir.resolve("absent")))
                .withMessage("key: the key file does not exist");
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> PseudonymKey.fromFile(dir))
                .withMessage("key: the key file is not a regular file");
        Path big = dir.resolve("big");
        Files.write(big, new byte[5000]);
        assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> PseudonymKey.fromFile(big));
    }

    @Test
    void theKeyIsNeverShown() {
        PseudonymKey key = PseudonymKey.of(KEY.getBytes(StandardCharsets.UTF_8));
        assertThat(key.toString()).isEqualTo("PseudonymKey[36 bytes]");
        assertThat(PSEUDONYMISER.toString()).doesNotContain(KEY);
    }

    @Test
    void differentKeysGiveUnrelatedPseudonyms() {
        Pseudonymiser other = Pseudonymiser.of(PseudonymKey.of((KEY + "x").getBytes(StandardCharsets.UTF_8)));
        NhsNumber number = NhsNumber.parse("9990000018");
        assertThat(other.pseudonym(number))
                .isNotEqualTo(PSEUDONYMISER.pseudonym(number))
                .hasSize(64);
    }
}

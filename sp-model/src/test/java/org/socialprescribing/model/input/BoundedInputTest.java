package org.socialprescribing.model.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class BoundedInputTest {

    private static final InputLimits TEN_BYTES = InputLimits.defaults().withMaxBytes(10);

    /** An endless stream of zeros, like /dev/zero, that counts what was asked of it. */
    private static final class Zeros extends InputStream {
        long delivered;

        @Override
        public int read() {
            delivered++;
            return 0;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            Arrays.fill(b, off, off + len, (byte) 0);
            delivered += len;
            return len;
        }
    }

    @Test
    void readAllBytes_acceptsInputAtTheLimit() throws IOException {
        assertThat(BoundedInput.readAllBytes(new ByteArrayInputStream(new byte[10]), TEN_BYTES))
                .hasSize(10);
    }

    @Test
    void readAllBytes_refusesAnEndlessStreamAfterOneByteMoreThanTheLimit() {
        Zeros zeros = new Zeros();
        assertThatExceptionOfType(InputLimitException.class)
                .isThrownBy(() -> BoundedInput.readAllBytes(zeros, TEN_BYTES))
                .satisfies(e -> assertThat(e.limit()).isEqualTo(InputLimit.BYTES))
                .withMessage("input: is larger than 10 bytes (limit maxBytes)");
        assertThat(zeros.delivered).isEqualTo(11);
    }

    @Test
    void limit_stopsAnEndlessStreamJustPastTheLimit() throws IOException {
        Zeros zeros = new Zeros();
        InputStream bounded = BoundedInput.limit(zeros, TEN_BYTES);
        byte[] buffer = new byte[8192];
        assertThatExceptionOfType(InputLimitException.class).isThrownBy(() -> bounded.read(buffer, 0, buffer.length));
        assertThat(zeros.delivered).isEqualTo(11);
        assertThatExceptionOfType(InputLimitException.class).isThrownBy(bounded::read);
    }

    @Test
    void limit_passesShortInputThrough() throws IOException {
        InputStream bounded = BoundedInput.limit(new ByteArrayInputStream("abc".getBytes()), TEN_BYTES);
        assertThat(bounded.read()).isEqualTo('a');
        assertThat(bounded.skip(1)).isEqualTo(1);
        assertThat(bounded.readAllBytes()).containsExactly('c');
        assertThat(bounded.read()).isEqualTo(-1);
    }

    @Test
    void checkText_countsUtf8BytesWithoutEncoding() {
        BoundedInput.checkText("0123456789", TEN_BYTES);
        BoundedInput.checkText("é".repeat(5), TEN_BYTES); // 2 bytes each
        assertThatExceptionOfType(InputLimitException.class)
                .isThrownBy(() -> BoundedInput.checkText("é".repeat(5) + "x", TEN_BYTES));
        assertThatExceptionOfType(InputLimitException.class)
                .isThrownBy(() -> BoundedInput.checkText("x".repeat(11), TEN_BYTES));
        BoundedInput.checkText("€€€", TEN_BYTES); // 3 bytes each
        assertThatExceptionOfType(InputLimitException.class)
                .isThrownBy(() -> BoundedInput.checkText("€€€€", TEN_BYTES));
    }
}

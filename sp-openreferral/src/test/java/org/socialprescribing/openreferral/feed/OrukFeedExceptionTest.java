package org.socialprescribing.openreferral.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** A failed walk is not an argument error, and each reason has its own stable code. */
class OrukFeedExceptionTest {

    @Test
    void everyReason_hasItsOwnCode_andNoneIsAnArgumentError() {
        assertThat(Arrays.stream(OrukFeedException.Reason.values())
                        .map(reason -> new OrukFeedException("https://example.org/services", reason, "failed", null))
                        .peek(e -> assertThat(e).isNotInstanceOf(IllegalArgumentException.class))
                        .map(e -> e.code()))
                .doesNotHaveDuplicates()
                .hasSize(OrukFeedException.Reason.values().length);
    }
}

package org.socialprescribing.openreferral.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** A failed walk is not an argument error, and its code is kept as given. */
class OrukFeedExceptionTest {

    @Test
    void everyCode_isKept_andNoneIsAnArgumentError() {
        Arrays.stream(FeedIssueCode.values()).forEach(code -> {
            OrukFeedException e = new OrukFeedException("https://example.org/services", code, "failed", null);
            assertThat(e).isNotInstanceOf(IllegalArgumentException.class);
            assertThat(e.code()).isSameAs(code);
        });
    }
}

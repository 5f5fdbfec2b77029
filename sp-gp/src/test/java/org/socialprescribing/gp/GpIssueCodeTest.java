package org.socialprescribing.gp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Issue codes are unique and follow the SDK's code shape. */
class GpIssueCodeTest {

    @Test
    void codes_areUniqueAndShaped() {
        assertThat(Arrays.stream(GpIssueCode.values()).map(GpIssueCode::code)).doesNotHaveDuplicates();
        assertThat(Arrays.stream(GpIssueCode.values()).map(GpIssueCode::code))
                .allMatch(code -> code.matches("gp(\\.[a-z0-9-]+)+"));
    }
}

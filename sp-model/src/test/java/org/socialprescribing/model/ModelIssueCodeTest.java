package org.socialprescribing.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ModelIssueCodeTest {

    @Test
    void codes_areUnique() {
        assertThat(Arrays.stream(ModelIssueCode.values()).map(ModelIssueCode::code))
                .doesNotHaveDuplicates();
    }

    @Test
    void codes_areLowerCaseWordsWithDotsAndHyphens() {
        assertThat(ModelIssueCode.values())
                .allSatisfy(code -> assertThat(code.code()).matches("[a-z0-9]+(?:[.-][a-z0-9]+)*"));
    }

    @Test
    void everyCode_statesItsRule() {
        assertThat(ModelIssueCode.values())
                .allSatisfy(code -> assertThat(code.rule())
                        .isNotBlank()
                        .as("the rule does not repeat the field: the path names it")
                        .doesNotStartWith(code.code()));
    }

    @Test
    void strictPostcode_isOnlyAWarning() {
        assertThat(ModelIssueCode.POSTCODE_NOT_STRICT.defaultSeverity()).isEqualTo(Severity.WARNING);
        assertThat(ModelIssueCode.POSTCODE_FORMAT.defaultSeverity()).isEqualTo(Severity.ERROR);
    }
}

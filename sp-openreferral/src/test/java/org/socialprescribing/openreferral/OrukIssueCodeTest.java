package org.socialprescribing.openreferral;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.socialprescribing.model.Severity;

class OrukIssueCodeTest {

    @Test
    void codes_areUnique() {
        assertThat(Arrays.stream(OrukIssueCode.values()).map(OrukIssueCode::code))
                .doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @EnumSource(OrukIssueCode.class)
    void code_isLowerCaseWordsUnderTheModulePrefix(OrukIssueCode code) {
        assertThat(code.code()).matches("oruk\\.(mapping|json)\\.[a-z]+(-[a-z0-9]+)*");
    }

    @Test
    void onlyARecordThatCannotBeMapped_isAMappingError() {
        assertThat(Arrays.stream(OrukIssueCode.values())
                        .filter(code -> code.code().startsWith("oruk.mapping."))
                        .filter(code -> code.defaultSeverity().isBlocking()))
                .containsExactlyInAnyOrder(OrukIssueCode.PROVIDER_MISSING, OrukIssueCode.SERVICE_MISSING);
        assertThat(OrukIssueCode.IDENTIFIER_INVALID.defaultSeverity()).isEqualTo(Severity.WARNING);
    }
}

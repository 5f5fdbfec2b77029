package org.socialprescribing.gp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialprescribing.model.input.InputLimits;

/** Each kind of input sp-gp refuses as a whole has its own code. */
class GpFormatExceptionCodesTest {

    @Test
    void aHeader_theTable_aGpConnectRecordAndAnOption_haveTheirCodes() {
        assertThat(catchThrowableOfType(GpFormatException.class, () -> ExtractHeader.of(List.of("date", "date")))
                        .code())
                .isEqualTo(GpIssueCode.HEADER_INVALID);
        assertThat(catchThrowableOfType(
                                GpFormatException.class,
                                () -> CodeTable.read(
                                        new ByteArrayInputStream("{}".getBytes(StandardCharsets.UTF_8)),
                                        InputLimits.defaults()))
                        .code())
                .isEqualTo(GpIssueCode.CODE_TABLE_INVALID);
        assertThat(catchThrowableOfType(
                                GpFormatException.class,
                                () -> GpConnectImport.standard()
                                        .parse("{\"resourceType\":\"Patient\"}", new Collected()))
                        .code())
                .isEqualTo(GpIssueCode.CONNECT_UNREADABLE);
        assertThat(catchThrowableOfType(
                                GpFormatException.class,
                                () -> GpExtractImport.builder().maxRowsPerPerson(0))
                        .code())
                .isEqualTo(GpIssueCode.OPTION_INVALID);
    }
}

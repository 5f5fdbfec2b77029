package org.socialprescribing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MaskedLinesTest {

    @Test
    void aNumberPrintedInPieces_isMaskedOnceItsLineEnds() {
        StringWriter out = new StringWriter();
        PrintWriter err = new PrintWriter(new MaskedLines(out), true);

        err.print("value 99603");
        err.print("08243");
        err.println(" is wrong");
        err.printf("%s %s-%s%n", "996", "030", "8243");

        assertThat(out.toString()).isEqualTo("value *** *** 8243 is wrong\n*** *** 8243\n");
    }

    @Test
    void aFlush_writesTheLineSoFar_andCarriageReturnsEndALine() {
        StringWriter out = new StringWriter();
        PrintWriter err = new PrintWriter(new MaskedLines(out), false);

        err.print("\rscoring: 50% (1,000 rows)");
        err.flush();
        assertThat(out.toString()).isEqualTo("\rscoring: 50% (1,000 rows)");
        err.print("\r");
        err.close();
        assertThat(out.toString()).endsWith("\r");
    }

    @Test
    void theStreamForLibraryLogs_masksUtf8Lines() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream stream = MaskedLines.stream(bytes);

        stream.println("ERROR Ungültig: 9960308243");

        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .isEqualTo("ERROR Ungültig: *** *** 8243" + System.lineSeparator());
    }
}

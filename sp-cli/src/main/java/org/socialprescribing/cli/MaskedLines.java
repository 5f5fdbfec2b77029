package org.socialprescribing.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.socialprescribing.model.PersonalData;

/**
 * The command line's stderr: every line is masked ({@link PersonalData#mask(String)}) before it is written, so
 * that no message, warning, summary or {@code --debug} stack trace shows an NHS number in clear, whoever wrote
 * it. Lines are held until their end ({@code \n} or {@code \r}, which the progress indicator uses) or a flush, so
 * that a number printed in pieces ({@code printf}) is still seen whole.
 */
final class MaskedLines extends Writer {

    private final Writer out;
    private final StringBuilder line = new StringBuilder();

    MaskedLines(Writer out) {
        this.out = out;
    }

    /**
     * The same mask over a byte stream, for {@code System.err}, where library logs (SLF4J) go: bytes are held to
     * the end of a line, decoded as UTF-8 and masked.
     *
     * @param out the stream to write to
     * @return a print stream that masks what it is given, with automatic flushing
     */
    static PrintStream stream(OutputStream out) {
        MaskedLines masked = new MaskedLines(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        OutputStream bytes = new OutputStream() {
            private final ByteArrayOutputStream line = new ByteArrayOutputStream();

            @Override
            public void write(int b) throws IOException {
                line.write(b);
                if (b == '\n' || b == '\r') {
                    flush();
                }
            }

            @Override
            public void flush() throws IOException {
                masked.write(line.toString(StandardCharsets.UTF_8));
                line.reset();
                masked.flush();
            }
        };
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            char c = chars[i];
            line.append(c);
            if (c == '\n' || c == '\r') {
                emit();
            }
        }
    }

    @Override
    public void flush() throws IOException {
        emit();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        emit();
        out.close();
    }

    private void emit() throws IOException {
        if (line.length() > 0) {
            out.write(PersonalData.mask(line.toString()));
            line.setLength(0);
        }
    }
}

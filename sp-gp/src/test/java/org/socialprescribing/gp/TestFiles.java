package org.socialprescribing.gp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Test resources, and the simple CSV split the synthetic extracts need (they hold no quotes). */
final class TestFiles {

    private TestFiles() {}

    static String read(String resource) {
        try (InputStream in = TestFiles.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Feeds a quote-free CSV test file (lines starting with # are comments) to an import. */
    static ImportSummary importCsv(String text, GpExtractImport.Builder builder, GpImportListener listener) {
        List<String[]> rows = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            rows.add(line.split(",", -1));
        }
        GpExtractImport extract = builder.start(ExtractHeader.of(Arrays.asList(rows.get(0))), listener);
        for (int i = 1; i < rows.size(); i++) {
            extract.row(i, Arrays.asList(rows.get(i)));
        }
        return extract.finish();
    }
}

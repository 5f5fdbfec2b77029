package org.socialprescribing.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.fhir.SpFhir;
import org.socialprescribing.fhir.mapping.EpisodeBundles;
import org.socialprescribing.gp.CodeTable;
import org.socialprescribing.gp.ConnectResult;
import org.socialprescribing.gp.ExtractHeader;
import org.socialprescribing.gp.GpConnectImport;
import org.socialprescribing.gp.GpEpisode;
import org.socialprescribing.gp.GpExtractImport;
import org.socialprescribing.gp.GpFormatException;
import org.socialprescribing.gp.GpImportListener;
import org.socialprescribing.gp.ImportSummary;
import org.socialprescribing.gp.PersonOrder;
import org.socialprescribing.gp.ReportedRow;
import org.socialprescribing.model.PersonalData;
import org.socialprescribing.model.SpException;
import org.socialprescribing.model.ValidationReport;
import org.socialprescribing.model.input.InputLimits;
import org.socialprescribing.model.json.SpJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sp gp import FILE}: a GP record in, episodes out. A coded-event extract (CSV, read with the SDK's hardened
 * CSV reader and streamed row by row into sp-gp) or a GP Connect structured record (STU3 JSON), told apart by the
 * first character that is not a space or byte order mark: {@code {} is JSON, anything else CSV.
 */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Read a GP record, a coded-event extract (CSV; docs/gp.md gives the columns) or a GP Connect Access"
                    + " Record: Structured response (FHIR STU3 JSON), told apart by content, and write its social"
                    + " prescribing episodes as JSON Lines (one episode a line; persons in order of first appearance,"
                    + " a person's episodes in date order) to stdout or --output. --to-fhir DIR also writes one UK Core"
                    + " R4 transaction Bundle per episode. Every row that is not mapped is reported on stderr with its"
                    + " row number and reason, NHS numbers masked, then a summary: rows in = rows mapped + rows"
                    + " reported. An extract's rows may come in any order (sorted by person on disk, in bounded"
                    + " memory); --grouped reads an extract that gives each person's rows together as it streams."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Every row was mapped.",
            "1:Some rows were reported (the episodes of the others were written).",
            "2:Usage error, or the input could not be used (no header, a required column missing, not a Bundle)."
        })
final class GpImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The extract (CSV, or - for stdin) or GP Connect Bundle (JSON).")
    String file = "";

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Write the JSON Lines here instead of stdout (written safely: complete or not at all).")
    @Nullable
    Path output;

    @Option(
            names = "--to-fhir",
            paramLabel = "DIR",
            description = "Also write each episode as a UK Core R4 transaction Bundle, DIR/episode-000001.json ...")
    @Nullable
    Path toFhir;

    @Option(
            names = "--codes",
            paramLabel = "TABLE.json",
            description = "A local code table to add to the standard one (docs/gp.md); repeatable.")
    List<Path> local = new ArrayList<>();

    @Option(
            names = "--today",
            paramLabel = "DATE",
            description = "The day of the import (default: today, UTC): rows dated after it are reported.")
    @Nullable
    LocalDate today;

    @Option(
            names = "--grouped",
            description = "The extract gives each person's rows together (sorted by person): episodes are written as"
                    + " each person ends, with no temporary files, and a person seen again after another person's"
                    + " rows is reported. Without it rows may come in any order and episodes are written at the end.")
    boolean grouped;

    @Option(
            names = "--temp-dir",
            paramLabel = "DIR",
            description = "Where an extract in any order is sorted once it outgrows memory (default: the system's"
                    + " temporary directory); the files are deleted at the end.")
    @Nullable
    Path tempDir;

    @Option(
            names = "--max-rows-per-person",
            paramLabel = "N",
            description = "The most rows one person may have (default: ${DEFAULT-VALUE}); more are reported.")
    int maxRowsPerPerson = GpExtractImport.DEFAULT_MAX_ROWS_PER_PERSON;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        InputLimits limits = SpCommand.limits(spec);
        CodeTable codes = GpCommand.codes(local, limits);
        LocalDate day = today == null ? LocalDate.now(ZoneOffset.UTC) : today;
        List<String> inputs = new ArrayList<>(List.of(file));
        local.forEach(path -> inputs.add(path.toString()));
        boolean json = startsWithBrace();
        try (Destination out = Destination.open(output, spec.commandLine().getOut(), inputs)) {
            Writer writer = new Writer(out, err, toFhir == null ? null : new FhirFolder(toFhir, inputs));
            int exit = json ? connect(limits, codes, day, writer) : extract(limits, codes, day, writer);
            out.commit();
            return exit;
        }
    }

    private int extract(InputLimits limits, CodeTable codes, LocalDate day, Writer writer) {
        PrintWriter err = spec.commandLine().getErr();
        GpExtractImport.Builder builder = GpExtractImport.builder()
                .codes(codes)
                .today(day)
                .maxRowsPerPerson(maxRowsPerPerson)
                .order(grouped ? PersonOrder.GROUPED : PersonOrder.ANY);
        if (tempDir != null) {
            if (!Files.isDirectory(tempDir)) {
                throw new UsageException(tempDir + ": --temp-dir must be an existing directory");
            }
            builder.temporaryDirectory(tempDir);
        }
        try (CsvInput input = CsvInput.open(file, limits)) {
            GpExtractImport extract;
            try {
                extract = builder.start(ExtractHeader.of(input.header()), writer);
            } catch (GpFormatException e) {
                throw TextFiles.failed(input.name(), "not a coded-event extract", e);
            }
            try (extract) {
                return readRows(input, extract, err);
            }
        }
    }

    /** Feeds every row to the import and prints the summary. */
    private int readRows(CsvInput input, GpExtractImport extract, PrintWriter err) {
        int width = input.header().size();
        int[] all = new int[width];
        Arrays.setAll(all, i -> i);
        input.select(all, new int[0], new int[0], new int[0]);
        long number = 0;
        for (CsvRow row = input.next(); row != null; row = input.next()) {
            number++;
            if (row.problem() != null) {
                extract.unreadable(number, row.problem());
                continue;
            }
            List<String> cells = new ArrayList<>(Math.max(width, row.fieldCount()));
            for (int i = 0; i < row.fieldCount(); i++) {
                cells.add(i < width ? row.text(i) : "");
            }
            extract.row(number, cells);
        }
        ImportSummary summary = extract.finish();
        input.unclosedQuote().ifPresent(quote -> err.println(quote.summary(input.name())));
        printSummary(err, input.name(), summary);
        return summary.rowsReported() == 0 && input.unclosedQuote().isEmpty() ? ExitCode.OK : ExitCode.DATA_PROBLEMS;
    }

    private int connect(InputLimits limits, CodeTable codes, LocalDate day, Writer writer) {
        PrintWriter err = spec.commandLine().getErr();
        Path path = Path.of(file);
        String text = TextFiles.readUtf8(path, limits);
        ConnectResult result;
        try {
            result = GpConnectImport.standard()
                    .withCodes(codes)
                    .withToday(day)
                    .withLimits(limits)
                    .parse(text, writer);
        } catch (SpException e) {
            throw TextFiles.failed(path, "not a GP Connect structured record", e);
        }
        IssueLines.print(err, file, ValidationReport.of(result.notes()));
        printSummary(err, file, result.summary());
        return result.summary().rowsReported() == 0 ? ExitCode.OK : ExitCode.DATA_PROBLEMS;
    }

    /** Whether the input's first character (after spaces and a byte order mark) is a brace: GP Connect JSON. */
    private boolean startsWithBrace() {
        if ("-".equals(file)) {
            return false;
        }
        Path path = Path.of(file);
        if (!Files.isRegularFile(path)) {
            return false; // CsvInput.open names the problem
        }
        try (InputStream in = Files.newInputStream(path)) {
            byte[] head = in.readNBytes(4096);
            for (int i = 0; i < head.length; i++) {
                int b = head[i] & 0xff;
                boolean bom = i + 2 < head.length
                        && b == 0xEF
                        && (head[i + 1] & 0xff) == 0xBB
                        && (head[i + 2] & 0xff) == 0xBF;
                if (bom) {
                    i += 2;
                } else if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                    return b == '{';
                }
            }
            return false;
        } catch (IOException e) {
            return false; // the reader names the problem
        }
    }

    private static void printSummary(PrintWriter err, String source, ImportSummary summary) {
        StringBuilder line = new StringBuilder(source)
                .append(": ")
                .append(summary.rowsIn())
                .append(summary.rowsIn() == 1 ? " row: " : " rows: ")
                .append(summary.rowsMapped())
                .append(" mapped, ")
                .append(summary.rowsReported())
                .append(" reported");
        if (!summary.reportedByCode().isEmpty()) {
            line.append(" (")
                    .append(summary.reportedByCode().entrySet().stream()
                            .sorted(Map.Entry.comparingByKey())
                            .map(entry -> entry.getKey().code() + " " + entry.getValue())
                            .collect(Collectors.joining(", ")))
                    .append(')');
        }
        line.append("; ")
                .append(summary.persons())
                .append(summary.persons() == 1 ? " person, " : " persons, ")
                .append(summary.episodes())
                .append(summary.episodes() == 1 ? " episode" : " episodes");
        err.println(PersonalData.mask(line.toString()));
        if (!summary.unmappedColumns().isEmpty()) {
            err.println(PersonalData.mask(source + ": columns not read (outside the extract contract): "
                    + String.join(", ", summary.unmappedColumns())));
        }
        if (!summary.missingItems().isEmpty()) {
            err.println(PersonalData.mask(source + ": what the GP record could not give (episodes lacking each"
                    + " national dataset item): "
                    + summary.missingItems().entrySet().stream()
                            .sorted(Map.Entry.comparingByKey())
                            .map(entry -> entry.getKey() + " " + entry.getValue())
                            .collect(Collectors.joining(", "))));
        }
        err.flush();
    }

    /** Writes each episode as it comes, and each reported row. */
    private final class Writer implements GpImportListener {

        private final Destination out;
        private final PrintWriter err;
        private final @Nullable FhirFolder fhir;

        Writer(Destination out, PrintWriter err, @Nullable FhirFolder fhir) {
            this.out = out;
            this.err = err;
            this.fhir = fhir;
        }

        @Override
        public void episode(GpEpisode episode) {
            try {
                out.write(SpJson.write(episode.episode()));
                out.write('\n');
            } catch (IOException e) {
                throw out.failure(e);
            }
            if (fhir != null) {
                fhir.write(episode);
            }
        }

        @Override
        public void reported(ReportedRow row) {
            err.println(PersonalData.mask(file + ": " + row));
        }
    }

    /** The folder of {@code --to-fhir}: one transaction Bundle per episode, numbered in output order. */
    private static final class FhirFolder {

        private final Path folder;
        private final List<String> inputs;
        private final EpisodeBundles bundles = EpisodeBundles.standard();
        private long count;

        FhirFolder(Path folder, List<String> inputs) {
            this.folder = folder;
            this.inputs = inputs;
            try {
                Files.createDirectories(folder);
            } catch (IOException e) {
                throw new UsageException(folder + ": cannot be created (" + Destination.reason(e) + ")", e);
            } catch (UncheckedIOException e) {
                throw new UsageException(folder + ": cannot be created (" + e.getMessage() + ")", e);
            }
        }

        void write(GpEpisode episode) {
            count++;
            String json = SpFhir.newJsonParser()
                    .setPrettyPrint(true)
                    .encodeResourceToString(bundles.toTransaction(episode.episode()));
            Destination.writeFile(folder.resolve(String.format("episode-%06d.json", count)), json + "\n", inputs);
        }
    }
}

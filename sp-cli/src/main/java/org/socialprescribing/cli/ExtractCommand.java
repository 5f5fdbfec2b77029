package org.socialprescribing.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.measures.extract.ExtractRow;
import org.socialprescribing.measures.extract.PseudonymKey;
import org.socialprescribing.measures.extract.Pseudonymiser;
import org.socialprescribing.measures.extract.ResearchExtract;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.MappingResult;
import org.socialprescribing.model.SpException;
import org.socialprescribing.model.episode.SocialPrescribingEpisode;
import org.socialprescribing.model.input.InputLimits;
import org.socialprescribing.model.json.SpJson;
import org.socialprescribing.model.person.AgeBand;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sp extract EPISODE.json... --key-file FILE}: a pseudonymised research extract of episodes (SDK JSON or FHIR
 * Bundles), one row per outcome measurement and score component, with sp-measures' {@link ResearchExtract}. The key
 * is read from a file or an environment variable and is never printed.
 */
@Command(
        name = "extract",
        mixinStandardHelpOptions = true,
        description = {
            "Write a pseudonymised research extract of episodes: one row per outcome measurement and score "
                    + "component, with a keyed pseudonym (HMAC-SHA256 of the NHS number) instead of any identifier, "
                    + "dates coarsened to the month, and equity dimensions. Names, NHS numbers, addresses, "
                    + "postcodes, birth dates and free text are never written.",
            "",
            "Each file holds one episode in SDK JSON or a FHIR R4 Bundle (JSON or XML) as 'sp fhir export' writes it.",
            ""
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Every episode extracted.",
            "1:Extracted, but some episodes had no NHS number and were left out (counted on stderr).",
            "2:Usage error: no key or a key under 32 bytes, an unreadable file or one that is not an episode."
        })
final class ExtractCommand implements Callable<Integer> {

    /** Where the key comes from: exactly one. */
    static final class KeySource {
        @Option(
                names = "--key-file",
                paramLabel = "FILE",
                required = true,
                description = "The pseudonym key: every byte of FILE, at least 32.")
        @Nullable
        Path file;

        @Option(
                names = "--key-env",
                paramLabel = "NAME",
                required = true,
                description = "The pseudonym key: the UTF-8 bytes of environment variable NAME, at least 32.")
        @Nullable
        String environment;
    }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "EPISODE", arity = "1..*", description = "Episode files (SDK JSON or FHIR Bundle).")
    List<Path> files = new ArrayList<>();

    @ArgGroup(exclusive = true, multiplicity = "1")
    KeySource key = new KeySource();

    @Option(
            names = "--period",
            paramLabel = "month|year",
            defaultValue = "month",
            description = "How finely dates are shown: month (default, 2025-03) or year.")
    ResearchExtract.Period period = ResearchExtract.Period.MONTH;

    @Option(
            names = "--age-bands",
            paramLabel = "BANDS",
            description = "Age bands at the measurement date, e.g. 0-17,18-64,65+ (none by default: the SDK defines "
                    + "no bands of its own, so age_band stays empty).")
    @Nullable
    String ageBands;

    @Option(
            names = "--definition",
            paramLabel = "STAR.json",
            description = "A licensee's Outcomes Star definition, for FHIR Bundles with readings of that star.")
    @Nullable
    Path definition;

    @Mixin
    OutputOptions output = new OutputOptions();

    @Override
    public Integer call() {
        PseudonymKey secret;
        try {
            secret = key.file != null
                    ? PseudonymKey.fromFile(key.file)
                    : PseudonymKey.fromEnvironment(String.valueOf(key.environment), System.getenv());
        } catch (InvalidValueException e) {
            throw new UsageException(e.getMessage(), e);
        }
        ResearchExtract extract = ResearchExtract.of(Pseudonymiser.of(secret), Instruments.registry(), bands(ageBands))
                .withPeriod(period);
        List<String> inputs = files.stream().map(Path::toString).collect(Collectors.toList());
        // Checked before any file is read, so that a wrong command line costs nothing and no input is overwritten.
        Destination.open(output.output, spec.commandLine().getOut(), inputs).close();
        InputLimits limits = SpCommand.limits(spec);
        List<SocialPrescribingEpisode> episodes = new ArrayList<>();
        for (Path file : files) {
            episodes.add(read(file, definition, limits));
        }
        ResearchExtract.Result result = extract.extract(episodes);
        List<RowWriter.Column> columns = ExtractRow.COLUMNS.stream()
                .map(name ->
                        List.of("episode", "measurement", "value", "imd_decile").contains(name)
                                ? RowWriter.Column.number(name)
                                : RowWriter.Column.text(name))
                .collect(Collectors.toList());
        try (RowWriter writer = output.open(spec.commandLine().getOut(), columns, inputs)) {
            for (ExtractRow row : result.rows()) {
                writer.write(row.cells().toArray(new String[0]));
            }
            writer.finish();
        }
        PrintWriter err = spec.commandLine().getErr();
        if (!output.quiet) {
            err.println("extract: " + result.episodes() + " episode(s), "
                    + result.rows().size() + " row(s), " + result.episodesWithoutNhsNumber()
                    + " episode(s) left out (no NHS number, so no pseudonym)");
        }
        return result.episodesWithoutNhsNumber() == 0 ? ExitCode.OK : ExitCode.DATA_PROBLEMS;
    }

    private static SocialPrescribingEpisode read(Path file, @Nullable Path definition, InputLimits limits) {
        String text = TextFiles.readUtf8(file, limits);
        String start = text.stripLeading();
        // HAPI writes resourceType first; SDK JSON has no resourceType at all.
        String head = start.substring(0, Math.min(start.length(), 200));
        boolean fhir = start.startsWith("<") || head.contains("\"resourceType\"");
        try {
            if (fhir) {
                MappingResult<SocialPrescribingEpisode> result =
                        FhirCommand.episodeBundles(definition, limits).parseEpisode(text);
                return result.value();
            }
            return SpJson.parse(text, SocialPrescribingEpisode.class, limits);
        } catch (SpException e) {
            throw TextFiles.failed(file, "not an episode", e);
        }
    }

    /** Parses {@code 0-17,18-64,65+}. */
    static List<AgeBand> bands(@Nullable String text) {
        List<AgeBand> bands = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return bands;
        }
        for (String part : text.split(",", -1)) {
            String band = part.strip();
            try {
                if (band.endsWith("+")) {
                    bands.add(AgeBand.atLeast(Integer.parseInt(band.substring(0, band.length() - 1))));
                } else {
                    String[] ends = band.split("-", -1);
                    if (ends.length != 2) {
                        throw new NumberFormatException(band);
                    }
                    bands.add(AgeBand.of(Integer.parseInt(ends[0].strip()), Integer.parseInt(ends[1].strip())));
                }
            } catch (NumberFormatException | InvalidValueException e) {
                throw new UsageException(
                        "--age-bands: '" + CsvRowHandler.shown(band.toCharArray(), 0, band.length())
                                + "' is not a band such as 18-64 or 65+",
                        e);
            }
        }
        return bands;
    }
}

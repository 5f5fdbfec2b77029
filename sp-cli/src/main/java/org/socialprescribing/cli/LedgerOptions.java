package org.socialprescribing.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.model.SpException;
import org.socialprescribing.model.episode.SocialPrescribingEpisode;
import org.socialprescribing.model.input.InputLimits;
import org.socialprescribing.model.json.SpJson;
import org.socialprescribing.model.org.PrimaryCareNetwork;
import org.socialprescribing.model.person.AgeBand;
import org.socialprescribing.openreferral.feed.FeedOptions;
import org.socialprescribing.report.DemandLedger;
import org.socialprescribing.report.FundingFlows;
import org.socialprescribing.report.PeriodLength;
import org.socialprescribing.report.html.HtmlReports;
import org.socialprescribing.report.table.SumSuppression;
import org.socialprescribing.report.table.Suppression;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The inputs and suppression options shared by {@code sp report demand} and {@code sp report outcomes}. */
final class LedgerOptions {

    /** An age band: {@code 18-64} or {@code 65+}, ages of at most three digits. */
    private static final Pattern AGE_BAND = Pattern.compile("(\\d{1,3})-(\\d{1,3})|(\\d{1,3})\\+");

    @Parameters(paramLabel = "EPISODE", arity = "1..*", description = "Episodes in SDK JSON, one per file.")
    List<Path> episodes = new ArrayList<>();

    @Option(
            names = "--directory",
            paramLabel = "FILE|URL",
            description = "The Open Referral UK directory (a page of services, a service, or an API base URL):"
                    + " names, providers, capacity and cost options of the services referred to.")
    @Nullable
    String directory;

    @Option(
            names = "--funding",
            paramLabel = "FILE",
            description = "Funding records: a JSON array of funding flows (docs/reports.md).")
    @Nullable
    Path funding;

    @Option(
            names = "--pcns",
            paramLabel = "FILE",
            description = "PCNs and their member practices: a JSON array of SDK PrimaryCareNetwork objects."
                    + " Without it every referral's PCN is 'not known'.")
    @Nullable
    Path pcns;

    @Option(
            names = "--unit-cost",
            paramLabel = "GBP",
            description = "The price of one unit of demand where a service declares no cost option, e.g. 20.00."
                    + " Costs from it are marked caller_unit_cost.")
    @Nullable
    BigDecimal unitCost;

    @Option(
            names = "--period",
            paramLabel = "month|quarter",
            defaultValue = "month",
            description = "Length of the ledger's periods (default: ${DEFAULT-VALUE}).")
    String period = "month";

    @Option(names = "--from", paramLabel = "DATE", description = "First day of the ledger (YYYY-MM-DD).")
    @Nullable
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last day of the ledger (YYYY-MM-DD).")
    @Nullable
    String to;

    @Option(
            names = "--age-bands",
            paramLabel = "BANDS",
            split = ",",
            description = "Age bands for the equity breakdown, e.g. 0-17,18-64,65+ (none unless given).")
    List<String> ageBands = new ArrayList<>();

    @ArgGroup(exclusive = true, multiplicity = "1")
    Privacy privacy = new Privacy();

    /** Exactly one of the two must be chosen: there is no default threshold. */
    static final class Privacy {
        @Option(
                names = "--suppress-below",
                paramLabel = "N",
                description = "Hold back counts from 1 to N-1, and any figure that would reveal one ([c]).")
        @Nullable
        Integer minimum;

        @Option(
                names = "--no-suppression",
                description = "Show every figure: for tables that stay with the data controller.")
        boolean none;
    }

    List<SocialPrescribingEpisode> readEpisodes(InputLimits limits) {
        List<SocialPrescribingEpisode> read = new ArrayList<>();
        for (Path file : episodes) {
            try {
                read.add(SpJson.parse(TextFiles.readUtf8(file, limits), SocialPrescribingEpisode.class, limits));
            } catch (SpException e) {
                throw TextFiles.failed(file, "not an SDK episode", e);
            }
        }
        return read;
    }

    /** @return every input file given, as given, for the check that no output overwrites one */
    List<String> inputs() {
        List<String> inputs = new ArrayList<>();
        episodes.forEach(file -> inputs.add(file.toString()));
        if (directory != null) {
            inputs.add(directory);
        }
        if (funding != null) {
            inputs.add(funding.toString());
        }
        if (pcns != null) {
            inputs.add(pcns.toString());
        }
        return inputs;
    }

    DemandLedger ledger(List<SocialPrescribingEpisode> cohort, InputLimits limits) {
        DemandLedger.Builder builder = DemandLedger.builder().addEpisodes(cohort);
        if (directory != null) {
            builder.addServices(DirectorySource.of(directory, FeedOptions.defaults(), limits)
                    .readComplete()
                    .directory()
                    .services());
        }
        if (funding != null) {
            try {
                builder.addFunding(FundingFlows.read(TextFiles.readUtf8(funding, limits), limits));
            } catch (SpException e) {
                throw TextFiles.failed(funding, "", e);
            }
        }
        if (pcns != null) {
            try {
                for (PrimaryCareNetwork pcn :
                        SpJson.parse(TextFiles.readUtf8(pcns, limits), PrimaryCareNetwork[].class, limits)) {
                    if (pcn == null) {
                        throw new UsageException(pcns + ": a PCN must be an object, not null");
                    }
                    builder.addPcns(List.of(pcn));
                }
            } catch (SpException e) {
                throw TextFiles.failed(pcns, "", e);
            }
        }
        if (unitCost != null) {
            try {
                builder.unitCost(unitCost);
            } catch (SpException e) {
                throw new UsageException("--unit-cost: " + e.getMessage(), e);
            }
        }
        builder.periodLength(
                switch (period) {
                    case "month" -> PeriodLength.MONTH;
                    case "quarter" -> PeriodLength.QUARTER;
                    default -> throw new UsageException("--period: '" + period + "' must be month or quarter");
                });
        if ((from == null) != (to == null)) {
            throw new UsageException("--from and --to go together");
        }
        if (from != null && to != null) {
            try {
                builder.window(LocalDate.parse(from), LocalDate.parse(to));
            } catch (DateTimeParseException | SpException e) {
                throw new UsageException("--from/--to: " + e.getMessage(), e);
            }
        }
        List<AgeBand> bands = new ArrayList<>();
        for (String band : ageBands) {
            // The shape is matched first, so only the band's own rule (SpException) is bad input; anything else is a
            // bug.
            Matcher shape = AGE_BAND.matcher(band);
            if (!shape.matches()) {
                throw new UsageException("--age-bands: '" + band + "' is not a band such as 18-64 or 65+");
            }
            try {
                bands.add(
                        shape.group(3) != null
                                ? AgeBand.atLeast(Integer.parseInt(shape.group(3)))
                                : AgeBand.of(Integer.parseInt(shape.group(1)), Integer.parseInt(shape.group(2))));
            } catch (SpException e) {
                throw new UsageException("--age-bands: '" + band + "' is not a band such as 18-64 or 65+", e);
            }
        }
        return builder.ageBands(bands).build();
    }

    Suppression suppression() {
        if (privacy.minimum != null) {
            try {
                return SumSuppression.below(privacy.minimum);
            } catch (SpException e) {
                throw new UsageException("--suppress-below: " + e.getMessage(), e);
            }
        }
        return Suppression.NONE;
    }

    String describeSuppression() {
        return privacy.minimum != null
                ? "Small numbers are held back ([c]): counts from 1 to " + (privacy.minimum - 1)
                        + ", and any figure from which one could be worked out."
                : "No suppression: every figure is shown. Do not publish these tables as they are.";
    }

    HtmlReports.Settings settings(String title) {
        return new HtmlReports.Settings(
                title, suppression(), privacy.minimum != null ? privacy.minimum : 1, describeSuppression());
    }

    /**
     * Writes a text file whole (UTF-8), safely: to a temporary file moved into place, never over an input.
     *
     * @param file the file
     * @param text its content
     * @param inputs the command's inputs
     * @throws UsageException naming the file if it is an input or cannot be written
     */
    static void write(Path file, String text, List<String> inputs) {
        Destination.writeFile(file, text, inputs);
    }
}

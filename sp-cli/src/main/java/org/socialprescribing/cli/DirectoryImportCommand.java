package org.socialprescribing.cli;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.hl7.fhir.r4.model.Bundle;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.fhir.FhirResourceReader;
import org.socialprescribing.fhir.mapping.IntakeResult;
import org.socialprescribing.fhir.mapping.ServiceMapper;
import org.socialprescribing.model.PersonalData;
import org.socialprescribing.model.SpException;
import org.socialprescribing.model.ValidationReport;
import org.socialprescribing.model.input.InputLimits;
import org.socialprescribing.model.json.SpJson;
import org.socialprescribing.model.service.Service;
import org.socialprescribing.openreferral.OrukService;
import org.socialprescribing.openreferral.mapping.MappedService;
import org.socialprescribing.openreferral.mapping.OrukMapper;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sp directory import FILE|URL}: an Open Referral UK directory as SDK services (a JSON array), written page
 * by page as the directory is read, so that memory does not grow with the directory.
 */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Read an Open Referral UK directory (a file holding a page of services, one service, or an organization"
                    + " record with its services nested; or an API base URL, paged through /services?page=N), or a"
                    + " FHIR R4 Bundle of HealthcareServices (UK Core, Gravity SDOH or BaRS shapes), and write its"
                    + " services as SDK JSON (an array), page by page as they are read.",
            "Mapping problems (invalid values, records that cannot be mapped, FHIR elements the SDK cannot hold, with"
                    + " their FHIRPath) and an incomplete feed (a cycle, a feed that ends before its announced totals)"
                    + " are printed on stderr. The ORUK mapping's own limits are in docs/openreferral.md."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Every service was mapped (warnings allowed).",
            "1:Some records could not be mapped, or the feed was incomplete; what was read is written and the"
                    + " problems are reported.",
            "2:Usage error, or the directory could not be read (or a FHIR Bundle was refused)."
        })
final class DirectoryImportCommand implements Callable<Integer> {

    /** Pretty JSON, flushed when the generator's buffer fills rather than after every service. */
    private static final ObjectWriter JSON =
            SpJson.mapper().writerWithDefaultPrettyPrinter().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE|URL", description = "An ORUK JSON file, or the base URL of an ORUK API.")
    String source = "";

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Write the services to FILE instead of stdout.")
    @Nullable
    Path output;

    @Option(
            names = {"-q", "--quiet"},
            description = "No summary line on stderr.")
    boolean quiet;

    @Mixin
    FeedFlags feed = new FeedFlags();

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (DirectorySource.isFhirFile(source, SpCommand.limits(spec))) {
            return importFhir(err);
        }
        DirectorySource directory = DirectorySource.of(source, feed.options(), SpCommand.limits(spec));
        Mapping mapping = new Mapping(
                () -> Destination.open(output, spec.commandLine().getOut(), List.of(source)), err, directory.label());
        ValidationReport feedIssues;
        try {
            feedIssues = directory.walk(mapping);
            IssueLines.print(err, directory.label(), feedIssues);
            mapping.finish();
        } catch (UncheckedIOException e) {
            mapping.abandon();
            throw mapping.failure(e.getCause());
        } catch (RuntimeException e) {
            mapping.abandon();
            throw e;
        }
        if (!quiet) {
            err.printf(
                    "%d service(s) imported, %d record(s) not mapped, %d warning(s)%n",
                    mapping.imported, mapping.unmapped, mapping.warnings);
        }
        return mapping.unmapped == 0 && !mapping.errors && feedIssues.isEmpty() ? ExitCode.OK : ExitCode.DATA_PROBLEMS;
    }

    /** A FHIR directory Bundle (HealthcareServices in UK Core, Gravity or BaRS shapes) read as SDK services. */
    private int importFhir(PrintWriter err) {
        InputLimits limits = SpCommand.limits(spec);
        Path file = Path.of(source);
        IntakeResult<List<Service>> result;
        try {
            Bundle bundle = FhirResourceReader.withLimits(limits).read(TextFiles.readBytes(file, limits), Bundle.class);
            result = ServiceMapper.importServices(bundle);
        } catch (SpException e) {
            throw TextFiles.failed(file, "", e);
        }
        IssueLines.printAll(err, source, result.report());
        if (result.refused()) {
            err.println(PersonalData.mask(
                    source + ": refused: " + result.report().errors().size() + " error(s); no services written"));
            return ExitCode.USAGE;
        }
        Mapping mapping =
                new Mapping(() -> Destination.open(output, spec.commandLine().getOut(), List.of(source)), err, source);
        try {
            mapping.acceptMapped(result.value().orElseThrow());
            mapping.finish();
        } catch (UncheckedIOException e) {
            mapping.abandon();
            throw mapping.failure(e.getCause());
        }
        if (!quiet) {
            err.printf(
                    "%d service(s) imported, %d warning(s)%n",
                    mapping.imported, result.report().warnings().size());
        }
        return result.isComplete() ? ExitCode.OK : ExitCode.DATA_PROBLEMS;
    }

    /**
     * Maps each page's services as it comes, writes the SDK services, reports the issues and counts. The output is
     * opened when the first page has been read, so that a directory that cannot be read at all leaves an existing
     * output file as it was.
     */
    private static final class Mapping implements Consumer<List<OrukService>> {

        private final OrukMapper mapper = OrukMapper.standard();
        private final Supplier<Destination> destination;
        private final PrintWriter err;
        private final String label;
        private @Nullable Destination out;
        private @Nullable SequenceWriter array;
        private long index;
        private long imported;
        private long unmapped;
        private long warnings;
        private boolean errors;

        Mapping(Supplier<Destination> destination, PrintWriter err, String label) {
            this.destination = destination;
            this.err = err;
            this.label = label;
        }

        @Override
        public void accept(List<OrukService> page) {
            SequenceWriter services = array();
            for (OrukService record : page) {
                MappedService mapped = mapper.toService(record);
                ValidationReport report = mapped.report().under("services[" + index++ + "]");
                IssueLines.print(err, label, report);
                warnings += report.warnings().size();
                errors |= !report.isValid();
                if (mapped.service().isPresent()) {
                    write(services, mapped.service().get());
                    imported++;
                } else {
                    unmapped++;
                }
            }
        }

        /** Writes services another reader has mapped already (a FHIR directory). */
        void acceptMapped(List<Service> services) {
            SequenceWriter array = array();
            for (Service service : services) {
                write(array, service);
                imported++;
            }
        }

        /** Ends the array and the output: the directory was read to its end, whole or with its problems reported. */
        void finish() {
            try {
                array().close();
                Destination output = requireNonNull(out, "opened with the array");
                output.write(System.lineSeparator());
                output.commit();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** A write failure as the output names it (a file, or stdout with a closed pipe told apart). */
        UsageException failure(IOException cause) {
            return out == null
                    ? new UsageException("cannot write the output (" + Destination.reason(cause) + ")", cause)
                    : out.failure(cause);
        }

        /**
         * Closes the output without ending the array: a directory that could not be read to its end is not made to
         * look whole.
         */
        void abandon() {
            if (out != null) {
                out.close(); // a file's temporary copy is deleted: the target keeps what it held
            }
        }

        private SequenceWriter array() {
            if (array == null) {
                out = destination.get();
                try {
                    // The command closes the output itself, after the line end that follows the array.
                    array = JSON.writeValues(new FilterWriter(out) {
                                @Override
                                public void close() throws IOException {
                                    flush();
                                }
                            })
                            .init(true);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return array;
        }

        private static void write(SequenceWriter array, Service service) {
            try {
                array.write(service);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}

package org.socialprescribing.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.model.json.SpJson;
import org.socialprescribing.model.service.Service;
import org.socialprescribing.openreferral.mapping.MappedDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sp directory import FILE|URL}: an Open Referral UK directory as SDK services (a JSON array). */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Read an Open Referral UK directory (a file holding a page of services or one service, or an API base"
                    + " URL, paged through /services?page=N) and write its services as SDK JSON (an array).",
            "Mapping problems (invalid values, records that cannot be mapped) are printed on stderr with their JSON"
                    + " paths; nothing is silently dropped."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Every service was mapped (warnings allowed).",
            "1:Some records could not be mapped; they are reported.",
            "2:Usage error, or the directory could not be read."
        })
final class DirectoryImportCommand implements Callable<Integer> {

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

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        MappedDirectory directory = DirectorySource.read(source, SpCommand.limits(spec));
        IssueLines.print(err, source, directory.report());
        List<Service> services = directory.directory().services();
        try (Destination out = Destination.open(output, spec.commandLine().getOut(), List.of(source))) {
            try {
                out.write(SpJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(services));
                out.write(System.lineSeparator());
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot write services as JSON", e);
            } catch (IOException e) {
                throw out.failure(e);
            }
            out.commit();
        }
        if (!quiet) {
            err.printf(
                    "%d service(s) imported, %d record(s) not mapped, %d warning(s)%n",
                    services.size(),
                    directory.unmapped().size(),
                    directory.report().warnings().size());
        }
        return directory.unmapped().isEmpty() && directory.report().isValid() ? ExitCode.OK : ExitCode.DATA_PROBLEMS;
    }
}

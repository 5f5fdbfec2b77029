package org.socialprescribing.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.hl7.fhir.r4.model.Bundle;
import org.socialprescribing.fhir.SpFhir;
import org.socialprescribing.fhir.mapping.ServiceMapper;
import org.socialprescribing.model.service.Service;
import org.socialprescribing.openreferral.mapping.MappedDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sp directory to-fhir FILE|URL}: an Open Referral UK directory as FHIR R4 HealthcareService, Location and
 * Organization resources, in one collection Bundle.
 */
@Command(
        name = "to-fhir",
        mixinStandardHelpOptions = true,
        description = {
            "Read an Open Referral UK directory (file or API base URL, as 'sp directory import') and write its services"
                    + " as a FHIR R4 collection Bundle of HealthcareService, Location and Organization resources."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Every service was converted (warnings allowed).",
            "1:Some records could not be mapped, or the feed was incomplete; they are reported.",
            "2:Usage error, or the directory could not be read."
        })
final class DirectoryToFhirCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE|URL", description = "An ORUK JSON file, or the base URL of an ORUK API.")
    String source = "";

    @Option(
            names = {"-q", "--quiet"},
            description = "No summary line on stderr.")
    boolean quiet;

    @Mixin
    FeedFlags feed = new FeedFlags();

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        DirectorySource from = DirectorySource.of(source, feed.options(), SpCommand.limits(spec));
        DirectorySource.Whole whole = from.readWhole();
        MappedDirectory directory = whole.directory();
        IssueLines.print(err, from.label(), directory.report());
        IssueLines.print(err, from.label(), whole.feedIssues());
        List<Service> services = directory.directory().services();
        Bundle all = new Bundle().setType(Bundle.BundleType.COLLECTION);
        for (Service service : services) {
            ServiceMapper.toBundle(service).getEntry().forEach(all::addEntry);
        }
        spec.commandLine()
                .getOut()
                .println(SpFhir.newJsonParser().setPrettyPrint(true).encodeResourceToString(all));
        if (!quiet) {
            err.printf(
                    "%d service(s) converted to %d resource(s), %d record(s) not mapped%n",
                    services.size(), all.getEntry().size(), directory.unmapped().size());
        }
        return directory.unmapped().isEmpty()
                        && directory.report().isValid()
                        && whole.feedIssues().isEmpty()
                ? ExitCode.OK
                : ExitCode.DATA_PROBLEMS;
    }
}

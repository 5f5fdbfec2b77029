package org.socialprescribing.cli;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.socialprescribing.fhir.ConformancePackage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sp fhir package --output DIR}: the SDK's conformance resources as a FHIR NPM package. */
@Command(
        name = "package",
        mixinStandardHelpOptions = true,
        description = {
            "Write the SDK's conformance resources (profiles, extensions, code systems, value sets, instrument"
                    + " Questionnaires) as a FHIR NPM package, DIR/package.tgz (package/package.json, .index.json"
                    + " and one file per resource), for any validator to load: e.g. 'sp fhir validate --package"
                    + " DIR/package.tgz', HAPI's NpmPackage, the HL7 validator's -ig."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:Written.", "2:Usage error, or the file could not be written."})
final class FhirPackageCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "The folder to write into.")
    Path output = Path.of("");

    @Override
    public Integer call() {
        Path written;
        try {
            written = ConformancePackage.writeTo(output);
        } catch (UncheckedIOException e) {
            throw new UsageException(
                    output + ": cannot write the package: " + e.getCause().getMessage(), e);
        }
        spec.commandLine()
                .getErr()
                .printf("%s: %s version %s%n", written, ConformancePackage.NAME, ConformancePackage.VERSION);
        return ExitCode.OK;
    }
}

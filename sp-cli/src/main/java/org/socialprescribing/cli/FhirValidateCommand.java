package org.socialprescribing.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import org.socialprescribing.fhir.OperationOutcomes;
import org.socialprescribing.fhir.SpFhir;
import org.socialprescribing.fhir.validation.FhirValidation;
import org.socialprescribing.model.ValidationReport;
import org.socialprescribing.model.input.InputLimits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sp fhir validate FILE... [--package DIR|TGZ]... [--profile URL]... [--server URL]}: validates FHIR R4
 * resources offline against R4 core, the SDK's profiles and any conformance packages given, and each
 * QuestionnaireResponse against its Questionnaire (the SDK's instruments', or one in a package). SNOMED CT and LOINC
 * codes cannot be checked offline and are reported as warnings, never errors. With {@code --server}, a running {@code
 * sp fhir serve} validates instead ({@link RemoteValidation}), and the output is the same.
 */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = {
            "Validate FHIR R4 resources (JSON or XML) offline against R4 core, the SDK's profiles and the"
                    + " conformance packages given with --package (a folder of resources, such as UK Core, or an"
                    + " NPM package .tgz).",
            "Prints each issue as 'FILE: SEVERITY code at path: message' (or one OperationOutcome per file and line"
                    + " with --format json) and a summary on stderr."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Every file is valid (warnings allowed).",
            "1:At least one file has errors.",
            "2:Usage error, or a file or package could not be read."
        })
final class FhirValidateCommand implements Callable<Integer> {

    /** The output formats of this command. */
    enum Format {
        /** One line per issue. */
        TEXT,
        /** One OperationOutcome per file, one per line. */
        JSON
    }

    /**
     * What one file's validation gave: the report, and for {@code --format json} its OperationOutcome's JSON on one
     * line (a server's as it came; empty otherwise).
     */
    record Checked(ValidationReport report, String outcome) {}

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "FHIR resources to validate (JSON or XML).")
    List<Path> files = new ArrayList<>();

    @Option(
            names = "--package",
            paramLabel = "DIR|TGZ",
            description = "Extra conformance resources (profiles, code systems, value sets, Questionnaires): a folder"
                    + " (e.g. UK Core) or an NPM package .tgz. Repeatable.")
    List<Path> packages = new ArrayList<>();

    @Option(
            names = "--profile",
            paramLabel = "URL",
            description = "A profile every resource must also meet, by canonical URL. Repeatable.")
    List<String> profiles = new ArrayList<>();

    @Option(
            names = "--server",
            paramLabel = "URL",
            description = "Send each file to the validator that 'sp fhir serve' runs at URL (the base it printed,"
                    + " e.g. http://127.0.0.1:8089/fhir) instead of loading one here: the same checks and output,"
                    + " without the seconds of start-up. Its --package options apply, not this command's.")
    String server;

    @Option(
            names = "--format",
            paramLabel = "text|json",
            defaultValue = "text",
            description = "text (default): one line per issue; json: one OperationOutcome per file and line.")
    Format format = Format.TEXT;

    @Option(
            names = {"-q", "--quiet"},
            description = "No summary line on stderr.")
    boolean quiet;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        InputLimits limits = SpCommand.limits(spec);
        String[] required = profiles.toArray(new String[0]);
        Iterator<Checked> reports;
        if (server != null) {
            if (!packages.isEmpty()) {
                throw new UsageException("--package and --server: the server validates with the packages it was"
                        + " started with (sp fhir serve --package ...)");
            }
            RemoteValidation remote = new RemoteValidation(server, profiles, limits);
            reports = new ValidationRun<>(files, file -> remote.validate(file, TextFiles.readUtf8(file, limits)))
                    .reports();
        } else {
            FhirValidation validation = validation(packages, limits);
            reports = new ValidationRun<>(
                            files, file -> local(validation.validate(TextFiles.readUtf8(file, limits), required)))
                    .reports();
        }
        int errors = 0;
        int warnings = 0;
        int invalidFiles = 0;
        for (Path file : files) {
            Checked answer = reports.next();
            ValidationReport report = answer.report();
            errors += report.errors().size();
            warnings += report.warnings().size();
            invalidFiles += report.isValid() ? 0 : 1;
            print(out, file, answer);
        }
        if (!quiet) {
            err.printf(
                    "%d file(s): %d valid, %d with errors; %d error(s), %d warning(s)%n",
                    files.size(), files.size() - invalidFiles, invalidFiles, errors, warnings);
        }
        return invalidFiles == 0 ? ExitCode.OK : ExitCode.DATA_PROBLEMS;
    }

    /** A local report, with its OperationOutcome written only if --format json asks for it. */
    private Checked local(ValidationReport report) {
        return new Checked(
                report,
                format == Format.JSON
                        ? SpFhir.newJsonParser().encodeResourceToString(OperationOutcomes.from(report))
                        : "");
    }

    /**
     * The validator of {@code sp fhir validate} and {@code sp fhir serve}: R4 core, the SDK's profiles and the
     * conformance folders and packages given.
     *
     * @param packages folders and NPM packages
     * @param limits the input limits
     * @return the validator
     * @throws UsageException if a package cannot be found or loaded
     */
    static FhirValidation validation(List<Path> packages, InputLimits limits) {
        FhirValidation.Builder builder = FhirValidation.builder().inputLimits(limits);
        for (Path each : packages) {
            if (Files.isDirectory(each)) {
                builder.addConformanceFolder(each);
            } else if (Files.isRegularFile(each)) {
                builder.addNpmPackage(each);
            } else {
                throw new UsageException(each + ": no such folder or package");
            }
        }
        try {
            return builder.build();
        } catch (IllegalArgumentException e) {
            throw new UsageException("cannot load the conformance packages: " + e.getMessage(), e);
        }
    }

    private void print(PrintWriter out, Path file, Checked answer) {
        if (format == Format.JSON) {
            out.println(answer.outcome());
            return;
        }
        IssueLines.print(out, file, answer.report());
    }
}

package org.socialprescribing.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import org.socialprescribing.model.input.InputLimits;

/**
 * The training run of the AppCDS archive that the build writes ({@code sp-cli/pom.xml}, {@code target/sp.jsa}): the
 * commands whose start-up the archive is for, run one after the other in one JVM, so that {@code
 * -XX:ArchiveClassesAtExit} archives the classes of all of them (a dynamic archive holds what one JVM loaded). Not
 * part of the command line; the build runs it as {@code java -cp sp.jar org.socialprescribing.cli.CdsTraining}, and
 * the archive then serves {@code java -jar sp.jar} because the class path is the same jar.
 */
final class CdsTraining {

    private CdsTraining() {}

    /**
     * Scores a CSV file, then validates a FHIR Bundle with a conformance package and the Bundle's folder as a
     * conformance folder, and once more through {@code sp fhir validate --server}, printing nothing but failures.
     *
     * @param args the CSV file of SWEMWBS answers, where to write its scores, the Bundle, and the package
     */
    public static void main(String[] args) {
        if (args.length != 4) {
            System.err.println("usage: CdsTraining ANSWERS.csv SCORES.csv BUNDLE.json PACKAGE");
            System.exit(ExitCode.USAGE);
        }
        PrintWriter discard = new PrintWriter(Writer.nullWriter());
        PrintWriter err = new PrintWriter(System.err, true);
        // Exit code 1 is expected: the inputs hold rows and codes the commands report.
        int score = Sp.run(discard, err, "score", "swemwbs", args[0], "-q", "-o", args[1]);
        // Both kinds of --package (an NPM package and a folder: the Bundle's own, whose files are skipped as not
        // conformance resources), so that the classes of either path come from the archive.
        Path folder = Path.of(args[2]).toAbsolutePath().getParent();
        int validate = Sp.run(
                discard, err, "fhir", "validate", "-q", "--package", args[3], "--package", folder.toString(), args[2]);
        // sp fhir validate --server: its point is a fast start, so the client's classes (and the server's) are
        // archived too, from one request to a server in this JVM.
        int remote;
        InputLimits limits = InputLimits.defaults();
        try (ValidationServer server = ValidationServer.start(
                FhirValidateCommand.validation(List.of(Path.of(args[3])), limits), limits, 0, 1)) {
            remote = Sp.run(discard, err, "fhir", "validate", "-q", "--server", server.base(), args[2]);
        } catch (IOException e) {
            err.println("CdsTraining: cannot start the validation server: " + e.getMessage());
            remote = ExitCode.USAGE;
        }
        System.exit(
                Math.max(Math.max(score, validate), remote) > ExitCode.DATA_PROBLEMS ? ExitCode.USAGE : ExitCode.OK);
    }
}

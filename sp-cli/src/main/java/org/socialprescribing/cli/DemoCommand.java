package org.socialprescribing.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.socialprescribing.cli.demo.DemoTour;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sp demo}: an end-to-end tour of the SDK on built-in synthetic data. */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = {
            "Run an end-to-end tour on an invented cohort: a PCN and its link worker, referrals with their journeys,"
                    + " baseline and follow-up ONS4, SWEMWBS and Outcomes Star readings, scores and cohort change.",
            "Prints a readable summary and writes its files (episodes as SDK JSON, scores as CSV) to a folder."
        })
final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "DIR",
            defaultValue = "sp-demo-output",
            description = "Folder for the demo's files (default: ${DEFAULT-VALUE}).")
    Path output;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.println("Social Prescribing SDK demo (all people, places and organisations are invented)");
        new DemoTour(out, output, Destination::writeFile).run();
        return ExitCode.OK;
    }
}

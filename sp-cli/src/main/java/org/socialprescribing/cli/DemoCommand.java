package org.socialprescribing.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sp demo}: an end-to-end tour of the SDK on built-in synthetic data. */
@Command(name = "demo", mixinStandardHelpOptions = true, description = "Run an end-to-end tour on synthetic data.")
final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.println("Social Prescribing SDK demo");
        return ExitCode.OK;
    }
}

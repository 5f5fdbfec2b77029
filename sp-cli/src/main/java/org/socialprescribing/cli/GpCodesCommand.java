package org.socialprescribing.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.socialprescribing.gp.CodeMapping;
import org.socialprescribing.gp.CodeTable;
import org.socialprescribing.model.PersonalData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sp gp codes}: the code tables GP records are read with, every row with its source. */
@Command(
        name = "codes",
        mixinStandardHelpOptions = true,
        description = {
            "Print the code tables 'sp gp import' maps GP codes with: one row per code, tab-separated: system, code,"
                    + " kind, instrument, component, range, display, source. The standard table holds only codes from"
                    + " sources the SDK can cite (docs/gp.md); --codes adds local tables."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:Printed.", "2:Usage error, or a local table could not be read."})
final class GpCodesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(
            names = "--codes",
            paramLabel = "TABLE.json",
            description = "A local code table (the format of docs/gp.md) to add; repeatable.")
    List<Path> local = new ArrayList<>();

    @Override
    public Integer call() {
        CodeTable codes = GpCommand.codes(local, SpCommand.limits(spec));
        PrintWriter out = spec.commandLine().getOut();
        out.println("# " + String.join(", ", codes.names()));
        out.println("system\tcode\tkind\tinstrument\tcomponent\trange\tdisplay\tsource");
        for (CodeMapping row : codes.rows()) {
            out.println(PersonalData.mask(String.join(
                    "\t",
                    row.system().code(),
                    row.code(),
                    row.kind().code(),
                    row.instrument().map(Object::toString).orElse(""),
                    row.component().orElse(row.instrument().isPresent() ? "(not stated)" : ""),
                    row.min().isPresent()
                            ? row.min().get().toPlainString() + ".."
                                    + row.max().orElseThrow().toPlainString()
                            : "",
                    row.display(),
                    row.source())));
        }
        out.flush();
        return ExitCode.OK;
    }
}

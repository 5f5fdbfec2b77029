package org.socialprescribing.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The top-level {@code sp} command: it only groups the subcommands and holds the options they share. */
@Command(
        name = "sp",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Social Prescribing SDK: score wellbeing questionnaires, convert and validate FHIR, "
                + "import service directories.",
        subcommands = {
            ScoreCommand.class,
            InstrumentsCommand.class,
            ChangeCommand.class,
            ExtractCommand.class,
            DemoCommand.class,
            FhirCommand.class,
            DirectoryCommand.class,
            ReportCommand.class
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Success.",
            "1:The data has problems, which were reported.",
            "2:Usage error, or the input could not be read."
        })
final class SpCommand {

    @Option(
            names = "--debug",
            scope = ScopeType.INHERIT,
            description = "Show the full stack trace when a command fails.")
    boolean debug;
}

package org.socialprescribing.cli;

import picocli.CommandLine.Command;

/** {@code sp directory}: Open Referral UK service directories. It only groups its subcommands. Its subcommands are listed in {@link CommandTree}. */
@Command(
        name = "directory",
        mixinStandardHelpOptions = true,
        description = "Open Referral UK (HSDS 3.0) service directories: import them as SDK services or FHIR resources.")
final class DirectoryCommand {}

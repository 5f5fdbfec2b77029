package org.socialprescribing.cli;

import picocli.CommandLine.Command;

/** {@code sp report}: the demand and funding ledger and the HTML reports. It only groups its subcommands. Its subcommands are listed in {@link CommandTree}. */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = "Reports on a cohort of episodes: the demand, capacity and funding ledger of onward referrals,"
                + " and self-contained HTML reports of outcomes and demand.")
final class ReportCommand {}

package org.socialprescribing.cli;

import picocli.CommandLine.Command;

/** {@code sp fhir message}: BaRS-style referral messages for onward referrals, and their responses. Its subcommands are listed in {@link CommandTree}. */
@Command(
        name = "message",
        mixinStandardHelpOptions = true,
        description = "Referral messages in the shape of the NHS Booking and Referral Standard (BaRS): write the"
                + " request for an onward referral, read a response.")
final class FhirMessageCommand {}

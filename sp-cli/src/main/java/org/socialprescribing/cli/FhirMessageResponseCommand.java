package org.socialprescribing.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.socialprescribing.fhir.FhirFormatException;
import org.socialprescribing.fhir.mapping.ReferralMessages;
import org.socialprescribing.fhir.mapping.ReferralResponse;
import org.socialprescribing.model.MappingResult;
import org.socialprescribing.model.input.InputLimits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sp fhir message response FILE}: reads the response to a BaRS-style referral request. */
@Command(
        name = "response",
        mixinStandardHelpOptions = true,
        description = {
            "Read a BaRS-style response message (MessageHeader event servicerequest-response): prints the response"
                    + " code, the request it answers, and the onward referral and status of its ServiceRequest;"
                    + " what it holds beyond that is listed on stderr, one line each."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Read; the response code is ok.",
            "1:Read; the response code is an error (transient-error or fatal-error).",
            "2:Usage error, or the file is not a response message."
        })
final class FhirMessageResponseCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The response Bundle (JSON or XML).")
    Path file = Path.of("");

    @Override
    public Integer call() {
        InputLimits limits = SpCommand.limits(spec);
        MappingResult<ReferralResponse> read;
        try {
            read = ReferralMessages.standard().parseResponse(TextFiles.readUtf8(file, limits));
        } catch (FhirFormatException e) {
            throw TextFiles.failed(file, "not a referral response message", e);
        }
        ReferralResponse response = read.value();
        PrintWriter out = spec.commandLine().getOut();
        out.printf("response: %s%n", response.responseCode());
        out.printf("request: %s%n", response.requestMessageId().orElse("-"));
        out.printf("onward referral: %s%n", response.onwardReferralId().orElse("-"));
        out.printf(
                "service request status: %s%n", response.serviceRequestStatus().orElse("-"));
        IssueLines.print(spec.commandLine().getErr(), file, read.report());
        return response.isOk() ? ExitCode.OK : ExitCode.DATA_PROBLEMS;
    }
}

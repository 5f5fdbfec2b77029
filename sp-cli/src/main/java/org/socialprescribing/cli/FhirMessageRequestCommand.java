package org.socialprescribing.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.fhir.SpFhir;
import org.socialprescribing.fhir.mapping.ReferralMessages;
import org.socialprescribing.model.SpException;
import org.socialprescribing.model.episode.SocialPrescribingEpisode;
import org.socialprescribing.model.input.InputLimits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sp fhir message request EPISODE.json --onward ID --source URL}: a BaRS-style referral request. */
@Command(
        name = "request",
        mixinStandardHelpOptions = true,
        description = {
            "Write a BaRS-style referral request message (Bundle type message, MessageHeader event"
                    + " servicerequest-request, ServiceRequest, Patient, requester and performer) for one onward"
                    + " referral of an episode in SDK JSON, on stdout.",
            "BaRS has no social prescribing use case: none is written unless --use-case gives one."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:Written.", "2:Usage error, or the episode could not be read or has no such onward referral."
        })
final class FhirMessageRequestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "EPISODE", description = "The episode, in SDK JSON.")
    Path file = Path.of("");

    @Option(names = "--onward", required = true, paramLabel = "ID", description = "The onward referral's id.")
    String onward = "";

    @Option(
            names = "--source",
            required = true,
            paramLabel = "URL",
            description = "The sender's endpoint (MessageHeader.source.endpoint).")
    String source = "";

    @Option(
            names = "--use-case",
            paramLabel = "SYSTEM|CODE|DISPLAY",
            description = "A use-case coding for the ServiceRequest's referral category, when one is agreed.")
    @Nullable
    String useCase;

    @Option(names = "--at", paramLabel = "INSTANT", description = "When the message is sent (ISO 8601); default now.")
    @Nullable
    Instant at;

    @Override
    public Integer call() {
        InputLimits limits = SpCommand.limits(spec);
        SocialPrescribingEpisode episode = FhirCommand.readEpisode(file, limits);
        ReferralMessages messages = ReferralMessages.standard();
        if (useCase != null) {
            String[] parts = useCase.split("\\|", -1);
            if (parts.length != 3) {
                throw new UsageException("--use-case must be SYSTEM|CODE|DISPLAY");
            }
            try {
                messages = messages.withUseCase(parts[0], parts[1], parts[2]);
            } catch (SpException e) {
                throw new UsageException("--use-case: " + e.getMessage(), e);
            }
        }
        String json;
        try {
            json = SpFhir.newJsonParser()
                    .setPrettyPrint(true)
                    .encodeResourceToString(
                            messages.toRequest(episode, onward, source, at == null ? Instant.now() : at));
        } catch (SpException e) {
            throw TextFiles.failed(file, "cannot be written as a referral message", e);
        }
        spec.commandLine().getOut().println(json);
        return ExitCode.OK;
    }
}

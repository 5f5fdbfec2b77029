package org.socialprescribing.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.socialprescribing.fhir.SpFhir;
import org.socialprescribing.fhir.mapping.EpisodeBundles;
import org.socialprescribing.fhir.validation.FhirValidation;
import org.socialprescribing.model.episode.SocialPrescribingEpisode;
import org.socialprescribing.model.input.InputLimits;
import org.socialprescribing.testkit.SyntheticCohort;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code sp fhir serve [--package DIR|TGZ]... [--port N] [--threads N]}: a resident validator ({@link
 * ValidationServer}) on 127.0.0.1, until stopped. It loads R4 core, the SDK's profiles and the packages once, and
 * validates a synthetic episode Bundle a few times before it says where it listens, so that the first request does
 * not pay for loading what an episode needs.
 */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Run a FHIR R4 validator on 127.0.0.1 until stopped (Ctrl-C): the checks of 'sp fhir validate', loaded"
                    + " once. Prints its FHIR base URL on stdout when ready.",
            "POST a resource (application/fhir+json or application/fhir+xml) to BASE/[type]/$validate or"
                    + " BASE/$validate, with ?profile=URL if needed: the answer is an OperationOutcome (HTTP 200"
                    + " whether or not the resource is valid). 'sp fhir validate --server BASE FILE...' prints what"
                    + " 'sp fhir validate FILE...' prints. Only loopback clients are answered; nothing sent is logged."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "2:Usage error, a package could not be read, or the port is taken.",
            "130:Stopped by Ctrl-C (SIGINT), as any program a signal ends.",
            "143:Stopped by kill (SIGTERM)."
        })
final class FhirServeCommand implements Callable<Integer> {

    /**
     * How many times the warm-up episode is validated before the server says it is ready: the first loads what an
     * episode needs (R4 core, the profiles, Questionnaires, value sets); the others give the JIT compiler a start.
     */
    private static final int WARM_UPS = 3;

    @Spec
    CommandSpec spec;

    @Option(
            names = "--package",
            paramLabel = "DIR|TGZ",
            description = "Extra conformance resources, as for 'sp fhir validate'. Repeatable.")
    List<Path> packages = new ArrayList<>();

    @Option(
            names = "--port",
            paramLabel = "N",
            defaultValue = "0",
            description = "The port on 127.0.0.1 (default: any free port; the URL printed names it).")
    int port;

    @Option(
            names = "--threads",
            paramLabel = "N",
            description = "How many requests are validated at once (default: one per processor).")
    Integer threads;

    /** Counted down when the JVM is asked to stop; a test interrupts the command's thread instead. */
    private final CountDownLatch stopped = new CountDownLatch(1);

    @Override
    public Integer call() {
        if (port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(), "--port " + port + ": give 0 to 65535");
        }
        int threadCount = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (threadCount < 1 || threadCount > 256) {
            throw new ParameterException(spec.commandLine(), "--threads " + threadCount + ": give 1 to 256");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        InputLimits limits = SpCommand.limits(spec);
        err.println("sp fhir serve: loading the validator (R4 core, the profiles, the packages given)...");
        err.flush();
        FhirValidation validation = FhirValidateCommand.validation(packages, limits);
        warmUp(validation);
        ValidationServer server;
        try {
            server = ValidationServer.start(validation, limits, port, threadCount);
        } catch (BindException e) {
            throw new UsageException("--port " + port + ": cannot listen there (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new UsageException("cannot start the server (" + e.getMessage() + ")", e);
        }
        Thread hook = new Thread(() -> {
            server.close();
            stopped.countDown();
        });
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            out.println(server.base());
            out.flush();
            err.println("sp fhir serve: validating at " + server.base() + " (POST a resource to " + server.base()
                    + "/$validate); Ctrl-C stops it");
            err.flush();
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            server.close();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // The JVM is stopping: the hook is running.
            }
        }
        return ExitCode.OK;
    }

    /** Validates the synthetic cohort's first episode as a Bundle, as the demo writes it. */
    private static void warmUp(FhirValidation validation) {
        SocialPrescribingEpisode episode =
                SyntheticCohort.withoutStar().cases().get(0).episode();
        String bundle = SpFhir.newJsonParser()
                .encodeResourceToString(EpisodeBundles.standard().toTransaction(episode));
        for (int i = 0; i < WARM_UPS; i++) {
            validation.validate(bundle);
        }
    }
}

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.socialprescribing.fhir.validation.FhirValidation;
import org.socialprescribing.model.ValidationReport;

/**
 * Peer baseline for issue 12 §5 (sp-bench/fhir/peer-validators.sh runs it): how fast is plain HAPI FHIR, set up as an
 * integrator would without the SDK, on the same Bundle as the SDK? Usage: {@code PeerValidators hapi|sdk BUNDLE N
 * FOLDER...}: hapi loads every conformance resource in the folders (the SDK's published package, unpacked, and the
 * demo's conformance folder: an integrator without the SDK's library would load its package), sdk adds the folders
 * after the first (its own resources are built in). In one JVM it builds the validator, validates the Bundle's JSON
 * text N times on one thread (the first is the cold validation), and prints the JVM's own start-to-first-result
 * time, the first result's error and warning counts, and, for N above 1, wall and CPU ms per Bundle over validations
 * 2 to N (the same loop for both tools, so the warm figures are alike; the text is parsed each time, as the CLI
 * does).
 */
public class PeerValidators {

    // What PrePopulatedValidationSupport can serve; anything else in the folder (examples, packages) is skipped.
    private static final Set<String> CONFORMANCE = Set.of(
            "StructureDefinition", "CodeSystem", "ValueSet", "ConceptMap", "SearchParameter", "NamingSystem",
            "Questionnaire");

    /** One validation of the Bundle: its error and warning counts. */
    interface Validation {
        int[] run() throws Exception;
    }

    public static void main(String[] args) throws Exception {
        String tool = args[0];
        String bundle = Files.readString(Path.of(args[1]), StandardCharsets.UTF_8);
        int n = Integer.parseInt(args[2]);
        List<Path> folders = Stream.of(args).skip(3).map(Path::of).collect(Collectors.toList());
        Supplier<int[]> validateOnce = "hapi".equals(tool) ? hapi(folders, bundle) : sdk(folders, bundle);
        measure(tool, validateOnce::get, n);
    }

    /**
     * The loop every tool runs (Hl7Engine too): the first validation (cold), the JVM's start-to-result time and its
     * counts, then, for n above 1, wall and CPU ms per Bundle over validations 2 to n on this thread.
     */
    static void measure(String tool, Validation validateOnce, int n) throws Exception {
        int[] counts = validateOnce.run();
        // Start-to-result as the JVM sees it: excludes the launcher's own start-up before the VM records its start.
        long startToResult = System.currentTimeMillis()
                - ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.printf("%s: start to first result %d ms (JVM uptime); first result: %d errors, %d warnings%n",
                tool, startToResult, counts[0], counts[1]);
        if (n > 1) {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long wall0 = System.nanoTime();
            long cpu0 = threads.getCurrentThreadCpuTime();
            for (int i = 2; i <= n; i++) {
                validateOnce.run();
            }
            double wallMs = (System.nanoTime() - wall0) / 1e6 / (n - 1);
            double cpuMs = (threads.getCurrentThreadCpuTime() - cpu0) / 1e6 / (n - 1);
            System.out.printf("%s: warm over %d: %.1f ms wall, %.1f ms CPU (this thread) per Bundle%n",
                    tool, n - 1, wallMs, cpuMs);
        }
    }

    /** Plain HAPI 8.8.0: the chain of HAPI's documentation, the folder's resources in a pre-populated support. */
    private static Supplier<int[]> hapi(List<Path> folders, String bundle) throws IOException {
        FhirContext context = FhirContext.forR4();
        PrePopulatedValidationSupport local = new PrePopulatedValidationSupport(context);
        int loaded = 0;
        for (Path folder : folders) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file :
                        files.filter(f -> f.toString().endsWith(".json")).sorted().collect(Collectors.toList())) {
                    IBaseResource resource;
                    try {
                        resource = context.newJsonParser()
                                .parseResource(Files.readString(file, StandardCharsets.UTF_8));
                    } catch (DataFormatException e) {
                        continue; // not an R4 resource (package.json, .index.json)
                    }
                    if (CONFORMANCE.contains(context.getResourceType(resource))) {
                        local.addResource(resource);
                        loaded++;
                    }
                }
            }
        }
        System.err.println("hapi: " + loaded + " conformance resources from " + folders);
        ValidationSupportChain chain = new ValidationSupportChain(
                new DefaultProfileValidationSupport(context),
                local,
                new InMemoryTerminologyServerValidationSupport(context),
                new CommonCodeSystemsTerminologyService(context),
                new SnapshotGeneratingValidationSupport(context));
        FhirValidator validator = context.newValidator();
        validator.registerValidatorModule(new FhirInstanceValidator(chain));
        return () -> {
            List<SingleValidationMessage> messages = validator.validateWithResult(bundle).getMessages();
            return new int[] {
                count(messages, ResultSeverityEnum.ERROR) + count(messages, ResultSeverityEnum.FATAL),
                count(messages, ResultSeverityEnum.WARNING)
            };
        };
    }

    /** The SDK's library, as docs/cli.md's --package runs it. */
    private static Supplier<int[]> sdk(List<Path> folders, String bundle) {
        FhirValidation.Builder builder = FhirValidation.builder();
        folders.stream().skip(1).forEach(builder::addConformanceFolder);
        FhirValidation validation = builder.build();
        return () -> {
            ValidationReport report = validation.validate(bundle);
            return new int[] {report.errors().size(), report.warnings().size()};
        };
    }

    private static int count(List<SingleValidationMessage> messages, ResultSeverityEnum severity) {
        return (int) messages.stream().filter(m -> m.getSeverity() == severity).count();
    }
}

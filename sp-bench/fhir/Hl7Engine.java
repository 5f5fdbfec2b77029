import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r5.elementmodel.Manager.FhirFormat;
import org.hl7.fhir.r5.model.OperationOutcome;
import org.hl7.fhir.r5.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.utilities.validation.ValidationMessage;
import org.hl7.fhir.validation.ValidationEngine;
import org.hl7.fhir.validation.service.model.InstanceValidatorParameters;

/**
 * Peer baseline for issue 12 §5: the HL7 reference validator's engine (what validator_cli.jar runs), on the same
 * Bundle. Usage: {@code Hl7Engine BUNDLE N FOLDER...} (the folders as PeerValidators hapi gets them), with {@code
 * -Duser.home=DIR} where DIR/.fhir/packages holds hl7.fhir.r4.core#4.0.1 (peer-validators.sh assembles it offline).
 * It runs PeerValidators' loop ({@code measure}) over the Bundle's bytes. No terminology server: codes are checked
 * only against what the packages hold.
 */
public class Hl7Engine {

    public static void main(String[] args) throws Exception {
        byte[] bundle = Files.readAllBytes(Path.of(args[0]));
        int n = Integer.parseInt(args[1]);
        // HAPI's FhirInstanceValidator allows extensions it has no definition for by default; this does the same (the
        // CLI's -extension any), so that the same Bundle is checked alike: without it, 23 more errors (22 for R5's
        // itemWeight extension, which R4 core does not define, one for UK Core's ethnic category extension). 22
        // remain on EP-101 (itemWeight's url, an hl7.org URL the engine cannot resolve without
        // hl7.fhir.uv.extensions.r4), and 3 for the GBP currency code (ISO 4217 needs hl7.terminology.r4 or a server).
        ValidationEngine engine = new ValidationEngine.ValidationEngineBuilder()
                .withDefaultInstanceValidatorParameters(new InstanceValidatorParameters().setExtensions(List.of("any")))
                .withVersion("4.0.1")
                .withNoTerminologyServer()
                .withCanRunWithoutTerminologyServer(true)
                .fromSource("hl7.fhir.r4.core#4.0.1");
        // As the CLI's -ig FOLDER, once per folder: the SDK's package and the demo's resources.
        for (int i = 2; i < args.length; i++) {
            engine.getIgLoader().loadIg(engine.getIgs(), engine.getBinaries(), args[i], true);
        }

        PeerValidators.measure("hl7", () -> validate(engine, bundle), n);
    }

    private static int[] validate(ValidationEngine engine, byte[] bundle) throws Exception {
        List<ValidationMessage> messages = new ArrayList<>();
        OperationOutcome outcome = engine.validate(bundle, FhirFormat.JSON, List.of(), messages);
        int errors = 0;
        int warnings = 0;
        for (OperationOutcome.OperationOutcomeIssueComponent issue : outcome.getIssue()) {
            if (issue.getSeverity() == IssueSeverity.ERROR || issue.getSeverity() == IssueSeverity.FATAL) {
                errors++;
                if (Boolean.getBoolean("peer.show")) { // -Dpeer.show=true: what the errors are
                    System.err.println(issue.getExpression() + ": " + issue.getDetails().getText());
                }
            } else if (issue.getSeverity() == IssueSeverity.WARNING) {
                warnings++;
            }
        }
        return new int[] {errors, warnings};
    }
}

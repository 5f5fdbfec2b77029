package org.socialprescribing.fhir.validation;

import static java.util.Objects.requireNonNull;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ValidationOptions;
import ca.uhn.fhir.validation.ValidationResult;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r5.utils.validation.constants.BestPracticeWarningLevel;
import org.socialprescribing.fhir.FhirFormatException;
import org.socialprescribing.fhir.FhirIssueCode;
import org.socialprescribing.fhir.OperationOutcomes;
import org.socialprescribing.fhir.internal.ConformanceResources;
import org.socialprescribing.fhir.internal.InputGuard;
import org.socialprescribing.fhir.internal.ScannedInput;
import org.socialprescribing.fhir.internal.SdkContext;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.Severity;
import org.socialprescribing.model.ValidationIssue;
import org.socialprescribing.model.ValidationReport;
import org.socialprescribing.model.input.InputLimit;
import org.socialprescribing.model.input.InputLimits;

/**
 * An offline FHIR R4 validator: checks resources against R4 core, the SDK's own conformance resources and any
 * packages or folders of conformance resources added through the {@link Builder}, with no network access.
 *
 * <pre>{@code
 * FhirValidation validation = FhirValidation.builder()
 *         .addConformanceFolder(Path.of("uk-core-2.0.2/structuredefinitions"))
 *         .build();
 * ValidationReport report = validation.validate(patient, "https://fhir.hl7.org.uk/StructureDefinition/UKCore-Patient");
 * }</pre>
 *
 * <p>It is HAPI's instance validator over one {@code ValidationSupportChain}, cached: R4 core (the resources of
 * hapi-fhir-validation-resources-r4, each parsed only when the validator asks for it), then the SDK's and the caller's
 * conformance resources, their Questionnaires,
 * the common code systems (languages, MIME types, units), in-memory terminology for every code system loaded, and
 * snapshot generation for profiles published as differentials only. Codes from systems that cannot be checked
 * offline (SNOMED CT, LOINC, dm+d) are never errors on that account: HAPI 8.8's validator reports them as warnings,
 * or not at all, by itself (HAPI deprecated its {@code UnknownCodeSystemWarningValidationSupport}, which no longer
 * changes any result, so the chain leaves it out). A code from a system the validator does know, or a code where a
 * required binding allows no such system, is still an error. Best-practice recommendations (such as "a resource
 * should have narrative") are left out unless {@link Builder#bestPracticeWarnings(boolean)} asks for them.
 *
 * <p>A QuestionnaireResponse is checked against its Questionnaire ({@code questionnaire}, with or without {@code
 * |version}) whenever the validator has it: an unknown linkId, an answer of the wrong type or a coded answer that is
 * not one of the item's answer options is an error. The jar ships the Questionnaires of the SDK's built-in
 * instruments, so their responses are always checked; add a local instrument's or a licensee's Outcomes Star
 * Questionnaire with {@link Builder#addConformanceResource} (or in a folder or package). A response whose
 * Questionnaire the validator does not have gets one warning saying so.
 *
 * <p>Profiles given to {@code validate} add checks and never remove any: the resource is validated as it declares
 * itself, then against those profiles, and the issues of both runs are reported once each. A language given as any
 * valid BCP 47 tag is accepted where R4 prefers its 56-tag {@code languages} value set (HAPI alone reported Welsh
 * or Urdu as errors there); an invalid tag is still an error.
 *
 * <p>Building takes well under a second (it starts parsing R4 core's StructureDefinitions on the common fork-join
 * pool); the first validation then loads and converts R4 core and takes a few seconds, later ones milliseconds.
 * Build one instance and share it: it is immutable and thread-safe. {@code validate} never throws on bad input:
 * problems, including input the validator cannot read, come back in the report.
 */
public final class FhirValidation {

    private final FhirValidator validator;
    private final InputLimits limits;

    private FhirValidation(FhirValidator validator, InputLimits limits) {
        this.validator = validator;
        this.limits = limits;
    }

    /**
     * Starts a validator with only R4 core and the SDK's own conformance resources.
     *
     * @return a new builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Validates a resource, against its declared profiles ({@code meta.profile}) and the ones given.
     *
     * @param resource the resource, not null
     * @param profiles canonical URLs of profiles the resource must also meet, none null
     * @return the issues found, never null
     * @throws NullPointerException if an argument is null
     */
    public ValidationReport validate(IBaseResource resource, String... profiles) {
        requireNonNull(resource, "resource");
        ValidationOptions options = options(profiles);
        long resources = resourceCount(resource, 0);
        if (resources > limits.maxValidatedResources()) {
            return tooMuchWork();
        }
        return withProfiles(options, opts -> validator.validateWithResult(resource, opts));
    }

    /**
     * How many resources validating this one means checking: itself, its contained resources and, for a Bundle, its
     * entries' resources, counted no further than one past the limit.
     */
    private long resourceCount(IBaseResource resource, int depth) {
        long count = 1;
        if (resource instanceof DomainResource) {
            count += ((DomainResource) resource).getContained().size();
        }
        if (resource instanceof Bundle && depth < limits.maxDepth()) {
            for (Bundle.BundleEntryComponent entry : ((Bundle) resource).getEntry()) {
                if (entry.getResource() != null) {
                    count += resourceCount(entry.getResource(), depth + 1);
                }
                if (count > limits.maxValidatedResources()) {
                    break;
                }
            }
        }
        return count;
    }

    private ValidationReport tooMuchWork() {
        return ValidationReport.of(InputGuard.overLimit(limits.broken(InputLimit.VALIDATED_RESOURCES, "input"), "")
                .toIssue());
    }

    /**
     * Validates a resource given as FHIR JSON or XML text. The text first passes the same guard as {@link
     * org.socialprescribing.fhir.FhirResourceReader} (size, depth, DOCTYPE, well-formedness); if it fails, the
     * report holds that one problem with its {@code fhir.input.*} code.
     *
     * @param content the resource as FHIR JSON or XML, not null
     * @param profiles canonical URLs of profiles the resource must also meet, none null
     * @return the issues found, never null
     * @throws NullPointerException if an argument is null
     */
    public ValidationReport validate(String content, String... profiles) {
        requireNonNull(content, "content");
        ValidationOptions options = options(profiles);
        ScannedInput input;
        try {
            input = InputGuard.check(content, limits);
        } catch (FhirFormatException e) {
            return ValidationReport.of(e.toIssue());
        }
        // Validation costs far more per resource than reading (HAPI's validator took 189 s and 5.3 GB for a
        // 100,000-entry Bundle): the work is bounded before it starts.
        if (input.resources() > limits.maxValidatedResources()) {
            return tooMuchWork();
        }
        return withProfiles(options, opts -> validator.validateWithResult(input.text(), opts));
    }

    /**
     * Runs the validator as the resource declares itself, and again with the profiles given, if any. HAPI checks a
     * resource only against the profiles it is handed when there are any (a Task profile given for a Bundle checked
     * the Bundle's Tasks and nothing else, so a Bundle missing a mandatory {@code Task.intent} passed): a profile
     * must add checks, never remove base validation, so the base run always happens and its issues come first.
     * Issues both runs report appear once.
     */
    private ValidationReport withProfiles(
            ValidationOptions options, Function<ValidationOptions, ValidationResult> run) {
        ValidationReport base = run(() -> run.apply(new ValidationOptions()));
        if (options.getProfiles().isEmpty()) {
            return base;
        }
        ValidationReport profiled = run(() -> run.apply(options));
        Set<ValidationIssue> issues = new LinkedHashSet<>(base.issues());
        issues.addAll(profiled.issues());
        return ValidationReport.of(new ArrayList<>(issues));
    }

    /**
     * Validates a resource and returns the result as an OperationOutcome ({@link OperationOutcomes#from}).
     *
     * @param resource the resource, not null
     * @param profiles canonical URLs of profiles the resource must also meet, none null
     * @return the outcome, with at least one issue, never null
     * @throws NullPointerException if an argument is null
     */
    public OperationOutcome validateToOperationOutcome(IBaseResource resource, String... profiles) {
        return OperationOutcomes.from(validate(resource, profiles));
    }

    /**
     * Validates FHIR JSON or XML text and returns the result as an OperationOutcome ({@link OperationOutcomes#from}).
     *
     * @param content the resource as FHIR JSON or XML, not null
     * @param profiles canonical URLs of profiles the resource must also meet, none null
     * @return the outcome, with at least one issue, never null
     * @throws NullPointerException if an argument is null
     */
    public OperationOutcome validateToOperationOutcome(String content, String... profiles) {
        return OperationOutcomes.from(validate(content, profiles));
    }

    private static ValidationOptions options(String... profiles) {
        ValidationOptions options = new ValidationOptions();
        for (String profile : profiles) {
            options.addProfile(requireNonNull(profile, "profile"));
        }
        return options;
    }

    private static ValidationReport run(Supplier<ValidationResult> validation) {
        try {
            return HapiMessages.toReport(validation.get());
        } catch (RuntimeException e) {
            return failed(
                    "the validator failed on this input (an internal error of the validator)",
                    FhirIssueCode.VALIDATOR_FAILED);
        } catch (StackOverflowError e) {
            // A resource built in code can nest deeper than any input the guard lets through.
            return failed("the resource nests too deeply to validate", FhirIssueCode.INPUT_TOO_DEEP);
        }
    }

    private static ValidationReport failed(String message, FhirIssueCode code) {
        return ValidationReport.of(ValidationIssue.of(code, Severity.FATAL, "", message));
    }

    /**
     * Configures a {@link FhirValidation}. Sources are read when {@link #build()} runs, with the limits set by
     * then. Not thread-safe; build once, share the result.
     */
    public static final class Builder {

        private final List<Path> folders = new ArrayList<>();
        private final List<Path> packages = new ArrayList<>();
        private final List<IBaseResource> resources = new ArrayList<>();
        private InputLimits limits = InputLimits.defaults();
        private boolean bestPracticeWarnings;
        private boolean eagerR4Core;

        private Builder() {}

        /**
         * HAPI's own R4 core support (which parses all of R4 core at once), HAPI's own bridge to the validator
         * (which converts every StructureDefinition twice), HAPI's own validator module (which builds a core
         * validator per call) and HAPI's own common code systems (which read the UCUM definitions per lookup), for
         * tests that compare them with the SDK's.
         */
        Builder eagerR4Core() {
            this.eagerR4Core = true;
            return this;
        }

        /**
         * Adds the StructureDefinitions, CodeSystems, ValueSets and Questionnaires found in a folder and its
         * subfolders, as JSON or XML files (UK Core's release folders, for example). Other files (examples, {@code
         * package.json}, files that are not FHIR) are skipped. A resource with the same canonical URL as an earlier
         * one replaces it.
         *
         * @param folder the folder, not null
         * @return this builder
         */
        public Builder addConformanceFolder(Path folder) {
            folders.add(requireNonNull(folder, "folder"));
            return this;
        }

        /**
         * Adds the StructureDefinitions, CodeSystems, ValueSets and Questionnaires of a FHIR NPM package file
         * ({@code .tgz}): the JSON files directly under {@code package/}. Dependencies are not followed: add every
         * package needed (R4 core is always present).
         *
         * @param tgz the package file, not null
         * @return this builder
         */
        public Builder addNpmPackage(Path tgz) {
            packages.add(requireNonNull(tgz, "tgz"));
            return this;
        }

        /**
         * Adds one conformance resource built in code, such as the code system and Questionnaire of a local
         * instrument or a licensee's Outcomes Star ({@code InstrumentCodeSystems.of(star)}, {@code
         * InstrumentQuestionnaires.standard().withStar(star).questionnaire(star.id())}), so that responses to it are
         * checked too.
         *
         * @param resource an R4 StructureDefinition, CodeSystem, ValueSet or Questionnaire, not null
         * @return this builder
         * @throws InvalidValueException if the resource is of another type
         */
        public Builder addConformanceResource(IBaseResource resource) {
            String type = SdkContext.get().getResourceType(requireNonNull(resource, "resource"));
            if (!ConformanceResources.TYPES.contains(type)) {
                throw new InvalidValueException(
                        "resource", type, "must be a StructureDefinition, CodeSystem, ValueSet or Questionnaire");
            }
            resources.add(resource);
            return this;
        }

        /**
         * Sets the limits that text input and conformance files must keep to; the default is {@link
         * InputLimits#defaults()}.
         *
         * @param inputLimits the limits, not null
         * @return this builder
         */
        public Builder inputLimits(InputLimits inputLimits) {
            this.limits = requireNonNull(inputLimits, "inputLimits");
            return this;
        }

        /**
         * Whether to report HL7's best-practice recommendations (narrative present, an Observation's subject and
         * performer) as warnings. Off by default: they are advice, and SDK output carries no narrative.
         *
         * @param report true to report them
         * @return this builder
         */
        public Builder bestPracticeWarnings(boolean report) {
            this.bestPracticeWarnings = report;
            return this;
        }

        /**
         * Reads every source and builds the validator.
         *
         * @return the validator, never null
         * @throws InvalidValueException if a folder or package is missing or holds a conformance resource that
         *     cannot be read
         * @throws UncheckedIOException if a file cannot be read
         */
        public FhirValidation build() {
            FhirContext context = SdkContext.get();
            IValidationSupport r4Core;
            if (eagerR4Core) {
                r4Core = new DefaultProfileValidationSupport(context);
            } else {
                r4Core = R4CoreSupport.create(context);
                if (r4Core instanceof R4CoreSupport) {
                    ((R4CoreSupport) r4Core).startParsing();
                }
            }
            PrePopulatedValidationSupport conformance = new PrePopulatedValidationSupport(context);
            List<Questionnaire> questionnaires = new ArrayList<>();
            Consumer<IBaseResource> add = resource -> {
                if (resource instanceof Questionnaire) {
                    questionnaires.add((Questionnaire) resource);
                } else {
                    conformance.addResource(resource);
                }
            };
            SdkSnapshots.sdk().forEach(add);
            for (Path folder : folders) {
                ConformanceResources.fromFolder(folder, limits).forEach(add);
            }
            for (Path tgz : packages) {
                ConformanceResources.fromNpmPackage(tgz, limits).forEach(add);
            }
            resources.forEach(add);

            // HAPI's common code systems; by default with one UCUM service for all UCUM lookups (SharedUcumService).
            CommonCodeSystemsTerminologyService common =
                    eagerR4Core ? new CommonCodeSystemsTerminologyService(context) : new SharedUcumService(context);
            ValidationSupportChain chain = new ValidationSupportChain(
                    ValidationSupportChain.CacheConfiguration.defaultValues(),
                    r4Core,
                    conformance,
                    new QuestionnaireSupport(context, questionnaires),
                    new LanguageSupport(context, common),
                    common,
                    new InMemoryTerminologyServerValidationSupport(context),
                    new SnapshotGeneratingValidationSupport(context));
            // HAPI's own validator module for the comparison tests; otherwise the SDK's, which reuses a core
            // validator for a few calls where HAPI's builds one per call (ReusingValidator).
            FhirInstanceValidator instanceValidator =
                    eagerR4Core ? new FhirInstanceValidator(chain) : new ReusingValidator(chain);
            if (!eagerR4Core) {
                instanceValidator.setWrappedWorkerContext(
                        chain,
                        new WorkerContext(chain, r4Core instanceof R4CoreSupport ? (R4CoreSupport) r4Core : null));
            }
            instanceValidator.setBestPracticeWarningLevel(
                    bestPracticeWarnings ? BestPracticeWarningLevel.Warning : BestPracticeWarningLevel.Ignore);
            FhirValidator validator = context.newValidator().registerValidatorModule(instanceValidator);
            return new FhirValidation(validator, limits);
        }
    }
}

package org.socialprescribing.fhir.validation;

import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.util.XmlUtil;
import ca.uhn.fhir.validation.IValidationContext;
import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.stream.Collectors;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.exceptions.FHIRException;
import org.hl7.fhir.r5.context.IWorkerContext;
import org.hl7.fhir.r5.elementmodel.Manager;
import org.hl7.fhir.r5.fhirpath.IHostApplicationServices;
import org.hl7.fhir.r5.model.StructureDefinition;
import org.hl7.fhir.r5.utils.validation.ValidatorSession;
import org.hl7.fhir.r5.utils.validation.constants.IdStatus;
import org.hl7.fhir.r5.utils.xver.XVerExtensionManagerOld;
import org.hl7.fhir.utilities.i18n.I18nConstants;
import org.hl7.fhir.utilities.validation.ValidationMessage;
import org.hl7.fhir.validation.ValidatorSettings;
import org.hl7.fhir.validation.instance.InstanceValidator;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * HAPI's {@code FhirInstanceValidator} reusing the FHIR core library's {@code InstanceValidator} for a few calls, where
 * HAPI 8.8.0 builds a new one for every validation. HAPI's validator is otherwise unchanged: its bridge turns the
 * core's messages into HAPI's ({@code BaseValidatorBridge}), and this class overrides only {@code
 * validate(IValidationContext)}, doing what HAPI's package-private {@code ValidatorWrapper} does (the same settings,
 * profiles from the options and the input's {@code meta.profile}, the same filtering of messages) with a validator it
 * keeps.
 *
 * <p>Why: building an {@code InstanceValidator} rereads the core library's OID registry (a CSV file of some thousands
 * of lines) and builds a FHIRPath engine: in JFR profiles of warm validations of the demo's EP-101 Bundle, the largest
 * cost outside the checks themselves, under C2 and more so under C1 only, as {@code ./sp} runs (docs/PERFORMANCE.md).
 *
 * <p>Reusing one is safe only with care, from reading the core library (6.7.9) that HAPI 8.8.0 uses: its main entry
 * clears the per-call state it knows of (fetched resources, resource trackers, tracked messages), but
 *
 * <ul>
 *   <li>it remembers the conformance resources it has noted as deprecated, withdrawn or retired ({@code
 *       statusWarnings}) and would not note them again on a later call: cleared here before every call, so each input
 *       gets the issues a new validator gives it ({@code WarmValidatorThreadsTest});
 *   <li>it keeps every coding it has seen, the narrative of every element it has checked and every text it would
 *       send to an AI service it does not have, with references to the parsed input: about 3 MB per call for the
 *       demo's EP-101 Bundle (heap after GC). So a validator serves {@value #CALLS_PER_VALIDATOR} calls and is then
 *       dropped, and at most one idle validator per processor is kept: memory stays bounded, and three quarters of
 *       the saving remain.
 * </ul>
 *
 * <p>On a HAPI upgrade, compare this class with HAPI's {@code ValidatorWrapper} again: {@code LazyR4CoreTest} validates
 * every test input with this module and with HAPI's own, and requires the same issues in the same order.
 *
 * <p>A validation that throws drops its validator. Thread-safe: a validator serves one call at a time (taken from the
 * idle ones, or new), and the worker context they share is thread-safe, as HAPI's is.
 */
final class ReusingValidator extends FhirInstanceValidator {

    /** Calls one core validator serves before it is dropped. */
    static final int CALLS_PER_VALIDATOR = 4;

    private final BlockingQueue<CoreValidator> idle =
            new ArrayBlockingQueue<>(Runtime.getRuntime().availableProcessors());

    ReusingValidator(IValidationSupport chain) {
        super(chain);
    }

    /** The core library's validator, with the state it would carry from one call to the next cleared. */
    private static final class CoreValidator extends InstanceValidator {

        private int calls;

        CoreValidator(IWorkerContext context, IHostApplicationServices hostServices) {
            super(
                    context,
                    hostServices,
                    new XVerExtensionManagerOld(context),
                    new ValidatorSession(),
                    new ValidatorSettings());
        }

        void startCall() {
            calls++;
            statusWarnings.clear();
            getTextsToCheck().clear();
        }
    }

    @Override
    protected List<ValidationMessage> validate(IValidationContext<?> context) {
        IWorkerContext worker = provideWorkerContext();
        CoreValidator validator = idle.poll();
        if (validator == null) {
            validator = newValidator(worker);
        }
        validator.startCall();
        List<ValidationMessage> messages = validate(validator, worker, context);
        if (validator.calls < CALLS_PER_VALIDATOR) {
            idle.offer(validator); // dropped if enough are idle already
        }
        return messages;
    }

    /** A validator set up as HAPI's wrapper sets up each of its own, from this module's settings. */
    private CoreValidator newValidator(IWorkerContext worker) {
        IHostApplicationServices hostServices = getHostApplicationServices();
        CoreValidator validator = new CoreValidator(
                worker, hostServices == null ? new FhirInstanceValidator.NullEvaluationContext() : hostServices);
        validator.setAssumeValidRestReferences(isAssumeValidRestReferences());
        validator.setBestPracticeWarningLevel(getBestPracticeWarningLevel());
        validator.setAnyExtensionsAllowed(isAnyExtensionsAllowed());
        validator.setResourceIdRule(IdStatus.OPTIONAL);
        validator.setNoTerminologyChecks(isNoTerminologyChecks());
        validator.setErrorForUnknownProfiles(isErrorForUnknownProfiles());
        // As HAPI's wrapper: fixed at true (HAPI's comment ties it to its unknown-code-system support).
        validator.setUnknownCodeSystemsCauseErrors(true);
        validator.getExtensionDomains().addAll(getExtensionDomains());
        validator.setFetcher(getValidatorResourceFetcher());
        validator.setPolicyAdvisor(getValidatorPolicyAdvisor());
        validator.setNoExtensibleWarnings(isNoExtensibleWarnings());
        validator.setNoBindingMsgSuppressed(isNoBindingMsgSuppressed());
        validator.setAllowExamples(isAllowExamples());
        validator.setAllowXsiLocation(true);
        return validator;
    }

    /** HAPI 8.8.0's {@code ValidatorWrapper.validate}, step for step, with the validator given. */
    private List<ValidationMessage> validate(
            InstanceValidator validator, IWorkerContext worker, IValidationContext<?> context) {
        List<ValidationMessage> messages = new ArrayList<>();
        List<StructureDefinition> profiles = new ArrayList<>();
        List<ValidationMessage> unknownProfiles = new ArrayList<>();
        for (String url : context.getOptions().getProfiles()) {
            addProfile(worker, profiles, url, unknownProfiles);
        }
        String input = context.getResourceAsString();
        EncodingEnum encoding = context.getResourceAsStringEncoding();
        InputStream stream = new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8));
        if (encoding == EncodingEnum.XML) {
            Document document;
            try {
                document = XmlUtil.parseDocument(input);
            } catch (Exception e) {
                ValidationMessage message = new ValidationMessage();
                message.setLevel(ValidationMessage.IssueSeverity.FATAL);
                message.setMessage("Failed to parse input, it does not appear to be valid XML:" + e.getMessage());
                messages.add(message);
                return messages;
            }
            for (String url : xmlProfiles(document)) {
                addProfile(worker, profiles, url, unknownProfiles);
            }
            validator.validate(null, messages, stream, Manager.FhirFormat.XML, profiles);
        } else if (encoding == EncodingEnum.JSON) {
            // A second parse of the input, for meta.profile only, as HAPI's wrapper does (about 1 ms of a warm
            // validation of EP-101); the core validator parses it again from the stream below.
            JsonObject json = new Gson().fromJson(input, JsonObject.class);
            JsonObject meta = json.getAsJsonObject("meta");
            if (meta != null) {
                JsonElement declared = meta.get("profile");
                if (declared != null && declared.isJsonArray()) {
                    JsonArray urls = declared.getAsJsonArray();
                    for (JsonElement url : urls) {
                        addProfile(worker, profiles, url.getAsString(), unknownProfiles);
                    }
                }
            }
            validator.validate(
                    context.getOptions().getAppContext(), messages, stream, Manager.FhirFormat.JSON, profiles);
        } else {
            throw new IllegalArgumentException("Unknown encoding: " + encoding);
        }
        if (profiles.isEmpty() && !unknownProfiles.isEmpty()) {
            messages.addAll(unknownProfiles);
        }
        List<ValidationMessage> kept =
                messages.stream().filter(ReusingValidator::kept).collect(Collectors.toList());
        ValidationMessage.IssueSeverity unknownProfileLevel = isErrorForUnknownProfiles()
                ? ValidationMessage.IssueSeverity.ERROR
                : ValidationMessage.IssueSeverity.WARNING;
        for (ValidationMessage message : kept) {
            if (I18nConstants.VALIDATION_VAL_PROFILE_UNKNOWN.equals(message.getMessageId())
                    || "VALIDATION_VAL_PROFILE_UNKNOWN_NOT_POLICY".equals(message.getMessageId())) {
                message.setLevel(unknownProfileLevel);
            }
        }
        return kept;
    }

    /** The messages HAPI's wrapper drops: a binding without a source, and the MIME type value set not found. */
    private static boolean kept(ValidationMessage message) {
        String id = message.getMessageId();
        return id == null
                || !(id.equals(I18nConstants.TERMINOLOGY_TX_BINDING_NOSOURCE)
                        || (id.equals(I18nConstants.TERMINOLOGY_TX_VALUESET_NOTFOUND)
                                && message.getMessage().contains("http://hl7.org/fhir/ValueSet/mimetypes")));
    }

    private static void addProfile(
            IWorkerContext worker, List<StructureDefinition> profiles, String url, List<ValidationMessage> unknown) {
        try {
            StructureDefinition profile = worker.fetchResource(StructureDefinition.class, url);
            if (profile != null) {
                profiles.add(profile);
            } else {
                ValidationMessage message = new ValidationMessage();
                message.setMessageId(I18nConstants.VALIDATION_VAL_PROFILE_UNKNOWN);
                message.setLevel(ValidationMessage.IssueSeverity.ERROR);
                message.setMessage("Invalid profile. Failed to retrieve profile with url=" + url);
                unknown.add(message);
            }
        } catch (FHIRException e) {
            // As HAPI's wrapper: a profile that fails to load is skipped.
        }
    }

    /** The {@code meta.profile} values of an XML resource, read as HAPI's wrapper reads them. */
    private static List<String> xmlProfiles(Document document) {
        List<String> urls = new ArrayList<>();
        NodeList children = document.getChildNodes().item(0).getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i).getNodeName().compareToIgnoreCase("meta") == 0) {
                NodeList meta = children.item(i).getChildNodes();
                for (int j = 0; j < meta.getLength(); j++) {
                    if (meta.item(j).getNodeName().compareToIgnoreCase("profile") == 0) {
                        urls.add(meta.item(j).getAttributes().item(0).getNodeValue());
                    }
                }
                break;
            }
        }
        return urls;
    }
}

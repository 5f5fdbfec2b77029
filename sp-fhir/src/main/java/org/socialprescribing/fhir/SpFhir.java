package org.socialprescribing.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import org.hl7.fhir.r4.model.Patient;
import org.socialprescribing.fhir.internal.SdkContext;
import org.socialprescribing.model.InvalidValueException;

/**
 * The SDK's FHIR R4 context and the parsers made from it.
 *
 * <p>A {@code FhirContext} is thread-safe but expensive to create (it scans the whole R4 model), so sp-fhir and
 * sp-fhir-validation use one per process. By default the SDK creates it on first use. A product that already has an
 * R4 context passes it with {@link #useContext(FhirContext)} at start-up, and the SDK then makes no second one. The
 * SDK never hands its context out and never changes a context's settings: the parser settings below are set on each
 * parser.
 *
 * <p>Parsers are cheap and not thread-safe, so {@link #newJsonParser()} and {@link #newXmlParser()} return a new one
 * on every call; use it for one message on one thread and drop it. Their settings keep everything on a round trip:
 *
 * <ul>
 *   <li>versions in references are kept ({@code Patient/1/_history/2} stays as written);
 *   <li>a Bundle entry's {@code fullUrl} never replaces the id of its resource;
 *   <li>unknown elements, invalid primitive values and other content HAPI would otherwise skip with a log line are
 *       errors ({@link StrictErrorHandler}).
 * </ul>
 *
 * Output is compact; call {@link IParser#setPrettyPrint(boolean)} on the returned parser for indented output. To
 * read untrusted input, prefer {@link FhirResourceReader}, which adds size, depth and XML entity protection.
 *
 * <p><b>Warm-up.</b> The first sp-fhir call builds the context and loads HAPI's R4 model classes: expect about a
 * second before the first message (docs/fhir.md, section 1). A server that must answer its first request quickly
 * calls {@link #warmUp()} at start-up.
 */
public final class SpFhir {

    /**
     * The canonical base of every conformance resource the SDK defines: its CodeSystems are under {@code
     * https://fhir.socialprescribing.org/CodeSystem/}, its ValueSets under {@code .../ValueSet/} and its profiles
     * and extensions under {@code .../StructureDefinition/}.
     */
    public static final String CANONICAL_BASE = "https://fhir.socialprescribing.org";

    private SpFhir() {}

    /**
     * Makes sp-fhir and sp-fhir-validation use the caller's R4 context instead of creating their own. Call it once,
     * at start-up, before any other sp-fhir call. The SDK does not change the context's settings. A narrative
     * generator set on it, however, also writes narratives into the resources the SDK encodes.
     *
     * @param context an R4 context ({@code FhirContext.forR4()} or {@code forR4Cached()}), not null
     * @throws InvalidValueException if the context is not for FHIR R4
     * @throws IllegalStateException if the SDK already uses another context (it made its own on an earlier call,
     *     or another one was given)
     * @throws NullPointerException if context is null
     */
    public static void useContext(FhirContext context) {
        SdkContext.use(context);
    }

    /**
     * Builds the context (unless one was given) and parses and writes one small resource, so that the first real
     * message does not pay for loading HAPI's model. The validator has its own, longer warm-up
     * ({@code FhirValidation}).
     */
    public static void warmUp() {
        IParser parser = newJsonParser();
        parser.encodeResourceToString(parser.parseResource(Patient.class, "{\"resourceType\":\"Patient\"}"));
    }

    /**
     * A new JSON parser with the SDK's settings.
     *
     * @return a parser for one thread, never null
     */
    public static IParser newJsonParser() {
        return SdkContext.newJsonParser();
    }

    /**
     * A new XML parser with the SDK's settings.
     *
     * @return a parser for one thread, never null
     */
    public static IParser newXmlParser() {
        return SdkContext.newXmlParser();
    }
}

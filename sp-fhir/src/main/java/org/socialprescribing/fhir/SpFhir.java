package org.socialprescribing.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.ParserOptions;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;

/**
 * The SDK's one FHIR R4 {@link FhirContext} and the parsers made from it.
 *
 * <p>A {@code FhirContext} is thread-safe but expensive to create (it scans the whole R4 model), so the SDK makes
 * exactly one, lazily, on first use, and every sp-fhir class shares it. Parsers are the opposite: cheap, and not
 * thread-safe, so {@link #newJsonParser()} and {@link #newXmlParser()} return a new one on every call; use it for
 * one message on one thread and drop it.
 *
 * <p>Parser settings, chosen so that nothing is lost on a round trip:
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
     * The shared R4 context, created on first call.
     *
     * @return the context, never null; thread-safe
     */
    public static FhirContext context() {
        return Holder.CONTEXT;
    }

    /**
     * A new JSON parser with the SDK's settings.
     *
     * @return a parser for one thread, never null
     */
    public static IParser newJsonParser() {
        return context().newJsonParser().setParserErrorHandler(new StrictErrorHandler());
    }

    /**
     * A new XML parser with the SDK's settings.
     *
     * @return a parser for one thread, never null
     */
    public static IParser newXmlParser() {
        return context().newXmlParser().setParserErrorHandler(new StrictErrorHandler());
    }

    /** Initialisation-on-demand holder: the JVM runs this once, thread-safely, on first access. */
    private static final class Holder {
        static final FhirContext CONTEXT = create();

        private static FhirContext create() {
            FhirContext context = FhirContext.forR4();
            ParserOptions options = context.getParserOptions();
            options.setStripVersionsFromReferences(false);
            options.setOverrideResourceIdWithBundleEntryFullUrl(false);
            return context;
        }
    }
}

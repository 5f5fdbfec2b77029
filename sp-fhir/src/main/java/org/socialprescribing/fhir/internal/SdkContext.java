package org.socialprescribing.fhir.internal;

import static java.util.Objects.requireNonNull;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.FhirVersionEnum;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.model.InvalidValueException;

/**
 * The one R4 {@link FhirContext} every sp-fhir class uses: the caller's, when given before first use, or one the SDK
 * creates on first use. The SDK never changes the context's settings; its parser settings are set on each parser.
 */
public final class SdkContext {

    private static volatile @Nullable FhirContext context;

    private SdkContext() {}

    /**
     * The context, created on first call if none was given.
     *
     * @return the context, never null
     */
    public static FhirContext get() {
        FhirContext current = context;
        if (current == null) {
            synchronized (SdkContext.class) {
                current = context;
                if (current == null) {
                    current = FhirContext.forR4();
                    context = current;
                }
            }
        }
        return current;
    }

    /**
     * Makes the SDK use a caller's context.
     *
     * @param given an R4 context, not null
     * @throws InvalidValueException if the context is not for FHIR R4
     * @throws IllegalStateException if the SDK already uses another context
     */
    public static void use(FhirContext given) {
        requireNonNull(given, "context");
        FhirVersionEnum version = given.getVersion().getVersion();
        if (version != FhirVersionEnum.R4) {
            throw new InvalidValueException("context", version.name(), "must be a FHIR R4 context");
        }
        synchronized (SdkContext.class) {
            if (context != null && context != given) {
                throw new IllegalStateException("the SDK already uses another FhirContext: call SpFhir.useContext "
                        + "once, at start-up, before any other sp-fhir call");
            }
            context = given;
        }
    }

    /**
     * Applies the SDK's parser settings, whatever the context's own parser options say.
     *
     * @param parser a new parser, not null
     * @return the same parser
     */
    public static IParser configure(IParser parser) {
        parser.setStripVersionsFromReferences(false);
        parser.setOverrideResourceIdWithBundleEntryFullUrl(false);
        return parser;
    }

    /**
     * A new strict JSON parser with the SDK's settings.
     *
     * @return a parser for one thread, never null
     */
    public static IParser newJsonParser() {
        return configure(get().newJsonParser()).setParserErrorHandler(new StrictErrorHandler());
    }

    /**
     * A new strict XML parser with the SDK's settings.
     *
     * @return a parser for one thread, never null
     */
    public static IParser newXmlParser() {
        return configure(get().newXmlParser()).setParserErrorHandler(new StrictErrorHandler());
    }
}

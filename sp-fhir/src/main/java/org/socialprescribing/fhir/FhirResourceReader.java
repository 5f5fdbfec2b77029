package org.socialprescribing.fhir;

import static java.util.Objects.requireNonNull;

import ca.uhn.fhir.context.ConfigurationException;
import ca.uhn.fhir.parser.DataFormatException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.socialprescribing.fhir.internal.InputGuard;
import org.socialprescribing.fhir.internal.ResourceParsing;
import org.socialprescribing.fhir.internal.ScannedInput;
import org.socialprescribing.fhir.internal.SdkContext;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.input.InputLimits;

/**
 * Reads one FHIR R4 resource from untrusted JSON or XML, or fails with a {@link FhirFormatException} that says
 * what is wrong and where. The encoding is detected from the first character ('&#123;' or '&lt;'); input must be UTF-8.
 *
 * <p>Before HAPI builds any object, the input is checked against {@link InputLimits} (size and nesting depth) and
 * scanned: an XML DOCTYPE is rejected outright, so no external entity or entity expansion is ever processed; XML
 * must be in the FHIR namespace; a JSON key may not appear twice in an object (HAPI would keep only the last).
 * HAPI then parses strictly: unknown elements and invalid primitive values (an unknown code, an impossible date)
 * are errors, never dropped. Every failure, whatever the parser, becomes a {@code FhirFormatException} with a
 * stable {@link FhirIssueCode}.
 *
 * <pre>{@code
 * Patient patient = FhirResourceReader.standard().parse(json, Patient.class);
 * }</pre>
 *
 * <p>Immutable and thread-safe: one reader may serve every thread.
 */
public final class FhirResourceReader {

    private static final FhirResourceReader DEFAULTS = new FhirResourceReader(InputLimits.defaults());

    private final InputLimits limits;

    private FhirResourceReader(InputLimits limits) {
        this.limits = requireNonNull(limits, "limits");
    }

    /**
     * A reader with the {@linkplain InputLimits#defaults() default limits}: 16 MiB, 128 levels.
     *
     * @return the reader, never null
     */
    public static FhirResourceReader standard() {
        return DEFAULTS;
    }

    /**
     * A reader with the given limits.
     *
     * @param limits the size and depth limits, not null
     * @return the reader, never null
     * @throws NullPointerException if limits is null
     */
    public static FhirResourceReader withLimits(InputLimits limits) {
        return new FhirResourceReader(limits);
    }

    /** @return the limits this reader enforces, never null */
    public InputLimits limits() {
        return limits;
    }

    /**
     * Reads a resource from JSON or XML text.
     *
     * @param <T> the resource type
     * @param content the resource as FHIR JSON or XML, not null
     * @param type the expected resource class, e.g. {@code Patient.class}; an abstract class such as {@code
     *     Resource.class} or {@code IBaseResource.class} accepts any resource of that kind; not null
     * @return the resource, never null
     * @throws FhirFormatException if the content breaks a limit, is not well-formed, holds another resource type or
     *     is not valid FHIR R4
     * @throws InvalidValueException if {@code type} is not an R4 resource class
     * @throws NullPointerException if an argument is null
     */
    public <T extends IBaseResource> T parse(String content, Class<T> type) {
        return read(InputGuard.scan(requireNonNull(content, "content"), limits), type);
    }

    /**
     * Reads a resource from UTF-8 bytes of JSON or XML.
     *
     * @param <T> the resource type
     * @param content the resource as FHIR JSON or XML in UTF-8, not null
     * @param type the expected resource class, as for {@link #parse(String, Class)}; not null
     * @return the resource, never null
     * @throws FhirFormatException if the content is not UTF-8, breaks a limit, is not well-formed, holds another
     *     resource type or is not valid FHIR R4
     * @throws InvalidValueException if {@code type} is not an R4 resource class
     * @throws NullPointerException if an argument is null
     */
    public <T extends IBaseResource> T read(byte[] content, Class<T> type) {
        return read(InputGuard.scan(requireNonNull(content, "content"), limits), type);
    }

    /**
     * Reads a resource from a stream of UTF-8 JSON or XML. Reads to the end of the stream, but never more than the
     * byte limit plus one byte; does not close it.
     *
     * @param <T> the resource type
     * @param content the resource as FHIR JSON or XML in UTF-8, not null
     * @param type the expected resource class, as for {@link #parse(String, Class)}; not null
     * @return the resource, never null
     * @throws FhirFormatException if the content is not UTF-8, breaks a limit, is not well-formed, holds another
     *     resource type or is not valid FHIR R4
     * @throws InvalidValueException if {@code type} is not an R4 resource class
     * @throws UncheckedIOException if the stream cannot be read
     * @throws NullPointerException if an argument is null
     */
    public <T extends IBaseResource> T read(InputStream content, Class<T> type) {
        return read(InputGuard.scan(requireNonNull(content, "content"), limits), type);
    }

    private static <T extends IBaseResource> T read(ScannedInput input, Class<T> type) {
        requireNonNull(type, "type");
        boolean concrete = !type.isInterface() && !Modifier.isAbstract(type.getModifiers());
        if (concrete) {
            String expected = resourceTypeOf(type);
            if (!expected.equals(input.resourceType())) {
                throw new FhirFormatException(
                        FhirIssueCode.WRONG_RESOURCE_TYPE,
                        "resourceType",
                        input.resourceType(),
                        "must be " + expected,
                        null);
            }
        }
        IBaseResource resource = ResourceParsing.parse(input, concrete ? type : null);
        if (!type.isInstance(resource)) {
            throw new FhirFormatException(
                    FhirIssueCode.WRONG_RESOURCE_TYPE,
                    "resourceType",
                    input.resourceType(),
                    "must be a " + type.getSimpleName(),
                    null);
        }
        return type.cast(resource);
    }

    private static String resourceTypeOf(Class<? extends IBaseResource> type) {
        try {
            return SdkContext.get().getResourceType(type);
        } catch (ConfigurationException | DataFormatException e) {
            // What HAPI throws for a class that is not an R4 resource (another FHIR version, an abstract type).
            throw new InvalidValueException("type", type.getName(), "is not a FHIR R4 resource class", e);
        }
    }
}

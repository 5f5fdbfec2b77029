package org.socialprescribing.fhir.internal;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.socialprescribing.fhir.FhirFormatException;
import org.socialprescribing.fhir.FhirIssueCode;
import org.socialprescribing.model.input.BoundedInput;
import org.socialprescribing.model.input.InputLimit;
import org.socialprescribing.model.input.InputLimitException;
import org.socialprescribing.model.input.InputLimits;

/**
 * The checks every piece of FHIR input passes before HAPI sees it: size, UTF-8, format, the nesting limit, no XML
 * DOCTYPE and no duplicate JSON keys, and a root resource type FHIR R4 defines. XML gets a streaming scan that
 * builds no objects; JSON is read once, with these checks, into the structure HAPI's JSON parser walks ({@link
 * CompactJson}), in place of the tree HAPI would otherwise build itself. This is what makes HAPI's parse safe: its XML parser never gets a document with a DTD, and neither
 * parser gets input deep enough to overflow the stack.
 */
public final class InputGuard {

    private InputGuard() {}

    /**
     * Reads a stream to its end, but no further than the byte limit allows, and scans it. The stream is not closed.
     *
     * @param in the input, not null
     * @param limits the limits, not null
     * @return the scanned input, never null
     * @throws FhirFormatException if the input breaks a limit or is not well-formed FHIR JSON or XML
     * @throws UncheckedIOException if the stream cannot be read
     */
    public static ScannedInput scan(InputStream in, InputLimits limits) {
        byte[] bytes;
        try {
            bytes = BoundedInput.readAllBytes(in, limits);
        } catch (InputLimitException e) {
            throw overLimit(e, "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return scan(bytes, limits);
    }

    /**
     * Decodes bytes as UTF-8 and scans them.
     *
     * @param bytes the input, not null
     * @param limits the limits, not null
     * @return the scanned input, never null
     * @throws FhirFormatException if the input breaks a limit, is not UTF-8 or is not well-formed FHIR JSON or XML
     */
    public static ScannedInput scan(byte[] bytes, InputLimits limits) {
        if (bytes.length > limits.maxBytes()) {
            throw overLimit(limits.broken(InputLimit.BYTES, "input"), "");
        }
        return scanText(decodeUtf8(bytes), limits, true);
    }

    /**
     * Scans text.
     *
     * @param text the input, not null
     * @param limits the limits, not null
     * @return the scanned input, never null
     * @throws FhirFormatException if the input breaks a limit or is not well-formed FHIR JSON or XML
     */
    public static ScannedInput scan(String text, InputLimits limits) {
        return scan(text, limits, true);
    }

    /**
     * Checks text as {@link #scan(String, InputLimits)} does, for a caller that hands the text to something other
     * than HAPI's parser (the validator reads it itself): JSON gets the streaming check alone, and the result
     * carries no {@link ScannedInput#json() structure}.
     *
     * @param text the input, not null
     * @param limits the limits, not null
     * @return the checked input, never null
     * @throws FhirFormatException if the input breaks a limit or is not well-formed FHIR JSON or XML
     */
    public static ScannedInput check(String text, InputLimits limits) {
        return scan(text, limits, false);
    }

    /**
     * The error for input beyond one of the input limits: {@code fhir.input.too-deep} for the nesting limit,
     * {@code fhir.input.too-large} for any other, with the limit's own rule.
     *
     * @param broken the limit broken, not null
     * @param location the FHIRPath where it was found, empty for the input as a whole, not null
     * @return the exception, never null
     */
    public static FhirFormatException overLimit(InputLimitException broken, String location) {
        return new FhirFormatException(
                broken.limit() == InputLimit.DEPTH ? FhirIssueCode.INPUT_TOO_DEEP : FhirIssueCode.INPUT_TOO_LARGE,
                location,
                null,
                broken.rule(),
                broken);
    }

    static FhirFormatException overLimit(InputLimitException broken) {
        return overLimit(broken, broken.field());
    }

    private static ScannedInput scan(String text, InputLimits limits, boolean forParsing) {
        try {
            BoundedInput.checkText(text, limits);
        } catch (InputLimitException e) {
            throw overLimit(e, "");
        }
        return scanText(text, limits, forParsing);
    }

    private static ScannedInput scanText(String input, InputLimits limits, boolean forParsing) {
        String text = input.startsWith("\uFEFF") ? input.substring(1) : input;
        Encoding encoding = detect(text);
        CompactJson json = null;
        String resourceType;
        int resources = 1;
        if (encoding == Encoding.JSON && forParsing) {
            json = JsonScanner.read(text, limits);
            resourceType = requireNonNull(json.resourceType());
        } else {
            XmlScanner.Scan scan =
                    encoding == Encoding.JSON ? JsonScanner.scan(text, limits) : XmlScanner.scan(text, limits);
            resourceType = scan.resourceType();
            resources = scan.resources();
        }
        if (!SdkContext.get().getResourceTypes().contains(resourceType)) {
            throw new FhirFormatException(
                    FhirIssueCode.WRONG_RESOURCE_TYPE,
                    "resourceType",
                    resourceType,
                    "is not a resource type of FHIR R4",
                    null);
        }
        return new ScannedInput(text, encoding, resourceType, json, resources);
    }

    private static Encoding detect(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') {
                return Encoding.JSON;
            }
            if (c == '<') {
                return Encoding.XML;
            }
            if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
                break;
            }
        }
        throw new FhirFormatException(
                FhirIssueCode.INPUT_UNKNOWN_FORMAT,
                "",
                null,
                text.isBlank()
                        ? "is empty"
                        : "is neither FHIR JSON (starting with '{') nor FHIR XML (starting with '<')",
                null);
    }

    private static String decodeUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new FhirFormatException(
                    FhirIssueCode.INPUT_NOT_UTF8,
                    "",
                    null,
                    "is not UTF-8 (at byte offset " + in.position() + ")",
                    null);
        }
        decoder.flush(out);
        return out.flip().toString();
    }
}

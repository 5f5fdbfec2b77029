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
import org.socialprescribing.fhir.InputLimits;
import org.socialprescribing.fhir.SpFhir;

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
            // One byte more than allowed tells "exactly at the limit" from "over it" without reading everything.
            bytes = in.readNBytes((int) Math.min(limits.maxBytes() + 1, Integer.MAX_VALUE - 8));
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
            throw tooLarge(limits);
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

    private static ScannedInput scan(String text, InputLimits limits, boolean forParsing) {
        if (!fitsInUtf8(text, limits.maxBytes())) {
            throw tooLarge(limits);
        }
        return scanText(text, limits, forParsing);
    }

    private static ScannedInput scanText(String input, InputLimits limits, boolean forParsing) {
        String text = input.startsWith("\uFEFF") ? input.substring(1) : input;
        Encoding encoding = detect(text);
        CompactJson json = null;
        String resourceType;
        if (encoding == Encoding.JSON && forParsing) {
            json = JsonScanner.read(text, limits.maxDepth());
            resourceType = requireNonNull(json.resourceType());
        } else if (encoding == Encoding.JSON) {
            resourceType = JsonScanner.scan(text, limits.maxDepth());
        } else {
            resourceType = XmlScanner.scan(text, limits.maxDepth());
        }
        if (!SpFhir.context().getResourceTypes().contains(resourceType)) {
            throw new FhirFormatException(
                    FhirIssueCode.WRONG_RESOURCE_TYPE,
                    "resourceType",
                    "is not a resource type of FHIR R4",
                    resourceType,
                    null);
        }
        return new ScannedInput(text, encoding, resourceType, json);
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
                text.isBlank()
                        ? "is empty"
                        : "is neither FHIR JSON (starting with '{') nor FHIR XML (starting with '<')",
                null,
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
                    "is not UTF-8 (at byte offset " + in.position() + ")",
                    null,
                    null);
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    /** Whether the text's UTF-8 encoding takes at most {@code max} bytes, counted without encoding it. */
    private static boolean fitsInUtf8(String text, long max) {
        if (text.length() > max) {
            return false;
        }
        if (3L * text.length() <= max) {
            return true; // No char takes more than 3 bytes (a surrogate pair: 4 bytes for 2 chars).
        }
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // A surrogate pair (4 bytes) is two chars of 2 bytes each; a lone surrogate is replaced by '?' (1 byte).
            bytes += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
            if (bytes > max) {
                return false;
            }
        }
        return true;
    }

    private static FhirFormatException tooLarge(InputLimits limits) {
        return new FhirFormatException(
                FhirIssueCode.INPUT_TOO_LARGE, "", "is larger than " + limits.maxBytes() + " bytes", null, null);
    }
}

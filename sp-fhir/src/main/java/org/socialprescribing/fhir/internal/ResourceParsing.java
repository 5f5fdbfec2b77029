package org.socialprescribing.fhir.internal;

import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.JsonParser;
import ca.uhn.fhir.parser.json.JsonLikeStructure;
import java.util.Optional;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.fhir.FhirFormatException;
import org.socialprescribing.fhir.FhirIssueCode;
import org.socialprescribing.model.PersonalData;

/**
 * HAPI's parse of input that passed {@link InputGuard}, with every failure turned into a {@link
 * FhirFormatException} that names the element by its FHIRPath.
 */
public final class ResourceParsing {

    private ResourceParsing() {}

    /**
     * Parses scanned input into a resource.
     *
     * @param input input that passed the guard, not null
     * @param type the concrete resource class to parse into, or null for whatever type the input holds
     * @return the resource, never null
     * @throws FhirFormatException if HAPI cannot build a valid resource from the input
     */
    public static IBaseResource parse(ScannedInput input, @Nullable Class<? extends IBaseResource> type) {
        ParseProblemRecorder recorder = new ParseProblemRecorder();
        try {
            JsonLikeStructure json = input.json();
            if (json != null) {
                // The guard has read the JSON already: HAPI builds the resource from that structure. This is the
                // step HAPI's parseResource(String) takes after reading the text, without the one after it that lets
                // a Bundle entry's fullUrl replace the id of its resource (the SDK keeps ids as written).
                JsonParser parser =
                        (JsonParser) SdkContext.configure(SdkContext.get().newJsonParser());
                parser.setParserErrorHandler(recorder);
                return parser.doParseResource(type, json);
            }
            IParser parser =
                    SdkContext.configure(SdkContext.get().newXmlParser()).setParserErrorHandler(recorder);
            return type == null ? parser.parseResource(input.text()) : parser.parseResource(type, input.text());
        } catch (DataFormatException e) {
            throw recorder.first()
                    .map(problem -> fromProblem(input, problem, e))
                    .orElseGet(() -> fromHapi(input, e));
        } catch (RuntimeException e) {
            throw new FhirFormatException(
                    FhirIssueCode.INVALID_STRUCTURE,
                    input.resourceType(),
                    null,
                    "could not be read by HAPI's parser",
                    e);
        } catch (StackOverflowError e) {
            // Not expected below the guard's depth limit; kept so that no input can end a thread.
            throw new FhirFormatException(
                    FhirIssueCode.INPUT_TOO_DEEP,
                    input.resourceType(),
                    null,
                    "nests too deeply for HAPI's parser",
                    null);
        }
    }

    private static FhirFormatException fromProblem(
            ScannedInput input, ParseProblemRecorder.Problem problem, DataFormatException cause) {
        String element = problem.element();
        String attribute = problem.attribute();
        String location = element != null
                ? locate(input, element, problem.value()).orElse(input.resourceType() + "." + element)
                : attribute != null && input.encoding() == Encoding.XML
                        ? XmlScanner.locateAttribute(input.text(), attribute).orElse(input.resourceType())
                        : input.resourceType();
        return new FhirFormatException(problem.code(), location, problem.value(), problem.rule(), cause);
    }

    private static Optional<String> locate(ScannedInput input, String element, @Nullable String value) {
        return input.encoding() == Encoding.JSON
                ? JsonScanner.locate(input.text(), input.resourceType(), element, value)
                : XmlScanner.locate(input.text(), element, value);
    }

    private static FhirFormatException fromHapi(ScannedInput input, DataFormatException e) {
        // Masked before the cut, so that none is left half shown.
        String message = PersonalData.mask(String.valueOf(e.getMessage()))
                .lines()
                .findFirst()
                .orElse("");
        // HAPI-1755 quotes the narrative, which may hold a person's details.
        String rule = message.contains("HAPI-1755")
                ? "has a narrative that is not well-formed XHTML"
                : "is not valid FHIR R4: " + (message.length() <= 200 ? message : message.substring(0, 200) + "...");
        return new FhirFormatException(FhirIssueCode.INVALID_STRUCTURE, input.resourceType(), null, rule, e);
    }
}

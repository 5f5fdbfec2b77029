package org.socialprescribing.fhir.internal;

import ca.uhn.fhir.parser.StrictErrorHandler;
import ca.uhn.fhir.parser.json.BaseJsonLikeValue;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.fhir.FhirIssueCode;

/**
 * HAPI's strict error handler, plus a note of the first problem it raised. HAPI's exception names only the
 * element, in a message meant for people; the note keeps the element, the value and the kind of problem apart, so
 * that the SDK can locate the element and raise its own documented exception. One recorder per parse.
 */
public final class ParseProblemRecorder extends StrictErrorHandler {

    /**
     * A Java exception's class name as its text starts, e.g. {@code java.lang.NumberFormatException: } (package names
     * may hold digits, as {@code org.hl7.fhir}); sp-gp's {@code GpConnectImport} drops the same from HAPI's messages.
     */
    private static final Pattern JAVA_EXCEPTION =
            Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z]\\w*(?:Exception|Error): ?");

    /**
     * A problem HAPI's parser raised.
     *
     * @param code the SDK's code for it
     * @param element the element HAPI named, if it named one
     * @param value the rejected primitive value, for invalid values
     * @param attribute the unknown XML attribute, for unknown attributes
     * @param rule what is wrong, in words
     */
    public record Problem(
            FhirIssueCode code,
            @Nullable String element,
            @Nullable String value,
            @Nullable String attribute,
            String rule) {

        Problem(FhirIssueCode code, @Nullable String element, @Nullable String value, String rule) {
            this(code, element, value, null, rule);
        }
    }

    private @Nullable Problem first;

    /** @return the first problem that made HAPI stop, if any */
    public Optional<Problem> first() {
        return Optional.ofNullable(first);
    }

    @Override
    public void containedResourceWithNoId(@Nullable IParseLocation location) {
        report(
                new Problem(FhirIssueCode.INVALID_STRUCTURE, "contained", null, "has a resource without an id"),
                () -> super.containedResourceWithNoId(location));
    }

    @Override
    public void incorrectJsonType(
            @Nullable IParseLocation location,
            String elementName,
            BaseJsonLikeValue.ValueType expected,
            BaseJsonLikeValue.@Nullable ScalarType expectedScalar,
            BaseJsonLikeValue.ValueType found,
            BaseJsonLikeValue.@Nullable ScalarType foundScalar) {
        String rule =
                "must be a JSON " + describe(expected, expectedScalar) + ", not a " + describe(found, foundScalar);
        report(
                new Problem(FhirIssueCode.INVALID_STRUCTURE, elementName, null, rule),
                () -> super.incorrectJsonType(location, elementName, expected, expectedScalar, found, foundScalar));
    }

    @Override
    public void invalidValue(@Nullable IParseLocation location, String value, String error) {
        String element = location == null ? null : location.getParentElementName();
        report(
                new Problem(FhirIssueCode.INVALID_VALUE, element, value, "is not a valid value: " + plain(error)),
                () -> super.invalidValue(location, value, error));
    }

    @Override
    public void missingRequiredElement(@Nullable IParseLocation location, String elementName) {
        report(
                new Problem(FhirIssueCode.INVALID_STRUCTURE, elementName, null, "is missing"),
                () -> super.missingRequiredElement(location, elementName));
    }

    @Override
    public void unexpectedRepeatingElement(@Nullable IParseLocation location, String elementName) {
        report(
                new Problem(FhirIssueCode.INVALID_STRUCTURE, elementName, null, "must not repeat"),
                () -> super.unexpectedRepeatingElement(location, elementName));
    }

    @Override
    public void unknownAttribute(@Nullable IParseLocation location, String attributeName) {
        String rule = "has an attribute '" + attributeName + "' that FHIR R4 does not define";
        String element = location == null ? null : location.getParentElementName();
        report(
                new Problem(FhirIssueCode.UNKNOWN_ELEMENT, element, null, attributeName, rule),
                () -> super.unknownAttribute(location, attributeName));
    }

    @Override
    public void unknownElement(@Nullable IParseLocation location, String elementName) {
        report(
                new Problem(FhirIssueCode.UNKNOWN_ELEMENT, elementName, null, "is not an element FHIR R4 defines here"),
                () -> super.unknownElement(location, elementName));
    }

    @Override
    public void unknownReference(@Nullable IParseLocation location, String reference) {
        report(
                new Problem(FhirIssueCode.INVALID_STRUCTURE, null, null, "has a reference that cannot be resolved"),
                () -> super.unknownReference(location, reference));
    }

    @Override
    public void invalidInternalReference(@Nullable IParseLocation location, String reference) {
        report(
                new Problem(FhirIssueCode.INVALID_STRUCTURE, null, null, "has an invalid internal reference"),
                () -> super.invalidInternalReference(location, reference));
    }

    @Override
    public void extensionContainsValueAndNestedExtensions(@Nullable IParseLocation location) {
        report(
                new Problem(
                        FhirIssueCode.INVALID_STRUCTURE,
                        "extension",
                        null,
                        "has an extension with both a value and nested extensions"),
                () -> super.extensionContainsValueAndNestedExtensions(location));
    }

    /** Notes the problem, lets the strict handler decide; forgets the note if it did not throw after all. */
    private void report(Problem problem, Runnable strictHandler) {
        Problem before = first;
        if (first == null) {
            first = problem;
        }
        strictHandler.run();
        first = before;
    }

    private static String describe(BaseJsonLikeValue.ValueType type, BaseJsonLikeValue.@Nullable ScalarType scalar) {
        return (scalar == null ? type.name() : scalar.name()).toLowerCase(Locale.ROOT);
    }

    /**
     * HAPI sometimes passes a Java exception's text ("java.lang.NumberFormatException: ..."), at the start or after its
     * own words: a user's message names no Java class, so the class is dropped wherever it stands.
     */
    static String plain(String error) {
        return JAVA_EXCEPTION.matcher(error).replaceAll("");
    }
}

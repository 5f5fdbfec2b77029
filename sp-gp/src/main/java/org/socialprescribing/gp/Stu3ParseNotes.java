package org.socialprescribing.gp;

import ca.uhn.fhir.parser.LenientErrorHandler;
import ca.uhn.fhir.parser.json.BaseJsonLikeValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.model.ValidationIssue;

/**
 * HAPI's lenient STU3 parse, with a note of every piece of content it leaves out: GP Connect records are read as
 * leniently as HAPI allows (an unknown element does not lose the record), and what is left out is said, never
 * dropped silently. The notes quote element names, never values (a value may be personal data). One per parse.
 */
final class Stu3ParseNotes extends LenientErrorHandler {

    private static final String PATH = "Bundle";

    private final List<ValidationIssue> notes = new ArrayList<>();

    Stu3ParseNotes() {
        super(false);
    }

    /** @return the notes, in parse order */
    List<ValidationIssue> notes() {
        return List.copyOf(notes);
    }

    private void note(@Nullable IParseLocation location, String what) {
        String parent = location == null ? null : location.getParentElementName();
        notes.add(ValidationIssue.of(
                GpIssueCode.CONNECT_CONTENT_DROPPED,
                PATH,
                "the STU3 parser left out " + what + (parent == null ? "" : " (in '" + parent + "')")));
    }

    @Override
    public void incorrectJsonType(
            @Nullable IParseLocation location,
            String elementName,
            BaseJsonLikeValue.ValueType expected,
            BaseJsonLikeValue.@Nullable ScalarType expectedScalar,
            BaseJsonLikeValue.ValueType found,
            BaseJsonLikeValue.@Nullable ScalarType foundScalar) {
        note(
                location,
                "element '" + elementName + "': a JSON " + found.name().toLowerCase(Locale.ROOT) + " where a "
                        + expected.name().toLowerCase(Locale.ROOT) + " belongs");
        super.incorrectJsonType(location, elementName, expected, expectedScalar, found, foundScalar);
    }

    @Override
    public void invalidValue(@Nullable IParseLocation location, String value, String error) {
        note(location, "a value that is not valid for its type");
        super.invalidValue(location, value, error);
    }

    @Override
    public void unexpectedRepeatingElement(@Nullable IParseLocation location, String elementName) {
        note(location, "the repeats of element '" + elementName + "', which does not repeat");
        super.unexpectedRepeatingElement(location, elementName);
    }

    @Override
    public void unknownAttribute(@Nullable IParseLocation location, String attributeName) {
        note(location, "attribute '" + attributeName + "', which STU3 does not define");
        super.unknownAttribute(location, attributeName);
    }

    @Override
    public void unknownElement(@Nullable IParseLocation location, String elementName) {
        note(location, "element '" + elementName + "', which STU3 does not define there");
        super.unknownElement(location, elementName);
    }

    @Override
    public void extensionContainsValueAndNestedExtensions(@Nullable IParseLocation location) {
        note(location, "an extension with both a value and nested extensions");
        super.extensionContainsValueAndNestedExtensions(location);
    }
}

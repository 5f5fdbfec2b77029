package org.socialprescribing.model.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.model.InvalidIdentifierException;
import org.socialprescribing.model.IssueCode;
import org.socialprescribing.model.ModelIssueCode;
import org.socialprescribing.model.SpException;

/**
 * Turns a Jackson exception into one {@link InvalidJsonException} with a JSONPath and a rule in words. Jackson's
 * own messages are not reused, because they can quote the offending text (a name, an NHS number); the rules here
 * quote only what the SDK's own exceptions already show (masked).
 */
final class JsonErrors {

    private JsonErrors() {}

    static InvalidJsonException translate(JsonProcessingException e) {
        if (e instanceof JsonMappingException) {
            return fromMapping((JsonMappingException) e);
        }
        return parseError(parserPath(e), e, e);
    }

    private static InvalidJsonException parseError(String path, JsonProcessingException parse, Throwable cause) {
        String message = String.valueOf(parse.getOriginalMessage());
        return message.startsWith("Duplicate field")
                ? new InvalidJsonException(
                        ModelIssueCode.JSON_DUPLICATE_PROPERTY,
                        path,
                        null,
                        "repeats the property " + message.substring("Duplicate field ".length()),
                        cause)
                : new InvalidJsonException(
                        ModelIssueCode.JSON_MALFORMED,
                        path,
                        null,
                        "is not well-formed JSON" + at(parse.getLocation()),
                        cause);
    }

    private static InvalidJsonException fromMapping(JsonMappingException e) {
        String path = SpJson.pathOf(e);
        Throwable cause = e.getCause();
        if (cause instanceof SpException) {
            SpException sdk = (SpException) cause;
            IssueCode code = cause instanceof InvalidIdentifierException
                    ? ((InvalidIdentifierException) cause).code()
                    : ModelIssueCode.JSON_INVALID_VALUE;
            return new InvalidJsonException(code, path, sdk.value().orElse(null), sdk.field() + ": " + sdk.rule(), e);
        }
        if (cause instanceof JsonProcessingException && !(cause instanceof JsonMappingException)) {
            return parseError(path, (JsonProcessingException) cause, e);
        }
        if (e instanceof ValueInstantiationException) {
            return instantiation(path, cause, e);
        }
        if (e instanceof UnrecognizedPropertyException) {
            return new InvalidJsonException(
                    ModelIssueCode.JSON_UNKNOWN_PROPERTY,
                    path,
                    null,
                    "is not a property of " + simpleName(((UnrecognizedPropertyException) e).getReferringClass()),
                    e);
        }
        if (e instanceof InvalidFormatException) {
            return new InvalidJsonException(
                    ModelIssueCode.JSON_INVALID_FORMAT,
                    path,
                    null,
                    "is not a valid " + simpleName(((InvalidFormatException) e).getTargetType()),
                    e);
        }
        if (e instanceof MismatchedInputException) {
            return mismatch(path, (MismatchedInputException) e);
        }
        return new InvalidJsonException(
                ModelIssueCode.JSON_WRONG_TYPE, path, null, "cannot be read" + at(e.getLocation()), e);
    }

    private static InvalidJsonException mismatch(String path, MismatchedInputException e) {
        String message = String.valueOf(e.getOriginalMessage());
        if (message.startsWith("No content to map")) {
            return new InvalidJsonException(ModelIssueCode.JSON_EMPTY, path, null, "is empty", e);
        }
        if (message.startsWith("Trailing token")) {
            return new InvalidJsonException(
                    ModelIssueCode.JSON_TRAILING_CONTENT, path, null, "has content after the JSON value", e);
        }
        return new InvalidJsonException(
                ModelIssueCode.JSON_WRONG_TYPE,
                path,
                null,
                "has the wrong JSON type for " + simpleName(e.getTargetType()) + at(e.getLocation()),
                e);
    }

    /**
     * A value that could not be built: Immutables names the attributes a strict builder was not given (a property
     * the type cannot be built without), and null checks name the attribute.
     */
    private static InvalidJsonException instantiation(String path, @Nullable Throwable cause, Throwable e) {
        if (cause instanceof IllegalStateException
                && String.valueOf(cause.getMessage()).contains("required attributes are not set")) {
            return new InvalidJsonException(
                    ModelIssueCode.JSON_MISSING_PROPERTY, path, null, "cannot be built: " + describe(cause), e);
        }
        return new InvalidJsonException(
                ModelIssueCode.JSON_INVALID_VALUE, path, null, "cannot be built: " + describe(cause), e);
    }

    /** Why a value could not be built: Immutables names missing attributes; null checks name the attribute. */
    private static String describe(@Nullable Throwable cause) {
        if (cause instanceof NullPointerException) {
            return "a value is null: " + cause.getMessage();
        }
        return cause == null || cause.getMessage() == null ? "invalid value" : cause.getMessage();
    }

    private static String simpleName(@Nullable Class<?> type) {
        if (type == null) {
            return "value";
        }
        // Immutables reads JSON through a nested ImmutableX.Json class; name the SDK type X instead.
        Class<?> named =
                type.getEnclosingClass() != null && type.getSimpleName().equals("Json")
                        ? type.getEnclosingClass()
                        : type;
        String name = named.getSimpleName();
        return name.startsWith("Immutable") ? name.substring("Immutable".length()) : name;
    }

    private static String at(@Nullable JsonLocation location) {
        return location == null || location.getLineNr() < 0
                ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    /** The JSONPath the parser had reached, for errors found before any value was mapped. */
    private static String parserPath(JsonProcessingException e) {
        Object processor = e.getProcessor();
        if (!(processor instanceof JsonParser)) {
            return "$";
        }
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext context = ((JsonParser) processor).getParsingContext();
                context != null && !context.inRoot();
                context = context.getParent()) {
            String segment = context.inArray()
                    ? "[" + Math.max(context.getCurrentIndex(), 0) + "]"
                    : context.getCurrentName() == null ? "" : "." + context.getCurrentName();
            path.insert(0, segment);
        }
        return "$" + path;
    }
}

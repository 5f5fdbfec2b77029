package org.socialprescribing.openreferral;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.model.PersonalData;
import org.socialprescribing.model.input.BoundedJson;
import org.socialprescribing.model.input.InputLimitException;
import org.socialprescribing.model.input.InputLimits;

/**
 * Where a read is in the document: the JSON path from the root to the value being read, so that every error
 * can name it. One context per read; not thread-safe.
 */
final class ReadContext {

    /** One JSON value read from a parser that stands on the value's first token. */
    interface ValueReader<V> {
        V read(JsonParser parser, ReadContext context) throws IOException;
    }

    /** Opens a parser on the input. */
    @FunctionalInterface
    interface ParserSource {
        JsonParser open() throws IOException;
    }

    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final int MAX_NAME_SHOWN = 40;

    /** Property names (String) and array indexes (Integer), root first. */
    private final Deque<Object> steps = new ArrayDeque<>();

    void enter(String property) {
        steps.addLast(property);
    }

    void enter(int index) {
        steps.addLast(index);
    }

    void leave() {
        steps.removeLast();
    }

    /**
     * Reads a whole document from text or bytes, which cannot fail for any reason but their content.
     *
     * @throws OrukFormatException if the input breaks a limit or is not one valid JSON value for the reader
     */
    static <V> V readDocument(ParserSource source, InputLimits limits, ValueReader<V> reader) {
        ReadContext context = new ReadContext();
        try (JsonParser parser = source.open()) {
            return context.readWhole(parser, reader);
        } catch (InputLimitException e) {
            throw context.overLimit(e);
        } catch (IOException e) {
            throw context.malformed(e, limits);
        } catch (NumberFormatException | ArithmeticException e) {
            throw context.unreadableNumber(e);
        }
    }

    /**
     * Reads a whole document from a stream, to its end (but no further than the byte limit), without closing it.
     *
     * @throws OrukFormatException if the input breaks a limit or is not one valid JSON value for the reader
     * @throws IOException if the stream cannot be read
     */
    static <V> V readDocument(InputStream json, InputLimits limits, ValueReader<V> reader) throws IOException {
        ReadContext context = new ReadContext();
        try (JsonParser parser = BoundedJson.parser(limits, json)) {
            parser.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
            return context.readWhole(parser, reader);
        } catch (InputLimitException e) {
            throw context.overLimit(e);
        } catch (JsonProcessingException | CharConversionException e) {
            throw context.malformed(e, limits);
        } catch (NumberFormatException | ArithmeticException e) {
            throw context.unreadableNumber(e);
        }
    }

    /** Reads exactly one JSON value and checks that nothing follows it. */
    private <V> V readWhole(JsonParser parser, ValueReader<V> reader) throws IOException {
        if (parser.nextToken() == null) {
            throw error("must be a JSON value, but the input is empty");
        }
        V value = reader.read(parser, this);
        if (parser.nextToken() != null) {
            throw error("must be followed by nothing, but more JSON follows");
        }
        return value;
    }

    /** @return an error at the current path */
    OrukFormatException error(String rule) {
        return new OrukFormatException(path(), null, rule, null);
    }

    /** @return an error at the current path that quotes a value that may be shown */
    OrukFormatException error(String rule, String shownValue) {
        return new OrukFormatException(path(), shownValue, rule, null);
    }

    /** @return an error saying that the value at the current path has the wrong JSON type */
    OrukFormatException wrongType(String expected, @Nullable JsonToken found) {
        return error("must be " + expected + ", but is " + describe(found));
    }

    /** @return an error for a number too large or too precise to read, at the current path */
    private OrukFormatException unreadableNumber(RuntimeException cause) {
        return new OrukFormatException(path(), null, "holds a number that cannot be read", null);
    }

    /** @return an error for input beyond one of the input limits, at the path reached when it was found */
    private OrukFormatException overLimit(InputLimitException cause) {
        return new OrukFormatException(path(), null, cause.rule(), null);
    }

    /**
     * @return an error for input the parser rejected (malformed JSON, bad character encoding, a parser limit), at
     *     the path reached when it stopped
     */
    private OrukFormatException malformed(IOException cause, InputLimits limits) {
        Optional<InputLimitException> limit = BoundedJson.breach(cause, limits);
        if (limit.isPresent()) {
            return overLimit(limit.get());
        }
        String rule;
        if (cause instanceof JsonEOFException || messageOf(cause).startsWith("Unexpected end-of-input")) {
            rule = "is cut off: the input ends before the JSON is complete";
        } else if (messageOf(cause).startsWith("Duplicate field")) {
            rule = "has the same property twice";
        } else if (cause instanceof JsonProcessingException) {
            rule = "is not well-formed JSON";
        } else {
            rule = "is not JSON in a Unicode encoding";
        }
        // The parser's own message may quote the input, which may be personal: only the position is passed on,
        // and the parser's exception is not kept as the cause.
        if (cause instanceof JsonProcessingException) {
            JsonLocation location = ((JsonProcessingException) cause).getLocation();
            if (location != null && location.getLineNr() > 0) {
                rule += " at line " + location.getLineNr() + ", column " + location.getColumnNr();
            }
        }
        return new OrukFormatException(path(), null, rule, null);
    }

    /** The parser's message without the location it appends (which may quote the input). */
    private static String messageOf(IOException cause) {
        String message = cause instanceof JsonProcessingException
                ? ((JsonProcessingException) cause).getOriginalMessage()
                : cause.getMessage();
        return message == null ? "" : message;
    }

    /** @return the current JSON path, e.g. {@code $.contents[3].location.latitude} */
    String path() {
        StringBuilder path = new StringBuilder("$");
        for (Object step : steps) {
            if (step instanceof Integer) {
                path.append('[').append(step).append(']');
            } else {
                appendName(path, (String) step);
            }
        }
        return path.toString();
    }

    private static void appendName(StringBuilder path, String name) {
        if (PLAIN_NAME.matcher(name).matches() && name.length() <= MAX_NAME_SHOWN) {
            path.append('.').append(name);
            return;
        }
        String masked = PersonalData.mask(name); // before the cut, so that no NHS number is left half shown
        String shown = masked.length() <= MAX_NAME_SHOWN ? masked : masked.substring(0, MAX_NAME_SHOWN) + "...";
        shown = shown.replaceAll("\\p{Cntrl}", "?").replace("\\", "\\\\").replace("'", "\\'");
        path.append("['").append(shown).append("']");
    }

    private static String describe(@Nullable JsonToken token) {
        if (token == null) {
            return "missing";
        }
        switch (token) {
            case START_OBJECT:
                return "an object";
            case START_ARRAY:
                return "an array";
            case VALUE_STRING:
                return "a string";
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return "a number";
            case VALUE_TRUE:
            case VALUE_FALSE:
                return "a boolean";
            case VALUE_NULL:
                return "null";
            default:
                return "not a value";
        }
    }
}

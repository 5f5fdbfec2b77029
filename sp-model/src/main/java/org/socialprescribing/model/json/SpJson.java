package org.socialprescribing.model.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.model.ModelIssueCode;
import org.socialprescribing.model.Severity;
import org.socialprescribing.model.episode.SocialPrescribingEpisode;
import org.socialprescribing.model.input.BoundedJson;
import org.socialprescribing.model.input.InputLimitException;
import org.socialprescribing.model.input.InputLimits;
import org.socialprescribing.model.measure.OutcomeMeasurement;
import org.socialprescribing.model.measure.Rescorer;

/**
 * The SDK's JSON format, on Jackson. Dates and times are ISO-8601 strings ({@code 2025-03-03},
 * {@code 2025-03-03T09:30:00Z}), identifiers are strings, enums are their lower-case codes, absent optional values
 * are left out and empty lists are written as {@code []}. Reading is strict: unknown properties, duplicate keys,
 * trailing content, {@code null} for a number or boolean, and a fraction where a whole number is expected are
 * errors, so nothing is silently dropped or changed. Dates and times must be ISO-8601 strings in the years 0001 to
 * 9999: a number is refused, never turned into a date.
 *
 * <p>Reading is bounded by {@link InputLimits} (the defaults unless given): size, nesting, values, entries, and the
 * length and magnitude of strings and numbers are checked while the JSON streams in.
 *
 * <p>{@link #parse(String, Class)} turns every problem into an {@link InvalidJsonException} naming the JSON path and
 * the rule's code. An item that is merely not recorded (an episode without risks or an NHS number) is not a problem:
 * the value is read, and {@code SpValidator} says what it lacks for a purpose. An outcome measurement whose stored
 * score is not what its scoring rule gives for the answers is refused ({@code measurement.score.mismatch} at e.g.
 * {@code $.outcomeMeasurements[2].score}), checked with {@link Rescorer#installed()} (sp-measures' rules when it is on
 * the class path); a score the SDK cannot check is read, and {@code SpValidator} warns about it.
 * The configured mapper is shared and thread-safe; {@link #mapper()} returns a fresh copy for callers who want to
 * add their own configuration.
 */
public final class SpJson {

    /**
     * The class-path resource holding the JSON Schema (draft 2020-12) of the episode format, generated from the
     * types (see {@code docs/model.md}).
     */
    public static final String EPISODE_SCHEMA_RESOURCE = "org/socialprescribing/model/json/episode.schema.json";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new Jdk8Module())
            .addModule(new JavaTimeModule())
            .addModule(LowerCaseDays.module())
            .addModule(StrictTimes.module())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .defaultPropertyInclusion(
                    JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT))
            .build();

    private SpJson() {}

    /**
     * A new mapper configured for the SDK's JSON format.
     *
     * @return a mapper, never null; the caller may configure it further
     */
    public static ObjectMapper mapper() {
        return MAPPER.copy();
    }

    /**
     * Reads JSON as an sp-model type.
     *
     * @param <T> the type
     * @param json the JSON text, not null
     * @param type the type to read, e.g. {@code SocialPrescribingEpisode.class}, not null
     * @return the value, never null
     * @throws InvalidJsonException if the JSON is null, empty, malformed, or is not a valid value of the type;
     *     the exception names the JSON path
     */
    public static <T> T parse(@Nullable String json, Class<T> type) {
        return parse(json, type, InputLimits.defaults());
    }

    /**
     * Reads JSON as an sp-model type, under the given limits.
     *
     * @param <T> the type
     * @param json the JSON text, not null
     * @param type the type to read, not null
     * @param limits the limits on the input, not null
     * @return the value, never null
     * @throws InvalidJsonException if the JSON is null, empty, malformed, breaks a limit, or is not a valid value of
     *     the type; the exception names the JSON path
     */
    public static <T> T parse(@Nullable String json, Class<T> type, InputLimits limits) {
        if (json == null) {
            throw new InvalidJsonException(ModelIssueCode.JSON_EMPTY, "$", null, "is mandatory", null);
        }
        try (JsonParser parser = BoundedJson.parser(limits, json)) {
            return read(parser, type, limits);
        } catch (InputLimitException e) {
            throw new InvalidJsonException(ModelIssueCode.JSON_LIMIT, e.field(), null, e.rule(), e);
        } catch (IOException e) {
            throw failure(e, limits);
        }
    }

    /**
     * Reads JSON from a UTF-8 stream as an sp-model type, under the given limits: the stream is read no further
     * than the byte limit allows (plus one buffer). The stream is not closed.
     *
     * @param <T> the type
     * @param json the stream, not null
     * @param type the type to read, not null
     * @param limits the limits on the input, not null
     * @return the value, never null
     * @throws InvalidJsonException if the JSON is empty, malformed, breaks a limit, or is not a valid value of the
     *     type; the exception names the JSON path
     * @throws UncheckedIOException if the stream cannot be read
     */
    public static <T> T read(InputStream json, Class<T> type, InputLimits limits) {
        try (JsonParser parser = BoundedJson.parser(limits, json)) {
            parser.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
            return read(parser, type, limits);
        } catch (InputLimitException e) {
            throw new InvalidJsonException(ModelIssueCode.JSON_LIMIT, e.field(), null, e.rule(), e);
        } catch (JsonProcessingException e) {
            throw failure(e, limits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T read(JsonParser parser, Class<T> type, InputLimits limits) throws IOException {
        T value;
        try {
            value = MAPPER.readValue(parser, type);
        } catch (InputLimitException e) {
            throw new InvalidJsonException(ModelIssueCode.JSON_LIMIT, e.field(), null, e.rule(), e);
        } catch (JsonProcessingException e) {
            throw failure(e, limits);
        }
        if (value == null) {
            throw new InvalidJsonException(
                    ModelIssueCode.JSON_WRONG_TYPE,
                    "$",
                    null,
                    "must be a " + type.getSimpleName() + ", not null",
                    null);
        }
        checkScores(value);
        return value;
    }

    /**
     * Refuses an outcome measurement whose stored score contradicts its answers, checked with {@link
     * Rescorer#installed()}. A score the SDK cannot check is read: {@code SpValidator} reports it as a warning.
     */
    private static void checkScores(Object value) {
        if (value instanceof OutcomeMeasurement) {
            checkScore((OutcomeMeasurement) value, "$.score");
        } else if (value instanceof SocialPrescribingEpisode) {
            List<OutcomeMeasurement> measurements = ((SocialPrescribingEpisode) value).outcomeMeasurements();
            for (int i = 0; i < measurements.size(); i++) {
                checkScore(measurements.get(i), "$.outcomeMeasurements[" + i + "].score");
            }
        }
    }

    private static void checkScore(OutcomeMeasurement measurement, String path) {
        Optional<ModelIssueCode> problem = measurement.checkScore(Rescorer.installed());
        if (problem.isPresent() && problem.get().defaultSeverity() != Severity.WARNING) {
            throw new InvalidJsonException(
                    problem.get(), path, null, problem.get().rule(), null);
        }
    }

    private static InvalidJsonException failure(IOException e, InputLimits limits) {
        Optional<InputLimitException> limit = BoundedJson.breach(e, limits);
        if (limit.isPresent()) {
            return new InvalidJsonException(
                    ModelIssueCode.JSON_LIMIT,
                    limit.get().field(),
                    null,
                    limit.get().rule(),
                    limit.get());
        }
        if (e instanceof JsonProcessingException) {
            return JsonErrors.translate((JsonProcessingException) e);
        }
        return new InvalidJsonException(ModelIssueCode.JSON_MALFORMED, "$", null, "could not be read", e);
    }

    /**
     * Reads a social prescribing episode.
     *
     * @param json the JSON text, not null
     * @return the episode, never null; complete or not (see {@code CompleteForNationalDataset})
     * @throws InvalidJsonException if the JSON is not a valid episode; the exception names the JSON path
     */
    public static SocialPrescribingEpisode parseEpisode(@Nullable String json) {
        return parse(json, SocialPrescribingEpisode.class);
    }

    /**
     * Writes an sp-model value as JSON.
     *
     * @param value the value, not null
     * @return the JSON text, never null
     * @throws UncheckedIOException if Jackson cannot write the value (a programming error, not bad data)
     */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder("$");
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append('.').append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}

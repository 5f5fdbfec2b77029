package org.socialprescribing.openreferral;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.input.BoundedJson;
import org.socialprescribing.model.input.InputLimits;

/**
 * Reads and writes Open Referral UK JSON: single records ({@code GET /services/{id}}, a fully nested service,
 * organization or service at location, a taxonomy, ...) and pages of records ({@code GET /services?page=1}).
 *
 * <pre>{@code
 * OrukService service = OrukJson.parse(json, OrukService.class);
 * OrukPage<OrukService> page = OrukJson.parsePage(json, OrukService.class);
 * String back = OrukJson.write(service);   // the same JSON tree as json
 * }</pre>
 *
 * <p>Reading is strict about the JSON types the schema gives (a number is not accepted as a string, nor a
 * string as a number), about enumerations ({@code status}, {@code location_type}, {@code address_type}, {@code
 * freq}) and about required properties; any problem is an {@link OrukFormatException} that names the JSON path,
 * never a parser exception. Properties the model does not type are kept (see {@link OrukRecord}). Writing puts
 * properties in the order of the schema, as compact UTF-8 JSON.
 *
 * <p>Thread-safe: there is no state.
 */
public final class OrukJson {

    @FunctionalInterface
    private interface GeneratorTarget {
        void write(JsonGenerator generator) throws IOException;
    }

    private OrukJson() {}

    /**
     * Reads one record.
     *
     * @param <T> the record type
     * @param json one JSON object, not null
     * @param type the record type, such as {@code OrukService.class}, not null
     * @return the record, never null
     * @throws OrukFormatException if the JSON is malformed, cut off, breaks a limit or is not a valid record of
     *     that type
     * @throws IllegalArgumentException if the type is not a record type of this package
     */
    public static <T extends OrukRecord> T parse(String json, Class<T> type) {
        return parse(json, type, InputLimits.defaults());
    }

    /**
     * Reads one record, under input limits.
     *
     * @param <T> the record type
     * @param json one JSON object, not null
     * @param type the record type, such as {@code OrukService.class}, not null
     * @param limits the limits on the input, not null
     * @return the record, never null
     * @throws OrukFormatException if the JSON is malformed, cut off, breaks a limit or is not a valid record of
     *     that type
     * @throws IllegalArgumentException if the type is not a record type of this package
     */
    public static <T extends OrukRecord> T parse(String json, Class<T> type, InputLimits limits) {
        requireNonNull(json, "json");
        return ReadContext.readDocument(() -> BoundedJson.parser(limits, json), limits, OrukSchema.codec(type));
    }

    /**
     * Reads one record from UTF-8 (or UTF-16/32) bytes.
     *
     * @param <T> the record type
     * @param json one JSON object, not null
     * @param type the record type, such as {@code OrukService.class}, not null
     * @return the record, never null
     * @throws OrukFormatException if the JSON is malformed, cut off, breaks a limit or is not a valid record of
     *     that type
     * @throws IllegalArgumentException if the type is not a record type of this package
     */
    public static <T extends OrukRecord> T read(byte[] json, Class<T> type) {
        return read(json, type, InputLimits.defaults());
    }

    /**
     * Reads one record from UTF-8 (or UTF-16/32) bytes, under input limits.
     *
     * @param <T> the record type
     * @param json one JSON object, not null
     * @param type the record type, such as {@code OrukService.class}, not null
     * @param limits the limits on the input, not null
     * @return the record, never null
     * @throws OrukFormatException if the JSON is malformed, cut off, breaks a limit or is not a valid record of
     *     that type
     * @throws IllegalArgumentException if the type is not a record type of this package
     */
    public static <T extends OrukRecord> T read(byte[] json, Class<T> type, InputLimits limits) {
        requireNonNull(json, "json");
        return ReadContext.readDocument(() -> BoundedJson.parser(limits, json), limits, OrukSchema.codec(type));
    }

    /**
     * Reads one record from a stream, to its end. The stream is not closed.
     *
     * @param <T> the record type
     * @param json a stream holding one JSON object, not null
     * @param type the record type, such as {@code OrukService.class}, not null
     * @return the record, never null
     * @throws OrukFormatException if the JSON is malformed, cut off, breaks a limit or is not a valid record of
     *     that type
     * @throws IllegalArgumentException if the type is not a record type of this package
     * @throws IOException if the stream cannot be read
     */
    public static <T extends OrukRecord> T read(InputStream json, Class<T> type) throws IOException {
        return read(json, type, InputLimits.defaults());
    }

    /**
     * Reads one record from a stream, to its end. The stream is not closed, under input limits, reading no further than the byte limit allows.
     *
     * @param <T> the record type
     * @param json a stream holding one JSON object, not null
     * @param type the record type, such as {@code OrukService.class}, not null
     * @param limits the limits on the input, not null
     * @return the record, never null
     * @throws OrukFormatException if the JSON is malformed, cut off, breaks a limit or is not a valid record of
     *     that type
     * @throws IllegalArgumentException if the type is not a record type of this package
     * @throws IOException if the stream cannot be read
     */
    public static <T extends OrukRecord> T read(InputStream json, Class<T> type, InputLimits limits)
            throws IOException {
        requireNonNull(json, "json");
        return ReadContext.readDocument(json, limits, OrukSchema.codec(type));
    }

    /**
     * Reads a page of records.
     *
     * @param <T> the type of the records on the page
     * @param json one page envelope, not null
     * @param itemType the type of the records on the page, such as {@code OrukService.class}, not null
     * @return the page, never null
     * @throws OrukFormatException if the JSON is malformed, cut off, breaks a limit, has no {@code contents} or a
     *     record is not valid
     * @throws IllegalArgumentException if the type is not a record type of this package
     */
    public static <T extends OrukRecord> OrukPage<T> parsePage(String json, Class<T> itemType) {
        return parsePage(json, itemType, InputLimits.defaults());
    }

    /**
     * Reads a page of records, under input limits.
     *
     * @param <T> the type of the records on the page
     * @param json one page envelope, not null
     * @param itemType the type of the records on the page, such as {@code OrukService.class}, not null
     * @param limits the limits on the input, not null
     * @return the page, never null
     * @throws OrukFormatException if the JSON is malformed, cut off, breaks a limit, has no {@code contents} or a
     *     record is not valid
     * @throws IllegalArgumentException if the type is not a record type of this package
     */
    public static <T extends OrukRecord> OrukPage<T> parsePage(String json, Class<T> itemType, InputLimits limits) {
        requireNonNull(json, "json");
        return ReadContext.readDocument(
                () -> BoundedJson.parser(limits, json), limits, OrukSchema.page(OrukSchema.codec(itemType)));
    }

    /**
     * Reads a page of records from UTF-8 (or UTF-16/32) bytes.
     *
     * @param <T> the type of the records on the page
     * @param json one page envelope, not null
     * @param itemType the type of the records on the page, such as {@code OrukService.class}, not null
     * @return the page, never null
     * @throws OrukFormatException if the JSON is malformed, cut off, breaks a limit, has no {@code contents} or a
     *     record is not valid
     * @throws IllegalArgumentException if the type is not a record type of this package
     */
    public static <T extends OrukRecord> OrukPage<T> readPage(byte[] json, Class<T> itemType) {
        return readPage(json, itemType, InputLimits.defaults());
    }

    /**
     * Reads a page of records from UTF-8 (or UTF-16/32) bytes, under input limits.
     *
     * @param <T> the type of the records on the page
     * @param json one page envelope, not null
     * @param itemType the type of the records on the page, such as {@code OrukService.class}, not null
     * @param limits the limits on the input, not null
     * @return the page, never null
     * @throws OrukFormatException if the JSON is malformed, cut off, breaks a limit, has no {@code contents} or a
     *     record is not valid
     * @throws IllegalArgumentException if the type is not a record type of this package
     */
    public static <T extends OrukRecord> OrukPage<T> readPage(byte[] json, Class<T> itemType, InputLimits limits) {
        requireNonNull(json, "json");
        return ReadContext.readDocument(
                () -> BoundedJson.parser(limits, json), limits, OrukSchema.page(OrukSchema.codec(itemType)));
    }

    /**
     * Reads a page of records from a stream, to its end. The stream is not closed.
     *
     * @param <T> the type of the records on the page
     * @param json a stream holding one page envelope, not null
     * @param itemType the type of the records on the page, such as {@code OrukService.class}, not null
     * @return the page, never null
     * @throws OrukFormatException if the JSON is malformed, cut off, breaks a limit, has no {@code contents} or a
     *     record is not valid
     * @throws IllegalArgumentException if the type is not a record type of this package
     * @throws IOException if the stream cannot be read
     */
    public static <T extends OrukRecord> OrukPage<T> readPage(InputStream json, Class<T> itemType) throws IOException {
        return readPage(json, itemType, InputLimits.defaults());
    }

    /**
     * Reads a page of records from a stream, to its end. The stream is not closed, under input limits, reading no further than the byte limit allows.
     *
     * @param <T> the type of the records on the page
     * @param json a stream holding one page envelope, not null
     * @param itemType the type of the records on the page, such as {@code OrukService.class}, not null
     * @param limits the limits on the input, not null
     * @return the page, never null
     * @throws OrukFormatException if the JSON is malformed, cut off, breaks a limit, has no {@code contents} or a
     *     record is not valid
     * @throws IllegalArgumentException if the type is not a record type of this package
     * @throws IOException if the stream cannot be read
     */
    public static <T extends OrukRecord> OrukPage<T> readPage(InputStream json, Class<T> itemType, InputLimits limits)
            throws IOException {
        requireNonNull(json, "json");
        return ReadContext.readDocument(json, limits, OrukSchema.page(OrukSchema.codec(itemType)));
    }

    /**
     * Writes one record as compact JSON.
     *
     * @param record the record, not null
     * @return the JSON, never null
     * @throws IllegalArgumentException if the record is not of a record type of this package, or nests deeper
     *     than {@code OrukJson} reads back (128 levels)
     */
    public static String write(OrukRecord record) {
        requireNonNull(record, "record");
        return writeString(generator -> OrukSchema.anyRecord().write(record, generator));
    }

    /**
     * Writes a page of records as compact JSON.
     *
     * @param page the page, not null
     * @return the JSON, never null
     * @throws IllegalArgumentException if a record is not of a record type of this package, or the page nests
     *     deeper than {@code OrukJson} reads back (128 levels)
     */
    public static String write(OrukPage<? extends OrukRecord> page) {
        requireNonNull(page, "page");
        return writeString(generator -> writePage(page, generator));
    }

    /**
     * Writes one record as compact UTF-8 JSON. The stream is flushed, not closed.
     *
     * @param record the record, not null
     * @param out where to write, not null
     * @throws IOException if the stream cannot be written
     * @throws IllegalArgumentException if the record is not of a record type of this package, or nests deeper
     *     than {@code OrukJson} reads back (128 levels)
     */
    public static void write(OrukRecord record, OutputStream out) throws IOException {
        requireNonNull(record, "record");
        writeStream(out, generator -> OrukSchema.anyRecord().write(record, generator));
    }

    /**
     * Writes a page of records as compact UTF-8 JSON. The stream is flushed, not closed.
     *
     * @param page the page, not null
     * @param out where to write, not null
     * @throws IOException if the stream cannot be written
     * @throws IllegalArgumentException if a record is not of a record type of this package, or the page nests
     *     deeper than {@code OrukJson} reads back (128 levels)
     */
    public static void write(OrukPage<? extends OrukRecord> page, OutputStream out) throws IOException {
        requireNonNull(page, "page");
        writeStream(out, generator -> writePage(page, generator));
    }

    /**
     * A Jackson module with which any {@code ObjectMapper} reads and writes the records, pages and {@link
     * JsonValue}s of this package exactly as this class does (same codecs, same lossless rule, same {@link
     * OrukFormatException}s), for records embedded in other JSON. Unlike this class, a mapper does not refuse
     * duplicate properties or deep nesting unless it is configured to.
     *
     * @return the module, never null
     */
    public static com.fasterxml.jackson.databind.Module jacksonModule() {
        return new JacksonModule();
    }

    private static <T extends OrukRecord> void writePage(OrukPage<T> page, JsonGenerator generator) throws IOException {
        OrukSchema.page(OrukSchema.<T>anyRecord()).write(page, generator);
    }

    private static String writeString(GeneratorTarget target) {
        StringWriter text = new StringWriter();
        try (JsonGenerator generator = JsonSupport.MAPPER.createGenerator(text)) {
            target.write(generator);
        } catch (StreamConstraintsException e) {
            throw tooDeep(e);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a String cannot fail", e);
        }
        return text.toString();
    }

    private static void writeStream(OutputStream out, GeneratorTarget target) throws IOException {
        requireNonNull(out, "out");
        try (JsonGenerator generator = JsonSupport.MAPPER.createGenerator(out, JsonEncoding.UTF8)) {
            generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            target.write(generator);
        } catch (StreamConstraintsException e) {
            throw tooDeep(e);
        }
    }

    private static InvalidValueException tooDeep(StreamConstraintsException cause) {
        return new InvalidValueException(
                "record",
                null,
                "nests deeper than " + JsonSupport.MAX_NESTING_DEPTH + " levels, which OrukJson does not read back",
                cause);
    }
}

package org.socialprescribing.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.socialprescribing.model.SpException;
import org.socialprescribing.model.input.BoundedJson;
import org.socialprescribing.model.input.InputLimitException;
import org.socialprescribing.model.input.InputLimits;
import org.socialprescribing.openreferral.OrukJson;
import org.socialprescribing.openreferral.Service;
import org.socialprescribing.openreferral.feed.OrukFeedReader;
import org.socialprescribing.openreferral.mapping.MappedDirectory;
import org.socialprescribing.openreferral.mapping.OrukMapper;

/**
 * Where the {@code sp directory} commands read an Open Referral UK directory: an API base URL (paged through with
 * the feed reader) or a file holding a page of services or a single service.
 */
final class DirectorySource {

    private static final String CONTENTS = "contents";

    private DirectorySource() {}

    /**
     * Reads and maps a whole directory.
     *
     * @param source a URL starting with http:// or https://, or a file path
     * @return the mapped directory, with the mapping report
     * @throws UsageException if the directory cannot be read or is not Open Referral UK JSON
     */
    static MappedDirectory read(String source) {
        return read(source, InputLimits.defaults());
    }

    /**
     * Reads and maps a whole directory; a file is read under the input limits.
     *
     * @param source a URL starting with http:// or https://, or a file path
     * @param limits the input limits
     * @return the mapped directory, with the mapping report
     * @throws UsageException if the directory cannot be read or is not Open Referral UK JSON
     */
    static MappedDirectory read(String source, InputLimits limits) {
        try {
            return OrukMapper.create().importServices(services(source, limits));
        } catch (SpException e) {
            throw TextFiles.failed(source, "", e);
        }
    }

    private static Stream<Service> services(String source, InputLimits limits) {
        if (source.startsWith("http://") || source.startsWith("https://")) {
            return OrukFeedReader.of(URI.create(source)).services();
        }
        String json = TextFiles.readUtf8(Path.of(source), limits);
        return isPage(json, limits)
                ? OrukJson.readPage(json, Service.class, limits).contents().stream()
                : Stream.of(OrukJson.read(json, Service.class, limits));
    }

    /**
     * Whether the JSON is a page of records rather than one service: the root object has a {@code contents}
     * member, which the HSDS page envelope has and a service record does not. Only the root's member names count:
     * a service's values or nested members may hold the word. Anything that is not a JSON object is left to the
     * service reader, which names the problem.
     */
    private static boolean isPage(String json, InputLimits limits) {
        try (JsonParser parser = BoundedJson.parser(limits, json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                if (CONTENTS.equals(parser.currentName())) {
                    return true;
                }
                parser.nextToken();
                parser.skipChildren();
            }
            return false;
        } catch (IOException | InputLimitException e) {
            return false; // not well-formed or over a limit before any contents member: the reader says where
        }
    }
}

package org.socialprescribing.cli;

import java.net.URI;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.socialprescribing.model.SpException;
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

    private DirectorySource() {}

    /**
     * Reads and maps a whole directory.
     *
     * @param source a URL starting with http:// or https://, or a file path
     * @return the mapped directory, with the mapping report
     * @throws UsageException if the directory cannot be read or is not Open Referral UK JSON
     */
    static MappedDirectory read(String source) {
        try {
            return OrukMapper.create().importServices(services(source));
        } catch (SpException e) {
            throw new UsageException(source + ": " + e.getMessage(), e);
        }
    }

    private static Stream<Service> services(String source) {
        if (source.startsWith("http://") || source.startsWith("https://")) {
            return OrukFeedReader.of(URI.create(source)).services();
        }
        String json = TextFiles.readUtf8(Path.of(source));
        // A page ({"contents": [...]}) or one service record.
        return json.contains("\"contents\"")
                ? OrukJson.readPage(json, Service.class).contents().stream()
                : Stream.of(OrukJson.read(json, Service.class));
    }
}

package org.socialprescribing.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.model.SpException;
import org.socialprescribing.model.ValidationReport;
import org.socialprescribing.model.input.BoundedJson;
import org.socialprescribing.model.input.InputLimitException;
import org.socialprescribing.model.input.InputLimits;
import org.socialprescribing.openreferral.OrukJson;
import org.socialprescribing.openreferral.OrukOrganization;
import org.socialprescribing.openreferral.OrukService;
import org.socialprescribing.openreferral.feed.FeedOptions;
import org.socialprescribing.openreferral.feed.OrukFeedException;
import org.socialprescribing.openreferral.feed.OrukFeedReader;
import org.socialprescribing.openreferral.mapping.MappedDirectory;
import org.socialprescribing.openreferral.mapping.OrukMapper;

/**
 * Where the {@code sp directory} commands read an Open Referral UK directory: an API base URL, walked page by page
 * with the feed reader, or a file holding a page of services, a single service, or an organization record with its
 * services nested (one page).
 */
final class DirectorySource {

    /** A whole directory, mapped, and what the walk found wrong with the feed (a cycle, a feed cut short). */
    record Whole(MappedDirectory directory, ValidationReport feedIssues) {}

    private static final String CONTENTS = "contents";
    private static final String SERVICES = "services";

    private final String source;
    private final String label;
    private final @Nullable OrukFeedReader feed;
    private final InputLimits limits;

    private DirectorySource(String source, String label, @Nullable OrukFeedReader feed, InputLimits limits) {
        this.source = source;
        this.label = label;
        this.feed = feed;
        this.limits = limits;
    }

    /**
     * @param source a URL starting with http:// or https://, or a file path
     * @param options how to walk an API
     * @param limits the input limits a file is read under
     * @return the source
     * @throws UsageException if the URL is not a valid http or https URL (the message hides its credentials)
     */
    static DirectorySource of(String source, FeedOptions options, InputLimits limits) {
        if (!isUrl(source)) {
            return new DirectorySource(source, source, null, limits);
        }
        OrukFeedReader feed = reader(source, options);
        return new DirectorySource(source, feed.redactedBase(), feed, limits);
    }

    /** @return the source as it may be shown: a URL's user information and secret query values hidden */
    String label() {
        return label;
    }

    /**
     * Reads the directory page by page, passing each page's services on as it comes: a file is one page.
     *
     * @param onPage called with each page's services, in order
     * @return the issues of the walk that say the directory read is incomplete (a cycle, a feed cut short, counts
     *     that disagree); empty for a file
     * @throws UsageException if the directory cannot be read or is not Open Referral UK JSON; the pages read before
     *     have been passed on
     */
    ValidationReport walk(Consumer<List<OrukService>> onPage) {
        try {
            if (feed != null) {
                return feed.walk(page -> onPage.accept(page.contents())).report();
            }
            String json = TextFiles.readUtf8(Path.of(source), limits);
            if (hasRootMember(json, limits, CONTENTS)) {
                onPage.accept(
                        OrukJson.parsePage(json, OrukService.class, limits).contents());
            } else if (hasRootMember(json, limits, SERVICES)) {
                onPage.accept(nestedServices(OrukJson.parse(json, OrukOrganization.class, limits)));
            } else {
                onPage.accept(List.of(OrukJson.parse(json, OrukService.class, limits)));
            }
            return ValidationReport.empty();
        } catch (SpException e) {
            throw TextFiles.failed(label, "", e);
        } catch (OrukFeedException e) {
            throw new UsageException(label + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads and maps a whole directory, held in memory.
     *
     * @return the mapped directory, with the mapping report, and the issues of the walk
     * @throws UsageException if the directory cannot be read or is not Open Referral UK JSON
     */
    Whole readWhole() {
        List<OrukService> services = new ArrayList<>();
        ValidationReport feedIssues = walk(services::addAll);
        return new Whole(OrukMapper.standard().importServices(services.stream()), feedIssues);
    }

    /**
     * Reads and maps a whole directory that must be complete, for commands whose figures would be wrong without
     * all of it.
     *
     * @return the mapped directory, with the mapping report
     * @throws UsageException if the directory cannot be read, is not Open Referral UK JSON, or the feed is
     *     incomplete (a cycle, a feed cut short, counts that disagree)
     */
    MappedDirectory readComplete() {
        Whole whole = readWhole();
        if (!whole.feedIssues().isEmpty()) {
            throw new UsageException(label + ": the directory read is incomplete: "
                    + whole.feedIssues().issues().get(0));
        }
        return whole.directory();
    }

    private static boolean isUrl(String source) {
        String lower = source.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    private static OrukFeedReader reader(String source, FeedOptions options) {
        URI uri;
        try {
            uri = new URI(source);
        } catch (URISyntaxException e) {
            // The parser's message quotes the whole URL, credentials and all: only the reason and position are shown,
            // and the exception is not kept as the cause.
            throw new UsageException("the URL is not valid: " + e.getReason() + " at index " + e.getIndex());
        }
        try {
            return OrukFeedReader.of(uri, options);
        } catch (SpException e) {
            throw new UsageException(e.getMessage(), e);
        }
    }

    /**
     * An organization record's services, each with the organization it belongs to (without its services), as a
     * service record names its provider: ORUK's {@code organization_full} nests them instead.
     */
    private static List<OrukService> nestedServices(OrukOrganization organization) {
        OrukOrganization provider = OrukOrganization.builder()
                .mergeFrom(organization)
                .services(List.of())
                .build();
        List<OrukService> services = new ArrayList<>();
        for (OrukService service : organization.services()) {
            services.add(
                    service.organization().isPresent()
                            ? service
                            : OrukService.builder()
                                    .mergeFrom(service)
                                    .organization(provider)
                                    .build());
        }
        return services;
    }

    /**
     * Whether a file holds FHIR rather than Open Referral UK JSON: its root object has a {@code resourceType}.
     *
     * @param source the file or URL
     * @param limits the input limits
     * @return true for a file whose JSON names a FHIR resource type; false for a URL or anything else
     */
    static boolean isFhirFile(String source, InputLimits limits) {
        if (isUrl(source)) {
            return false;
        }
        try {
            return hasRootMember(TextFiles.readUtf8(Path.of(source), limits), limits, "resourceType");
        } catch (SpException e) {
            return false; // the ORUK reader names the problem
        }
    }

    /**
     * Whether the JSON's root object has a member: {@code contents} for a page of records (the HSDS page envelope
     * has it, a service record does not), {@code services} for an organization record with its services nested.
     * Only the root's member names count: values or nested members may hold the word. Anything that is not a JSON
     * object is left to the service reader, which names the problem.
     */
    private static boolean hasRootMember(String json, InputLimits limits, String member) {
        try (JsonParser parser = BoundedJson.parser(limits, json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                if (member.equals(parser.currentName())) {
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

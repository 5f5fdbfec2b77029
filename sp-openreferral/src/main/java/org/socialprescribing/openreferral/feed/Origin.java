package org.socialprescribing.openreferral.feed;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Where a walk may go and whom it trusts with credentials: the base URI's host and port, the other hosts the
 * caller allows, and the HTTP Basic credentials of the base URI's user information. Immutable.
 */
final class Origin {

    /** A host as {@link URI#getHost()} gives it: a name, an IPv4 address or a bracketed IPv6 address. */
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9._~-]+|\\[[0-9A-Fa-f:.]+]");

    private final String host;
    private final int port;
    private final Set<String> allowedHosts;
    private final Optional<String> authorization;

    private Origin(String host, int port, Set<String> allowedHosts, Optional<String> authorization) {
        this.host = host;
        this.port = port;
        this.allowedHosts = allowedHosts;
        this.authorization = authorization;
    }

    /** @param base an absolute http or https URI with a host */
    static Origin of(URI base, Set<String> allowedHosts) {
        Optional<String> authorization = Optional.ofNullable(base.getUserInfo())
                .map(info -> "Basic "
                        + Base64.getEncoder()
                                .encodeToString(
                                        (info.contains(":") ? info : info + ":").getBytes(StandardCharsets.UTF_8)));
        return new Origin(
                lower(base.getHost()),
                port(base),
                allowedHosts.stream().map(Origin::lower).collect(Collectors.toUnmodifiableSet()),
                authorization);
    }

    /** @return whether the text is a host as a URI gives it, without scheme, port, user or path */
    static boolean isHost(String text) {
        return HOST.matcher(text).matches();
    }

    /**
     * @return the {@code Authorization} header for a request to the URI: the base's credentials, only for the
     *     base's own host and port
     */
    Optional<String> authorization(URI target) {
        return isBase(target) ? authorization : Optional.empty();
    }

    /**
     * @param from the URI that answered with a redirect
     * @param to where the redirect leads, absolute
     * @return why the redirect must not be followed, or empty if it may be
     */
    Optional<String> refusal(URI from, URI to) {
        String scheme = to.getScheme() == null ? "" : to.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of("leads to a URI that is not http or https");
        }
        if (scheme.equals("http") && "https".equalsIgnoreCase(from.getScheme())) {
            return Optional.of("leads from https to http");
        }
        if (to.getHost() == null) {
            return Optional.of("leads to a URI without a host");
        }
        String target = lower(to.getHost());
        if (!target.equals(host) && !allowedHosts.contains(target)) {
            return Optional.of("leads to another host, " + target + ", which the allowed hosts do not name");
        }
        return Optional.empty();
    }

    /** @return the URI as it goes on the wire: without user information, which is sent as a header if at all */
    static URI withoutUserInfo(URI uri) {
        if (uri.getRawUserInfo() == null) {
            return uri;
        }
        // Raw parts of a parsed URI, put together again: they parse, and nothing is encoded twice.
        return URI.create(uri.getScheme() + "://" + uri.getHost()
                + (uri.getPort() >= 0 ? ":" + uri.getPort() : "")
                + (uri.getRawPath() == null ? "" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
    }

    private boolean isBase(URI target) {
        return target.getHost() != null && lower(target.getHost()).equals(host) && port(target) == port;
    }

    private static int port(URI uri) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}

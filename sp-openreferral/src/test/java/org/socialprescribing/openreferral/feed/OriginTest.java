package org.socialprescribing.openreferral.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Where a redirect may lead, and where the base's credentials may go. */
class OriginTest {

    private static final URI BASE = URI.create("https://reader:pw@directory.example.org/api");
    private static final Origin ORIGIN = Origin.of(BASE, Set.of("Mirror.example.org"));

    @Test
    void aRedirectOnTheSameHost_orToAnAllowedOne_isFollowed() {
        URI from = URI.create("https://directory.example.org/api/services?page=1");

        assertThat(ORIGIN.refusal(from, URI.create("https://DIRECTORY.example.org/v2/services")))
                .isEmpty();
        assertThat(ORIGIN.refusal(from, URI.create("https://directory.example.org:8443/v2")))
                .isEmpty();
        assertThat(ORIGIN.refusal(from, URI.create("https://mirror.example.org/api")))
                .isEmpty();
    }

    @Test
    void aRedirectFromHttpsToHttp_isRefusedEvenOnTheSameHost() {
        assertThat(ORIGIN.refusal(
                        URI.create("https://directory.example.org/api"),
                        URI.create("http://directory.example.org/api")))
                .contains("leads from https to http");
    }

    @Test
    void aRedirectFromHttpToHttps_isFollowed() {
        assertThat(ORIGIN.refusal(
                        URI.create("http://directory.example.org/api"),
                        URI.create("https://directory.example.org/api")))
                .isEmpty();
    }

    @Test
    void aRedirectElsewhere_isRefusedWithTheHost() {
        assertThat(ORIGIN.refusal(BASE, URI.create("https://evil.example/api")))
                .contains("leads to another host, evil.example, which the allowed hosts do not name");
        assertThat(ORIGIN.refusal(BASE, URI.create("https:/no-host"))).contains("leads to a URI without a host");
    }

    @Test
    void credentials_goToTheBasesHostAndPortOnly() {
        assertThat(ORIGIN.authorization(URI.create("https://directory.example.org/api?page=2")))
                .isPresent();
        assertThat(ORIGIN.authorization(URI.create("https://directory.example.org:443/x")))
                .isPresent();
        assertThat(ORIGIN.authorization(URI.create("https://directory.example.org:8443/x")))
                .isEmpty();
        assertThat(ORIGIN.authorization(URI.create("https://mirror.example.org/api")))
                .isEmpty();
        assertThat(Origin.of(URI.create("https://directory.example.org/api"), Set.of())
                        .authorization(URI.create("https://directory.example.org/api")))
                .isEmpty();
    }

    @Test
    void withoutUserInfo_keepsTheRestAsItWas() {
        assertThat(Origin.withoutUserInfo(URI.create("https://u:p@h.example:8443/a%20b/c?x=%2F&page=2#f")))
                .hasToString("https://h.example:8443/a%20b/c?x=%2F&page=2");
        URI plain = URI.create("https://h.example/a");
        assertThat(Origin.withoutUserInfo(plain)).isSameAs(plain);
    }

    @ParameterizedTest
    @ValueSource(strings = {"example.org", "127.0.0.1", "[::1]", "my-host_1.example"})
    void isHost_acceptsHostsAsAUriGivesThem(String host) {
        assertThat(Origin.isHost(host)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "https://example.org", "example.org:80", "example.org/api", "user@example.org", " "})
    void isHost_refusesAnythingMore(String text) {
        assertThat(Origin.isHost(text)).isFalse();
    }
}

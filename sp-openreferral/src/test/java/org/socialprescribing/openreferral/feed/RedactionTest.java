package org.socialprescribing.openreferral.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Credentials in URIs are hidden wherever a URI is shown; the rest of the URI is shown as it is. */
class RedactionTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "https://example.org/api/services?page=2 | https://example.org/api/services?page=2",
                "https://user:pw@example.org/api | https://***@example.org/api",
                "https://user@example.org:8443/api | https://***@example.org:8443/api",
                "http://a:b@c@example.org/x | http://***@example.org/x",
                "https://example.org/api?api_key=k1&page=2 | https://example.org/api?api_key=***&page=2",
                "https://example.org/api?accessToken=t&x=1 | https://example.org/api?accessToken=***&x=1",
                "https://example.org/api?X-Amz-Signature=s#top | https://example.org/api?X-Amz-Signature=***#top",
                "https://example.org/api?APIKEY=k;password=p | https://example.org/api?APIKEY=***;password=***",
                "https://example.org/key=not-a-query/x?design=1 | https://example.org/key=not-a-query/x?design=1",
                "not a uri at all | not a uri at all",
                "https://u:p@bad host/ | https://***@bad host/"
            })
    void uri_hidesUserInformationAndSecretQueryValues(String uri, String shown) {
        assertThat(Redaction.uri(uri)).isEqualTo(shown);
    }

    @Property(tries = 300)
    void uri_neverShowsThePassword(
            @ForAll @AlphaChars @NumericChars @StringLength(min = 1, max = 12) String user,
            @ForAll @AlphaChars @NumericChars @StringLength(min = 6, max = 20) String password,
            @ForAll @AlphaChars @StringLength(min = 1, max = 10) String host,
            @ForAll @AlphaChars @StringLength(max = 10) String path) {
        String uri = "https://" + user + ":" + password + "@" + host + ".example/" + path + "?page=1";

        String shown = Redaction.uri(uri);

        assertThat(shown).doesNotContain(":" + password + "@").startsWith("https://***@" + host + ".example/");
        assertThat(URI.create(shown).getRawQuery()).isEqualTo("page=1");
    }

    @Property(tries = 500)
    void uri_acceptsAnyText(@ForAll String text) {
        assertThat(Redaction.uri(text)).isNotNull();
    }
}

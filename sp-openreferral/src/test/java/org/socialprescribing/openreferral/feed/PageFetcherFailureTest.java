package org.socialprescribing.openreferral.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

/** A failed request is said in words: the walk's messages reach users through the CLI, which names no Java class. */
class PageFetcherFailureTest {

    @Test
    void eachKindOfFailureIsSaidInWords() {
        assertThat(PageFetcher.failure(new ConnectException()))
                .isEqualTo("the connection was refused or could not be made");
        assertThat(PageFetcher.failure(new HttpConnectTimeoutException("HTTP connect timed out")))
                .isEqualTo("timed out");
        assertThat(PageFetcher.failure(new UnknownHostException("directory.example")))
                .isEqualTo("the host name could not be resolved");
        // HttpClient wraps an unresolved name in a ConnectException: the cause decides.
        ConnectException wrapped = new ConnectException();
        wrapped.initCause(new UnresolvedAddressException());
        assertThat(PageFetcher.failure(wrapped)).isEqualTo("the host name could not be resolved");
        assertThat(PageFetcher.failure(new SSLHandshakeException("PKIX path building failed")))
                .isEqualTo("the TLS connection failed");
        assertThat(PageFetcher.failure(new IOException("closed"))).isEqualTo("an input or output error");
    }
}

package org.socialprescribing.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.socialprescribing.fhir.SpFhir;
import org.socialprescribing.fhir.mapping.EpisodeBundles;
import org.socialprescribing.fhir.validation.FhirValidation;
import org.socialprescribing.model.input.InputLimits;
import org.socialprescribing.testkit.SyntheticCohort;

/**
 * What the {@code sp fhir serve} tests share: one validator for the test JVM (building one takes seconds), servers
 * on 127.0.0.1 at an ephemeral port, a synthetic episode Bundle, and a plain HTTP call.
 */
final class LoopbackValidator {

    /** One HTTP answer. */
    record Response(int status, Map<String, List<String>> headers, String body) {
        String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey() != null && e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0))
                    .findFirst()
                    .orElse("");
        }
    }

    private static FhirValidation validation;
    private static ValidationServer small;

    private LoopbackValidator() {}

    /** @return the validator of every server here: R4 core and the SDK's profiles, the default limits */
    static synchronized FhirValidation validation() {
        if (validation == null) {
            validation = FhirValidateCommand.validation(List.of(), InputLimits.defaults());
        }
        return validation;
    }

    /**
     * Starts a server.
     *
     * @param limits the server's limits (its byte limit bounds a request body)
     * @return the server; close it
     */
    static ValidationServer start(InputLimits limits) throws IOException {
        return ValidationServer.start(validation(), limits, 0, 2);
    }

    /**
     * The server the property tests share, under a 20,000-byte limit (as their small inputs): started on first use,
     * stopped when the test JVM ends.
     *
     * @return its base URL
     */
    static synchronized String smallServer() throws IOException {
        if (small == null) {
            ValidationServer server = start(InputLimits.defaults().withMaxBytes(20_000));
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
            small = server;
        }
        return small.base();
    }

    /** @return episode {@code index} of the synthetic cohort as a transaction Bundle, in JSON */
    static String episodeBundle(int index) {
        return SpFhir.newJsonParser()
                .setPrettyPrint(true)
                .encodeResourceToString(EpisodeBundles.standard()
                        .toTransaction(
                                SyntheticCohort.withoutStar().cases().get(index).episode()));
    }

    /**
     * Sends a request.
     *
     * @param method the method
     * @param url the URL
     * @param contentType the Content-Type, or null for none
     * @param body the body, or null for none
     * @return the answer
     */
    static Response call(String method, String url, String contentType, byte[] body) throws IOException {
        HttpURLConnection connection =
                (HttpURLConnection) URI.create(url).toURL().openConnection();
        connection.setRequestMethod(method);
        if (contentType != null) {
            connection.setRequestProperty("Content-Type", contentType);
        }
        if (body != null) {
            connection.setDoOutput(true);
            try (OutputStream out = connection.getOutputStream()) {
                out.write(body);
            }
        }
        int status = connection.getResponseCode();
        InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream();
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        if (in != null) {
            try (in) {
                in.transferTo(read);
            }
        }
        return new Response(status, connection.getHeaderFields(), read.toString(StandardCharsets.UTF_8));
    }

    /** Posts FHIR JSON text. */
    static Response post(String url, String json) throws IOException {
        return call("POST", url, ValidationServer.FHIR_JSON, json.getBytes(StandardCharsets.UTF_8));
    }
}

package org.socialprescribing.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.HttpURLConnection;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.socialprescribing.model.IssueCode;
import org.socialprescribing.model.Severity;
import org.socialprescribing.model.ValidationIssue;
import org.socialprescribing.model.ValidationReport;
import org.socialprescribing.model.input.BoundedInput;
import org.socialprescribing.model.input.InputLimitException;
import org.socialprescribing.model.input.InputLimits;

/**
 * {@code sp fhir validate --server URL}: each file sent to a running {@code sp fhir serve} ({@link ValidationServer}),
 * and its OperationOutcome read back into the report the command prints, so that the output is the same as a local
 * validation's, line for line.
 *
 * <p>Why a client of its own: the point of the server is a fast command. Loading HAPI's model to read the answer
 * would cost about a second, and the JDK's {@code HttpClient} sets up TLS even for http (about 180 classes more than
 * {@code HttpURLConnection}, which is used instead). The answer is read with Jackson: each issue's severity, the SDK's issue code
 * from {@code details.coding} (the issue type for an outcome without one), {@code details.text} and the first {@code
 * expression}, the exact inverse of {@code OperationOutcomes.from}.
 */
final class RemoteValidation {

    /** The SDK's issue codes in an OperationOutcome ({@code OperationOutcomes.ISSUE_CODE_SYSTEM}). */
    private static final String ISSUE_CODE_SYSTEM = "https://fhir.socialprescribing.org/CodeSystem/issue-code";

    private static final int CONNECT_TIMEOUT_MS = 10_000;
    /** A cold server's first validation takes seconds; a large Bundle on a busy one, more. */
    private static final int READ_TIMEOUT_MS = 300_000;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** An issue code as the server gave it. */
    private record ServerCode(String code) implements IssueCode {
        @Override
        public Severity defaultSeverity() {
            return Severity.ERROR;
        }
    }

    private final URI base;
    private final URI validate;
    private final InputLimits limits;

    /**
     * A client of the server at a FHIR base URL.
     *
     * @param base the base, e.g. {@code http://127.0.0.1:8089/fhir}, as {@code sp fhir serve} prints it
     * @param profiles profiles every resource must also meet
     * @param limits the input limits (the byte limit bounds an answer)
     * @throws UsageException if the URL is not an http(s) URL
     */
    RemoteValidation(String base, List<String> profiles, InputLimits limits) {
        URI uri;
        try {
            uri = new URI(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
        } catch (URISyntaxException e) {
            throw new UsageException("--server " + base + ": not a URL (" + e.getReason() + ")", e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new UsageException("--server " + base + ": give the http URL that sp fhir serve printed, e.g."
                    + " http://127.0.0.1:8089/fhir");
        }
        StringBuilder query = new StringBuilder();
        for (String profile : profiles) {
            query.append(query.length() == 0 ? "?" : "&")
                    .append("profile=")
                    .append(URLEncoder.encode(profile, StandardCharsets.UTF_8));
        }
        this.base = uri;
        this.validate = URI.create(uri + "/$validate" + query);
        this.limits = limits;
    }

    /**
     * Validates one file's text on the server.
     *
     * @param file the file, for messages
     * @param text its text
     * @return the report, and the OperationOutcome's JSON as it came
     * @throws UsageException if the server cannot be reached or refuses the request
     */
    FhirValidateCommand.Checked validate(Path file, String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        int status;
        String outcome;
        try {
            HttpURLConnection connection = (HttpURLConnection) validate.toURL().openConnection();
            connection.setConnectTimeout(CONNECT_TIMEOUT_MS);
            connection.setReadTimeout(READ_TIMEOUT_MS);
            connection.setInstanceFollowRedirects(false);
            connection.setRequestMethod("POST");
            connection.setRequestProperty(
                    "Content-Type", isXml(text) ? "application/fhir+xml" : ValidationServer.FHIR_JSON);
            connection.setRequestProperty("Accept", ValidationServer.FHIR_JSON);
            connection.setDoOutput(true);
            connection.setFixedLengthStreamingMode(body.length);
            try (OutputStream out = connection.getOutputStream()) {
                out.write(body);
            }
            status = connection.getResponseCode();
            InputStream answer = status < 400 ? connection.getInputStream() : connection.getErrorStream();
            try (InputStream in = answer == null ? InputStream.nullInputStream() : answer) {
                outcome = new String(BoundedInput.readAllBytes(in, limits), StandardCharsets.UTF_8);
            }
        } catch (ConnectException e) {
            throw new UsageException(
                    "cannot reach the validator at " + base + " (connection refused): is sp fhir serve running there?",
                    e);
        } catch (SocketTimeoutException e) {
            throw new UsageException(file + ": the validator at " + base + " did not answer in time", e);
        } catch (InputLimitException e) {
            throw TextFiles.overLimit("the validator's answer for " + file, e);
        } catch (IOException e) {
            throw new UsageException(
                    file + ": cannot talk to the validator at " + base + " (" + Destination.reason(e) + ")", e);
        }
        if (status != 200) {
            throw new UsageException(file + ": the validator refused it (HTTP " + status + ")" + why(file, outcome));
        }
        return new FhirValidateCommand.Checked(read(file, outcome), outcome.strip());
    }

    /**
     * The report an OperationOutcome holds. The one information issue of an outcome for a report without issues
     * (FHIR requires one) has no SDK code, and is not an issue.
     */
    static ValidationReport read(Object source, String outcome) {
        JsonNode root;
        try {
            root = JSON.readTree(outcome);
        } catch (IOException e) {
            throw new UsageException(source + ": the validator's answer is not JSON", e);
        }
        if (root == null || !"OperationOutcome".equals(root.path("resourceType").asText())) {
            throw new UsageException(source + ": the validator's answer is not an OperationOutcome");
        }
        List<ValidationIssue> issues = new ArrayList<>();
        for (JsonNode issue : root.path("issue")) {
            Severity severity = severity(source, issue.path("severity").asText());
            String code = sdkCode(issue.path("details").path("coding"));
            if (code == null && severity == Severity.INFORMATION) {
                continue;
            }
            String message = issue.path("details")
                    .path("text")
                    .asText(issue.path("diagnostics").asText(""));
            String path = issue.path("expression")
                    .path(0)
                    .asText(issue.path("location").path(0).asText(""));
            issues.add(ValidationIssue.of(
                    new ServerCode(code != null ? code : issue.path("code").asText("invalid")),
                    severity,
                    path,
                    message));
        }
        return ValidationReport.of(issues);
    }

    /** The first message of a refusal's OperationOutcome, if the answer is one (a server other than sp's may not). */
    private static String why(Path file, String outcome) {
        try {
            ValidationReport report = read(file, outcome);
            return report.issues().isEmpty()
                    ? ""
                    : ": " + report.issues().get(0).message();
        } catch (UsageException e) {
            return "";
        }
    }

    private static String sdkCode(JsonNode codings) {
        for (JsonNode coding : codings) {
            if (ISSUE_CODE_SYSTEM.equals(coding.path("system").asText()) && coding.hasNonNull("code")) {
                return coding.path("code").asText();
            }
        }
        return null;
    }

    private static Severity severity(Object source, String code) {
        try {
            return Severity.valueOf(code.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException(source + ": the validator's answer has an issue with severity '" + code + "'", e);
        }
    }

    private static boolean isXml(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '\uFEFF') {
                return c == '<';
            }
        }
        return false;
    }
}

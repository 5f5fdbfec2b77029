package org.socialprescribing.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hl7.fhir.exceptions.FHIRException;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementKind;
import org.hl7.fhir.r4.model.CapabilityStatement.RestfulCapabilityMode;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Enumerations.FHIRVersion;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ResourceType;
import org.socialprescribing.fhir.FhirIssueCode;
import org.socialprescribing.fhir.OperationOutcomes;
import org.socialprescribing.fhir.SpFhir;
import org.socialprescribing.fhir.validation.FhirValidation;
import org.socialprescribing.model.PersonalData;
import org.socialprescribing.model.Severity;
import org.socialprescribing.model.ValidationIssue;
import org.socialprescribing.model.ValidationReport;
import org.socialprescribing.model.input.BoundedInput;
import org.socialprescribing.model.input.InputLimitException;
import org.socialprescribing.model.input.InputLimits;

/**
 * The HTTP side of {@code sp fhir serve}: FHIR's {@code $validate} operation on the loopback interface, answered by
 * one {@link FhirValidation} that stays loaded between requests.
 *
 * <p>Why: a cold {@code sp fhir validate} spends seconds loading R4 core and the profiles before its first check,
 * and a warm validator needs hundreds of Bundles before the JIT compiler has done its work (docs/PERFORMANCE.md). A
 * resident validator pays both once, as the HL7 validator's server mode and Firely Server do, and answers tools that
 * are not Java (curl, scripts) as well as {@code sp fhir validate --server}.
 *
 * <p>What it answers, under {@value #BASE}:
 *
 * <ul>
 *   <li>{@code POST [base]/[type]/$validate}: FHIR's operation. The body is the resource (JSON or XML), or a {@code
 *       Parameters} with a {@code resource} part and {@code profile} parts; profiles may also be given as {@code
 *       ?profile=URL}. The answer is an OperationOutcome with HTTP 200 whether or not the resource is valid, as FHIR
 *       says; 4xx means the request could not be validated.
 *   <li>{@code POST [base]/$validate}: the same for a body of any type, taken as the resource to validate (the
 *       SDK's own path, which {@code sp fhir validate --server} uses).
 *   <li>{@code GET [base]/metadata}: the CapabilityStatement, which FHIR clients read first.
 * </ul>
 *
 * <p>What it refuses, since it reads personal data and has no authentication: it listens on 127.0.0.1 only; it
 * answers only requests whose {@code Host} is a loopback name (a web page cannot reach it through DNS rebinding);
 * and only FHIR, JSON or XML bodies (a browser cannot send those to another origin without a CORS preflight, which
 * it never grants). A body is read no further than the byte limit. It writes no log of what it is sent.
 */
final class ValidationServer implements AutoCloseable {

    /** The FHIR base path. */
    static final String BASE = "/fhir";

    static final String FHIR_JSON = "application/fhir+json";

    private static final Pattern VALIDATE = Pattern.compile("/fhir(?:/([A-Za-z]+))?/\\$validate");
    private static final Set<String> MEDIA_TYPES = Set.of(
            FHIR_JSON,
            "application/json",
            "application/json+fhir",
            "application/fhir+xml",
            "application/xml",
            "application/xml+fhir",
            "text/xml");
    private static final String NO_DELAY = "sun.net.httpserver.nodelay";
    private static final Set<String> LOOPBACK_HOSTS = Set.of("127.0.0.1", "localhost", "[::1]");

    private final HttpServer server;
    private final ExecutorService threads;
    private final FhirValidation validation;
    private final InputLimits limits;
    private final String base;
    private final AtomicBoolean closed = new AtomicBoolean();

    private ValidationServer(FhirValidation validation, InputLimits limits, int port, int threadCount)
            throws IOException {
        this.validation = validation;
        this.limits = limits;
        // The JDK's server writes an answer's headers and its body in two writes, and with Nagle's algorithm on the
        // body waited for the client's delayed acknowledgement, about 40 ms a request on Linux: a JFR profile found
        // the server's two threads parked a third of the time with two requests always outstanding, and this setting
        // took two-at-a-time validation from 71-90 to 54 ms per Bundle (docs/PERFORMANCE.md). The JDK reads it when
        // its first server is made; a value the user set stays.
        if (System.getProperty(NO_DELAY) == null) {
            System.setProperty(NO_DELAY, "true");
        }
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        this.threads = Executors.newFixedThreadPool(threadCount, task -> {
            Thread thread = new Thread(task, "sp-fhir-serve");
            thread.setDaemon(true);
            return thread;
        });
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        this.base = "http://127.0.0.1:" + server.getAddress().getPort() + BASE;
    }

    /**
     * Starts a server.
     *
     * @param validation the validator every request uses
     * @param limits the input limits (the byte limit bounds a request body)
     * @param port the port, or 0 for any free one
     * @param threadCount how many requests are validated at once
     * @return the running server
     * @throws IOException if the port cannot be bound
     */
    static ValidationServer start(FhirValidation validation, InputLimits limits, int port, int threadCount)
            throws IOException {
        ValidationServer server = new ValidationServer(validation, limits, port, threadCount);
        server.server.start();
        return server;
    }

    /** @return the FHIR base URL, e.g. {@code http://127.0.0.1:8089/fhir} */
    String base() {
        return base;
    }

    /**
     * Stops listening, lets requests being answered finish for up to a second, and stops the threads. Only the first
     * call does anything (the command's own and its shutdown hook's may both come).
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        server.stop(1);
        threads.shutdown();
        try {
            threads.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One answer: the HTTP status, an {@code Allow} header for 405, and the resource sent back. */
    private record Answer(int status, String allow, Resource body) {
        static Answer ok(Resource body) {
            return new Answer(200, "", body);
        }

        static Answer refused(int status, IssueType type, String message) {
            return refused(status, "", type, message);
        }

        static Answer refused(int status, String allow, IssueType type, String message) {
            OperationOutcome outcome = new OperationOutcome();
            outcome.addIssue()
                    .setSeverity(IssueSeverity.ERROR)
                    .setCode(type)
                    .setDetails(new CodeableConcept().setText(PersonalData.mask(message)));
            return new Answer(status, allow, outcome);
        }

        static Answer refused(int status, ValidationIssue issue) {
            return new Answer(status, "", OperationOutcomes.from(ValidationReport.of(issue)));
        }
    }

    private void handle(HttpExchange exchange) {
        try {
            Answer answer;
            try {
                answer = answer(exchange);
            } catch (RuntimeException e) {
                // The cause may quote the input: it is not sent back.
                answer = Answer.refused(500, IssueType.EXCEPTION, "the server failed on this request");
            }
            send(exchange, answer);
        } catch (IOException e) {
            // The client went away; nothing to answer.
        } finally {
            exchange.close();
        }
    }

    private Answer answer(HttpExchange exchange) throws IOException {
        String host = exchange.getRequestHeaders().getFirst("Host");
        if (host == null || !LOOPBACK_HOSTS.contains(withoutPort(host).toLowerCase(Locale.ROOT))) {
            return Answer.refused(
                    403, IssueType.SECURITY, "only requests to 127.0.0.1 or localhost are answered (Host header)");
        }
        URI uri = exchange.getRequestURI();
        String path = uri.getPath();
        String method = exchange.getRequestMethod();
        if (path.equals(BASE + "/metadata")) {
            return method.equals("GET")
                    ? Answer.ok(capabilities())
                    : Answer.refused(405, "GET", IssueType.NOTSUPPORTED, "metadata is read with GET");
        }
        Matcher validate = VALIDATE.matcher(path);
        if (!validate.matches()) {
            return Answer.refused(
                    404,
                    IssueType.NOTFOUND,
                    "nothing here: POST a resource to " + BASE + "/[type]/$validate or " + BASE + "/$validate");
        }
        if (!method.equals("POST")) {
            return Answer.refused(405, "POST", IssueType.NOTSUPPORTED, "$validate takes the resource by POST");
        }
        String type = validate.group(1);
        if (type != null && !isResourceType(type)) {
            return Answer.refused(404, IssueType.NOTFOUND, type + " is not a FHIR R4 resource type");
        }
        String media = mediaType(exchange.getRequestHeaders().getFirst("Content-Type"));
        if (!MEDIA_TYPES.contains(media)) {
            return Answer.refused(
                    415,
                    IssueType.NOTSUPPORTED,
                    "send the resource as " + FHIR_JSON + " or application/fhir+xml (Content-Type)");
        }
        List<String> profiles = new ArrayList<>();
        Optional<Answer> badQuery = readQuery(uri.getRawQuery(), profiles);
        if (badQuery.isPresent()) {
            return badQuery.get();
        }
        byte[] bytes;
        try (InputStream in = exchange.getRequestBody()) {
            bytes = BoundedInput.readAllBytes(in, limits);
        } catch (InputLimitException e) {
            return Answer.refused(
                    413, ValidationIssue.of(FhirIssueCode.INPUT_TOO_LARGE, "", "the request body: " + e.rule()));
        }
        String text;
        try {
            text = TextFiles.utf8(bytes);
        } catch (CharacterCodingException e) {
            return Answer.refused(
                    400, ValidationIssue.of(FhirIssueCode.INPUT_NOT_UTF8, "", "the request body is not UTF-8 text"));
        }
        return validate(type, text, profiles);
    }

    private Answer validate(String type, String text, List<String> profiles) {
        Optional<String> bodyType = RootType.of(text);
        // A body too broken to name its type is the validator's to report, with its location.
        if (type != null && bodyType.isPresent()) {
            if (bodyType.get().equals("Parameters") && !type.equals("Parameters")) {
                return fromParameters(type, text, profiles);
            }
            if (!bodyType.get().equals(type)) {
                return Answer.refused(400, wrongType(type, bodyType.get()));
            }
        }
        return Answer.ok(validation.validateToOperationOutcome(text, profiles.toArray(new String[0])));
    }

    /**
     * FHIR's other form of the operation's input: a Parameters with the resource and the profiles. Read as JSON
     * tokens, and the resource passed on as the very text it was sent as: parsing it into HAPI's model first would
     * refuse what the validator should report (an unknown code, a bad date), and writing it again could change it.
     */
    private Answer fromParameters(String type, String text, List<String> profiles) {
        ParametersInput input;
        try {
            input = ParametersInput.read(text);
        } catch (IOException e) {
            return Answer.refused(
                    400,
                    ValidationIssue.of(
                            FhirIssueCode.INPUT_MALFORMED,
                            "",
                            "the Parameters body is not JSON that $validate takes (a Parameters in XML: post the"
                                    + " resource itself)"));
        }
        if (!input.refusal().isEmpty()) {
            return Answer.refused(400, IssueType.NOTSUPPORTED, input.refusal());
        }
        if (input.resource().isEmpty()) {
            return Answer.refused(
                    400, IssueType.REQUIRED, "the Parameters body has no 'resource' part holding the resource");
        }
        Optional<String> held = RootType.of(input.resource());
        if (held.isPresent() && !held.get().equals(type)) {
            return Answer.refused(400, wrongType(type, held.get()));
        }
        profiles.addAll(input.profiles());
        return Answer.ok(validation.validateToOperationOutcome(input.resource(), profiles.toArray(new String[0])));
    }

    private static ValidationIssue wrongType(String expected, String found) {
        return ValidationIssue.of(
                FhirIssueCode.WRONG_RESOURCE_TYPE,
                Severity.ERROR,
                "",
                "the URL names " + expected + " but the body is a " + found);
    }

    /** Reads {@code profile=URL} parameters; any other parameter (a typo would lose a check) is refused. */
    private static Optional<Answer> readQuery(String rawQuery, List<String> profiles) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return Optional.empty();
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            if (name.equals("profile") && !value.isBlank()) {
                profiles.add(value);
            } else if (name.equals("mode")) {
                return Optional.of(Answer.refused(400, IssueType.NOTSUPPORTED, ParametersInput.refusal("mode")));
            } else {
                return Optional.of(Answer.refused(
                        400,
                        IssueType.NOTSUPPORTED,
                        "the parameter '" + name + "' is not supported: give profile=URL (non-blank), or nothing"));
            }
        }
        return Optional.empty();
    }

    private static boolean isResourceType(String type) {
        try {
            ResourceType.fromCode(type);
            return true;
        } catch (FHIRException e) {
            return false;
        }
    }

    private static String withoutPort(String host) {
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            return end < 0 ? host : host.substring(0, end + 1);
        }
        int colon = host.indexOf(':');
        return colon < 0 ? host : host.substring(0, colon);
    }

    private static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon))
                .trim()
                .toLowerCase(Locale.ROOT);
    }

    private CapabilityStatement capabilities() {
        CapabilityStatement statement = new CapabilityStatement();
        statement
                .setStatus(PublicationStatus.ACTIVE)
                .setDate(new Date())
                .setKind(CapabilityStatementKind.INSTANCE)
                .setFhirVersion(FHIRVersion._4_0_1)
                .addFormat(FHIR_JSON)
                .addFormat("application/fhir+xml");
        statement
                .getImplementation()
                .setDescription("Social Prescribing SDK: FHIR R4 validation (sp fhir serve)")
                .setUrl(base);
        statement
                .addRest()
                .setMode(RestfulCapabilityMode.SERVER)
                .addOperation()
                .setName("validate")
                .setDefinition("http://hl7.org/fhir/OperationDefinition/Resource-validate");
        return statement;
    }

    private static void send(HttpExchange exchange, Answer answer) throws IOException {
        byte[] body =
                SpFhir.newJsonParser().encodeResourceToString(answer.body()).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", FHIR_JSON + "; charset=utf-8");
        if (!answer.allow().isEmpty()) {
            exchange.getResponseHeaders().set("Allow", answer.allow());
        }
        exchange.sendResponseHeaders(answer.status(), body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}

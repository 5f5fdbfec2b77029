package org.socialprescribing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialprescribing.model.ValidationReport;
import org.socialprescribing.model.input.InputLimits;

/** {@code sp fhir serve} and {@code sp fhir validate --server}: FHIR's {@code $validate} over loopback HTTP. */
class ValidationServerTest {

    private static final String PATIENT = "{\"resourceType\":\"Patient\",\"id\":\"p1\","
            + "\"name\":[{\"family\":\"Smithson\",\"given\":[\"Joan\"]}],\"gender\":\"female\","
            + "\"birthDate\":\"1950-05-17\"}";
    private static final String INVALID_PATIENT = PATIENT.replace("\"female\"", "\"woman\"");
    private static final String XML_PATIENT =
            "<Patient xmlns=\"http://hl7.org/fhir\"><gender value=\"woman\"/>" + "</Patient>";
    /** A valid NHS number (the modulus-11 check holds), which no answer may show in clear. */
    private static final String NHS_NUMBER = "9434765919";

    private static ValidationServer server;
    private static String base;

    @TempDir
    Path folder;

    @BeforeAll
    static void start() throws IOException {
        server = LoopbackValidator.start(InputLimits.defaults());
        base = server.base();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void validateWithServer_printsWhatALocalValidationPrints() throws IOException {
        String[] files = {
            write("bundle.json", LoopbackValidator.episodeBundle(1)),
            write("valid.json", PATIENT),
            write("invalid.json", INVALID_PATIENT),
            write("truncated.json", PATIENT.substring(0, 40)),
            write("patient.xml", XML_PATIENT)
        };

        for (String format : new String[] {"text", "json"}) {
            SpRunner.Result local = SpRunner.run(args(null, format, files));
            SpRunner.Result remote = SpRunner.run(args(base, format, files));

            assertThat(remote.exitCode())
                    .as(remote.err())
                    .isEqualTo(local.exitCode())
                    .isEqualTo(ExitCode.DATA_PROBLEMS);
            assertThat(remote.out()).isEqualTo(local.out());
            assertThat(remote.err()).isEqualTo(local.err()).contains("5 file(s): 2 valid, 3 with errors");
        }
    }

    @Test
    void validateWithServer_givesTheServerProfilesToo() throws IOException {
        String file = write("valid.json", PATIENT);
        String profile = "https://example.org/StructureDefinition/not-loaded";

        SpRunner.Result remote = SpRunner.run("fhir", "validate", "--server", base, "--profile", profile, file);

        assertThat(remote.exitCode()).isEqualTo(ExitCode.DATA_PROBLEMS);
        assertThat(remote.out()).contains(profile);
    }

    @Test
    void typeLevelOperation_validatesABodyOfThatType() throws IOException {
        LoopbackValidator.Response valid = LoopbackValidator.post(base + "/Patient/$validate", PATIENT);
        LoopbackValidator.Response invalid = LoopbackValidator.post(base + "/Patient/$validate", INVALID_PATIENT);
        LoopbackValidator.Response otherType = LoopbackValidator.post(base + "/Bundle/$validate", PATIENT);

        assertThat(valid.status()).isEqualTo(200);
        assertThat(valid.header("Content-Type")).startsWith("application/fhir+json");
        assertThat(RemoteValidation.read("valid", valid.body()).isEmpty()).isTrue();
        // FHIR: 200 whether or not the resource is valid.
        assertThat(invalid.status()).isEqualTo(200);
        assertThat(RemoteValidation.read("invalid", invalid.body()).isValid()).isFalse();
        assertThat(otherType.status()).isEqualTo(400);
        assertThat(otherType.body())
                .contains("fhir.input.wrong-resource-type")
                .contains("the URL names Bundle but the body is a Patient");
    }

    @Test
    void parametersBody_isTheOperationsInput() throws IOException {
        String parameters = "{\"resourceType\":\"Parameters\",\"parameter\":[{\"name\":\"resource\",\"resource\":"
                + INVALID_PATIENT + "}]}";
        LoopbackValidator.Response answer = LoopbackValidator.post(base + "/Patient/$validate", parameters);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(RemoteValidation.read("p", answer.body()).errors()).isNotEmpty();

        String withProfile = parameters.replace(
                "]}", ",{\"name\":\"profile\",\"valueUri\":\"https://example.org/StructureDefinition/nope\"}]}");
        assertThat(LoopbackValidator.post(base + "/Patient/$validate", withProfile)
                        .body())
                .contains("https://example.org/StructureDefinition/nope");

        // Posted to Parameters' own operation, a Parameters is the resource checked.
        assertThat(LoopbackValidator.post(base + "/Parameters/$validate", parameters)
                        .status())
                .isEqualTo(200);

        String mode = parameters.replace("]}", ",{\"name\":\"mode\",\"valueCode\":\"create\"}]}");
        assertRefused(LoopbackValidator.post(base + "/Patient/$validate", mode), 400, "'mode' is not supported");
        String noResource = "{\"resourceType\":\"Parameters\",\"parameter\":[{\"name\":\"profile\","
                + "\"valueUri\":\"https://example.org/p\"}]}";
        assertRefused(LoopbackValidator.post(base + "/Patient/$validate", noResource), 400, "no 'resource' part");
        String other = parameters.replace("]}", ",{\"name\":\"format\",\"valueCode\":\"json\"}]}");
        assertRefused(LoopbackValidator.post(base + "/Patient/$validate", other), 400, "'format' is not one");
        assertRefused(
                LoopbackValidator.post(base + "/Bundle/$validate", parameters),
                400,
                "the URL names Bundle but the body is a Patient");
    }

    @Test
    void query_takesProfilesAndRefusesAnythingElse() throws IOException {
        LoopbackValidator.Response profiled = LoopbackValidator.post(
                base + "/$validate?profile=https%3A%2F%2Fexample.org%2FStructureDefinition%2Fnope", PATIENT);
        assertThat(profiled.status()).isEqualTo(200);
        assertThat(profiled.body()).contains("https://example.org/StructureDefinition/nope");

        assertRefused(LoopbackValidator.post(base + "/$validate?mode=create", PATIENT), 400, "'mode'");
        LoopbackValidator.Response typo = LoopbackValidator.post(base + "/$validate?" + NHS_NUMBER + "=1", PATIENT);
        assertRefused(typo, 400, "is not supported");
        assertThat(typo.body()).doesNotContain(NHS_NUMBER);
    }

    @Test
    void otherRequests_getAnOperationOutcomeWithTheirStatus() throws IOException {
        LoopbackValidator.Response get = LoopbackValidator.call("GET", base + "/Patient/$validate", null, null);
        assertRefused(get, 405, "by POST");
        assertThat(get.header("Allow")).isEqualTo("POST");
        assertRefused(LoopbackValidator.post(base + "/Nothing/$validate", PATIENT), 404, "not a FHIR R4 resource type");
        assertRefused(LoopbackValidator.post(base + "/Patient", PATIENT), 404, "nothing here");
        assertRefused(LoopbackValidator.call("GET", base.replace("/fhir", "/"), null, null), 404, "nothing here");
        assertRefused(
                LoopbackValidator.call("POST", base + "/metadata", ValidationServer.FHIR_JSON, new byte[0]),
                405,
                "metadata is read with GET");
    }

    @Test
    void bodiesABrowserCouldSendAcrossOrigins_areRefused() throws IOException {
        byte[] patient = PATIENT.getBytes(StandardCharsets.UTF_8);
        for (String type : new String[] {"text/plain", "application/x-www-form-urlencoded", "multipart/form-data"}) {
            assertRefused(LoopbackValidator.call("POST", base + "/$validate", type, patient), 415, "Content-Type");
        }
        assertRefused(LoopbackValidator.call("POST", base + "/$validate", null, patient), 415, "Content-Type");
        assertThat(LoopbackValidator.call("POST", base + "/$validate", "application/json; charset=UTF-8", patient)
                        .status())
                .isEqualTo(200);
        assertThat(LoopbackValidator.call(
                                "POST",
                                base + "/$validate",
                                "application/fhir+xml",
                                XML_PATIENT.getBytes(StandardCharsets.UTF_8))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aHostThatIsNotLoopback_isRefused() throws IOException {
        // A web page that rebinds its own name to 127.0.0.1 still sends its name as the Host.
        assertThat(rawStatusLine("evil.example")).contains(" 403 ");
        assertThat(rawStatusLine("localhost:" + URI.create(base).getPort())).contains(" 200 ");
        assertThat(rawStatusLine("127.0.0.1")).contains(" 200 ");
    }

    @Test
    void bodyOverTheByteLimit_isRefusedUnread() throws IOException {
        try (ValidationServer small =
                LoopbackValidator.start(InputLimits.defaults().withMaxBytes(1000))) {
            LoopbackValidator.Response answer =
                    LoopbackValidator.post(small.base() + "/$validate", LoopbackValidator.episodeBundle(1));
            assertRefused(answer, 413, "fhir.input.too-large");
        }
    }

    @Test
    void bodyNotUtf8_isRefused() throws IOException {
        byte[] latin1 = PATIENT.replace("Joan", "Jo\u00e9").getBytes(StandardCharsets.ISO_8859_1);
        assertRefused(
                LoopbackValidator.call("POST", base + "/$validate", ValidationServer.FHIR_JSON, latin1),
                400,
                "fhir.input.not-utf8");
    }

    @Test
    void metadata_isACapabilityStatementThatValidates() throws IOException {
        LoopbackValidator.Response metadata = LoopbackValidator.call("GET", base + "/metadata", null, null);

        assertThat(metadata.status()).isEqualTo(200);
        assertThat(metadata.body())
                .contains("\"resourceType\":\"CapabilityStatement\"")
                .contains(base);
        ValidationReport report = LoopbackValidator.validation().validate(metadata.body());
        assertThat(report.errors()).as(report.toString()).isEmpty();
    }

    @Test
    void validateWithServer_saysWhatIsWrongWithTheServer() throws IOException {
        String file = write("valid.json", PATIENT);
        int free;
        try (ValidationServer closed = LoopbackValidator.start(InputLimits.defaults())) {
            free = URI.create(closed.base()).getPort();
        }

        SpRunner.Result nobody =
                SpRunner.run("fhir", "validate", "--server", "http://127.0.0.1:" + free + "/fhir", file);
        assertThat(nobody.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(nobody.err())
                .contains("cannot reach the validator")
                .contains("sp fhir serve")
                .doesNotContain("\tat ");

        SpRunner.Result notHttp = SpRunner.run("fhir", "validate", "--server", "ftp://127.0.0.1/fhir", file);
        assertThat(notHttp.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(notHttp.err()).contains("give the http URL");

        SpRunner.Result notFhir = SpRunner.run("fhir", "validate", "--server", base.replace("/fhir", "/other"), file);
        assertThat(notFhir.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(notFhir.err()).contains("refused it (HTTP 404)");

        SpRunner.Result both = SpRunner.run("fhir", "validate", "--server", base, "--package", folder.toString(), file);
        assertThat(both.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(both.err()).contains("--package and --server");
    }

    @Test
    void serveCommand_printsItsUrlWhenReadyAndStopsWhenInterrupted() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AtomicInteger exit = new AtomicInteger(-1);
        Thread serving = new Thread(
                () -> exit.set(Sp.run(new PrintWriter(out), new PrintWriter(err), "fhir", "serve", "--threads", "1")));
        serving.start();
        long deadline = System.nanoTime() + 180_000_000_000L;
        while (!out.toString().contains("\n") && serving.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        String url = out.toString().strip();
        assertThat(url).as(err.toString()).matches("http://127\\.0\\.0\\.1:\\d+/fhir");
        assertThat(err.toString()).contains("Ctrl-C stops it");
        assertThat(LoopbackValidator.post(url + "/$validate", PATIENT).status()).isEqualTo(200);

        serving.interrupt();
        serving.join(30_000);

        assertThat(serving.isAlive()).isFalse();
        assertThat(exit.get()).isEqualTo(ExitCode.OK);
        SpRunner.Result after = SpRunner.run("fhir", "validate", "--server", url, write("p.json", PATIENT));
        assertThat(after.err()).contains("cannot reach the validator");
    }

    @Test
    void serveCommand_refusesBadOptions() {
        assertThat(SpRunner.run("fhir", "serve", "--port", "70000").err()).contains("--port 70000: give 0 to 65535");
        assertThat(SpRunner.run("fhir", "serve", "--threads", "0").err()).contains("--threads 0: give 1 to 256");
        assertThat(SpRunner.run(
                                "fhir",
                                "serve",
                                "--package",
                                folder.resolve("none").toString())
                        .exitCode())
                .isEqualTo(ExitCode.USAGE);
    }

    private static String[] args(String server, String format, String... files) {
        List<String> args = new ArrayList<>(List.of("fhir", "validate", "--format", format));
        if (server != null) {
            args.add("--server");
            args.add(server);
        }
        args.addAll(List.of(files));
        return args.toArray(new String[0]);
    }

    private static void assertRefused(LoopbackValidator.Response answer, int status, String saying) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.body())
                .startsWith("{\"resourceType\":\"OperationOutcome\"")
                .contains(saying);
    }

    private static String rawStatusLine(String host) throws IOException {
        byte[] body = PATIENT.getBytes(StandardCharsets.UTF_8);
        try (Socket socket =
                new Socket(InetAddress.getLoopbackAddress(), URI.create(base).getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /fhir/$validate HTTP/1.1\r\nHost: " + host + "\r\nContent-Type: application/fhir+json\r\n"
                            + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
        }
    }

    private String write(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content).toString();
    }
}

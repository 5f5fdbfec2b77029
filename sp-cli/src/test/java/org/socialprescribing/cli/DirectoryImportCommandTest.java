package org.socialprescribing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.socialprescribing.model.json.SpJson;
import org.socialprescribing.model.service.Service;
import org.socialprescribing.openreferral.OrukJson;
import org.socialprescribing.openreferral.OrukPage;
import org.socialprescribing.openreferral.OrukService;

class DirectoryImportCommandTest {

    /** An invented directory page (six services of three invented charities), as the demo publishes it. */
    private static final Path DIRECTORY = Path.of("src", "test", "resources", "directory", "services.json");

    @TempDir
    Path folder;

    @Test
    void importFromFile_writesSdkServicesAsAJsonArray() throws IOException {
        Path output = folder.resolve("services.json");

        SpRunner.Result result =
                SpRunner.run("directory", "import", DIRECTORY.toString(), "--output", output.toString());

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.OK);
        assertThat(result.err()).contains("6 service(s) imported, 0 record(s) not mapped, 0 warning(s)");
        List<Service> services = List.of(SpJson.parse(Files.readString(output), Service[].class));
        assertThat(services).extracting(Service::name).startsWith("Telephone befriending", "Coffee and chat group");
    }

    @Test
    void importOfAnOrukOrganizationRecord_readsItsNestedServices() throws IOException {
        Path example =
                Path.of("..", "..", "shared", "reference", "openreferral-uk", "examples", "organization_full.json");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(example), "the ORUK examples are not here");
        Path output = folder.resolve("services.json");

        SpRunner.Result result = SpRunner.run("directory", "import", example.toString(), "--output", output.toString());

        assertThat(result.err()).doesNotContain("is required but missing").contains("1 service(s) imported");
        List<Service> services = List.of(SpJson.parse(Files.readString(output), Service[].class));
        assertThat(services)
                .singleElement()
                .satisfies(service ->
                        assertThat(service.provider().orElseThrow().name()).isNotBlank());
    }

    @Test
    void importOfAFhirBundleOfHealthcareServices_writesSdkServices_andReportsTheRest() throws IOException {
        Path bundle = Files.writeString(
                folder.resolve("directory.json"),
                "{\"resourceType\": \"Bundle\", \"type\": \"searchset\", \"entry\": [{\"resource\":"
                        + " {\"resourceType\": \"HealthcareService\", \"name\": \"Walking group\","
                        + " \"providedBy\": {\"display\": \"Age UK Leeds\"},"
                        + " \"telecom\": [{\"system\": \"phone\", \"value\": \"0113 000 0000\"}]}}]}");
        Path output = folder.resolve("services.json");

        SpRunner.Result result = SpRunner.run("directory", "import", bundle.toString(), "--output", output.toString());

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.DATA_PROBLEMS);
        assertThat(result.err())
                .contains("WARNING fhir.input.unmapped-content at Bundle.entry[0].resource.telecom[0]")
                .contains("1 service(s) imported, 1 warning(s)");
        List<Service> services = List.of(SpJson.parse(Files.readString(output), Service[].class));
        assertThat(services).extracting(Service::name).containsExactly("Walking group");
    }

    @Test
    void importOfTheGravityDirectory_whoseServiceNamesNoProvider_yieldsTheService_andReportsTheProvider()
            throws IOException {
        Path bundle = Path.of(
                "..", "sp-fhir", "src", "test", "resources", "intake", "gravity", "healthcareservice-directory.json");
        Path output = folder.resolve("services.json");

        SpRunner.Result result = SpRunner.run("directory", "import", bundle.toString(), "--output", output.toString());

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.DATA_PROBLEMS);
        assertThat(result.err())
                .contains("service.provider.missing at Bundle.entry[0].resource.providedBy")
                .contains("1 service(s) imported");
        List<Service> services = List.of(SpJson.parse(Files.readString(output), Service[].class));
        assertThat(services).singleElement().satisfies(service -> {
            assertThat(service.name()).isEqualTo("HACC");
            assertThat(service.provider()).isEmpty();
        });
    }

    /** Members that put {@code "contents"} in a service's JSON text without making it a page. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "\"description\": \"contents\"",
                "\"description\": \"Ask for the \\\"contents\\\" leaflet\"",
                "\"x_leaflet\": {\"contents\": [\"Walks\", \"Talks\"]}"
            })
    void importFromFile_readsOneServiceThatMentionsContents(String member) throws IOException {
        OrukPage<OrukService> page = OrukJson.parsePage(Files.readString(DIRECTORY), OrukService.class);
        String record = OrukJson.write(page.contents().get(0));
        Path file = Files.writeString(folder.resolve("one-service.json"), "{" + member + ", " + record.substring(1));

        SpRunner.Result result = SpRunner.run("directory", "import", file.toString());

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.OK);
        assertThat(result.err()).contains("1 service(s) imported");
        assertThat(SpJson.parse(result.out(), Service[].class))
                .singleElement()
                .satisfies(service -> assertThat(service.name()).isEqualTo("Telephone befriending"));
    }

    @Test
    void importFromAnApi_pagesThroughTheFeed() throws IOException {
        byte[] page = Files.readAllBytes(DIRECTORY);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/services", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, page.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(page);
            }
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();

            SpRunner.Result result = SpRunner.run("directory", "import", base, "--quiet");

            assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.OK);
            assertThat(SpJson.parse(result.out(), Service[].class)).hasSize(6);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void invalidValues_areReportedWithTheirPathAndTheServiceIsStillImported() throws IOException {
        String json = Files.readString(DIRECTORY, StandardCharsets.UTF_8)
                .replaceFirst("\"identifier\": \"1199001\"", "\"identifier\": \"12\"");
        Path file = Files.writeString(folder.resolve("bad-charity.json"), json);

        SpRunner.Result result = SpRunner.run("directory", "import", file.toString());

        assertThat(result.err()).contains("WARNING").contains("organization_identifiers");
        assertThat(SpJson.parse(result.out(), Service[].class)).hasSize(6);
    }

    @Test
    void notOpenReferral_isAUsageErrorOnOneLine() throws IOException {
        Path file = Files.writeString(folder.resolve("other.json"), "{\"contents\": 3}");

        SpRunner.Result result = SpRunner.run("directory", "import", file.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err()).startsWith("sp: " + file).doesNotContain("\tat ");
        assertThat(result.err().lines()).hasSize(1);
    }
}

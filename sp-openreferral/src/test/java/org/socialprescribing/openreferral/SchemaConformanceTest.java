package org.socialprescribing.openreferral;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What we write validates against the compiled ORUK JSON schemas (draft 2020-12, formats asserted), read in place
 * from the shared reference folder: the example payloads after a round trip, and random directories.
 */
class SchemaConformanceTest {

    private static final ObjectMapper PLAIN = new ObjectMapper();

    /**
     * The schema of each example (or of each record on an example page): the compiled schemas where the profile
     * has one, the UK profile's own schema files for taxonomies.
     */
    private static final Map<String, String> SCHEMAS = Map.of(
            "service_full.json", "compiled/service.json",
            "service_list.json", "compiled/service_list.json",
            "organization_full.json", "compiled/organization.json",
            "organization_list.json", "compiled/organization_list.json",
            "service_at_location_full.json", "compiled/service_at_location.json",
            "service_at_location_list.json", "compiled/service_at_location_list.json",
            "taxonomy.json", "taxonomy.json",
            "taxonomy_list.json", "taxonomy.json",
            "taxonomy_term.json", "taxonomy_term.json",
            "taxonomy_term_list.json", "taxonomy_term.json");

    private final OrukArbitraries valid = OrukArbitraries.schemaValid();

    static Collection<Path> examples() {
        return OrukReference.examples();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void example_asWrittenValidatesAgainstItsSchema(Path example) throws IOException {
        OrukReference.assumeSchemasAvailable();
        String name = example.getFileName().toString();
        assertThat(SCHEMAS).as("schema of %s", name).containsKey(name);

        String written = ExamplePayloadsTest.roundTrip(example);

        Schema schema = OrukReference.schema(SCHEMAS.get(name));
        assertThat(
                        name.endsWith("_list.json")
                                ? pageProblems(written, schema)
                                : OrukReference.problems(schema, written))
                .isEmpty();
    }

    @Test
    void validator_reportsWhatTheSchemaForbids() {
        OrukReference.assumeSchemasAvailable();
        Schema service = OrukReference.schema("compiled/service.json");

        assertThat(OrukReference.problems(
                        service, "{\"id\":\"ac148810-d857-441c-9679-408f346de14b\",\"status\":\"active\"}"))
                .as("name is required")
                .isNotEmpty();
        assertThat(OrukReference.problems(service, "{\"id\":\"not a uuid\",\"name\":\"n\",\"status\":\"active\"}"))
                .as("formats are asserted")
                .isNotEmpty();
        assertThat(OrukReference.problems(
                        service,
                        "{\"id\":\"ac148810-d857-441c-9679-408f346de14b\",\"name\":\"n\",\"status\":\"open\"}"))
                .as("status is an enumeration")
                .isNotEmpty();
    }

    @Property(tries = 100)
    @AddLifecycleHook(OrukReference.SchemasRequired.class)
    void services_asWrittenValidate(@ForAll("services") OrukService service) {
        assertThat(OrukReference.problems(OrukReference.schema("compiled/service.json"), OrukJson.write(service)))
                .isEmpty();
    }

    @Property(tries = 50)
    @AddLifecycleHook(OrukReference.SchemasRequired.class)
    void organizations_asWrittenValidate(@ForAll("organizations") OrukOrganization organization) {
        assertThat(OrukReference.problems(
                        OrukReference.schema("compiled/organization.json"), OrukJson.write(organization)))
                .isEmpty();
    }

    @Property(tries = 50)
    @AddLifecycleHook(OrukReference.SchemasRequired.class)
    void servicesAtLocations_asWrittenValidate(@ForAll("serviceAtLocations") OrukServiceAtLocation serviceAtLocation) {
        assertThat(OrukReference.problems(
                        OrukReference.schema("compiled/service_at_location.json"), OrukJson.write(serviceAtLocation)))
                .isEmpty();
    }

    @Property(tries = 50)
    @AddLifecycleHook(OrukReference.SchemasRequired.class)
    void taxonomies_asWrittenValidate(@ForAll("taxonomies") OrukTaxonomy taxonomy) {
        assertThat(OrukReference.problems(OrukReference.schema("taxonomy.json"), OrukJson.write(taxonomy)))
                .isEmpty();
    }

    @Property(tries = 50)
    @AddLifecycleHook(OrukReference.SchemasRequired.class)
    void servicePages_asWrittenValidate(@ForAll("pages") OrukPage<OrukService> page) throws IOException {
        assertThat(pageProblems(OrukJson.write(page), OrukReference.schema("compiled/service.json")))
                .isEmpty();
    }

    @Provide
    Arbitrary<OrukService> services() {
        return valid.services();
    }

    @Provide
    Arbitrary<OrukOrganization> organizations() {
        return valid.organizationsWithServices();
    }

    @Provide
    Arbitrary<OrukServiceAtLocation> serviceAtLocations() {
        return valid.serviceAtLocationsWithService();
    }

    @Provide
    Arbitrary<OrukTaxonomy> taxonomies() {
        return valid.taxonomies();
    }

    @Provide
    Arbitrary<OrukPage<OrukService>> pages() {
        return valid.servicePages();
    }

    /** Validates a page: the envelope against the OpenAPI {@code OrukPage} schema, each record against its own. */
    private static List<String> pageProblems(String json, Schema items) throws IOException {
        List<String> problems = new ArrayList<>(OrukReference.problems(OrukReference.pageSchema(), json));
        JsonNode contents = PLAIN.readTree(json).get("contents");
        assertThat(contents).as("contents").isNotNull();
        for (JsonNode item : contents) {
            problems.addAll(OrukReference.problems(items, item.toString()));
        }
        return problems;
    }
}

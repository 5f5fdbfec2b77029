package org.socialprescribing.openreferral;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Random directories survive write -> read unchanged; random and damaged JSON yields only {@link
 * OrukFormatException}s with a JSON path.
 */
class OrukJsonPropertiesTest {

    /** A JSON path as {@link OrukFormatException#path()} writes it. */
    private static final Pattern JSON_PATH =
            Pattern.compile("\\$(\\.[A-Za-z_][A-Za-z0-9_]*|\\[\\d+\\]|\\['([^'\\\\]|\\\\.)*(\\.\\.\\.)?'\\])*");

    private final OrukArbitraries lossless = OrukArbitraries.lossless();

    @Property(tries = 200)
    void service_writeThenRead_givesItBack(@ForAll("services") OrukService service) {
        assertThat(OrukJson.parse(OrukJson.write(service), OrukService.class)).isEqualTo(service);
    }

    @Property(tries = 100)
    void organization_writeThenRead_givesItBack(@ForAll("organizations") OrukOrganization organization) {
        assertThat(OrukJson.parse(OrukJson.write(organization), OrukOrganization.class))
                .isEqualTo(organization);
    }

    @Property(tries = 100)
    void serviceAtLocation_writeThenRead_givesItBack(@ForAll("serviceAtLocations") OrukServiceAtLocation record) {
        assertThat(OrukJson.parse(OrukJson.write(record), OrukServiceAtLocation.class))
                .isEqualTo(record);
    }

    @Property(tries = 100)
    void taxonomy_writeThenRead_givesItBack(@ForAll("taxonomies") OrukTaxonomy taxonomy) {
        assertThat(OrukJson.parse(OrukJson.write(taxonomy), OrukTaxonomy.class)).isEqualTo(taxonomy);
    }

    @Property(tries = 100)
    void page_writeThenReadBytes_givesItBack(@ForAll("pages") OrukPage<OrukService> page) {
        byte[] json = OrukJson.write(page).getBytes(StandardCharsets.UTF_8);

        assertThat(OrukJson.readPage(json, OrukService.class)).isEqualTo(page);
    }

    @Property(tries = 100)
    void service_readThenWrite_isStable(@ForAll("services") OrukService service) {
        String written = OrukJson.write(service);

        assertThat(OrukJson.write(OrukJson.parse(written, OrukService.class))).isEqualTo(written);
    }

    @Property(tries = 300)
    void damagedJson_givesOnlyAFormatExceptionWithAPath(
            @ForAll("services") OrukService service,
            @ForAll Damage damage,
            @ForAll @IntRange(min = 0, max = 100_000) int position,
            @ForAll("jsonCharacters") char character) {
        String json = damage.apply(OrukJson.write(service), position, character);

        assertReadsOrFailsWithAPath(() -> OrukJson.parse(json, OrukService.class));
    }

    @Property(tries = 300)
    void randomText_givesOnlyAFormatExceptionWithAPath(@ForAll String text) {
        assertReadsOrFailsWithAPath(() -> OrukJson.parse(text, OrukService.class));
        assertReadsOrFailsWithAPath(() -> OrukJson.parsePage(text, OrukService.class));
    }

    @Property(tries = 300)
    void randomJson_givesOnlyAFormatExceptionWithAPath(@ForAll("jsonDocuments") String json) {
        assertReadsOrFailsWithAPath(() -> OrukJson.parse(json, OrukService.class));
        assertReadsOrFailsWithAPath(() -> OrukJson.parse(json, OrukOrganization.class));
        assertReadsOrFailsWithAPath(() -> OrukJson.parsePage(json, OrukServiceAtLocation.class));
    }

    @Property(tries = 200)
    void randomBytes_giveOnlyAFormatExceptionWithAPath(@ForAll byte[] bytes) {
        assertReadsOrFailsWithAPath(() -> OrukJson.read(bytes, OrukService.class));
    }

    private static void assertReadsOrFailsWithAPath(Supplier<?> read) {
        try {
            assertThat(read.get()).isNotNull();
        } catch (OrukFormatException e) {
            assertThat(e.path()).matches(JSON_PATH);
            assertThat(e.getMessage()).startsWith(e.path() + ": ");
        }
    }

    /** One way JSON text gets damaged. */
    enum Damage {
        CUT {
            @Override
            String apply(String json, int position, char character) {
                return json.substring(0, position % (json.length() + 1));
            }
        },
        DELETE {
            @Override
            String apply(String json, int position, char character) {
                int at = position % json.length();
                return json.substring(0, at) + json.substring(at + 1);
            }
        },
        INSERT {
            @Override
            String apply(String json, int position, char character) {
                int at = position % (json.length() + 1);
                return json.substring(0, at) + character + json.substring(at);
            }
        },
        REPLACE {
            @Override
            String apply(String json, int position, char character) {
                int at = position % json.length();
                return json.substring(0, at) + character + json.substring(at + 1);
            }
        };

        abstract String apply(String json, int position, char character);
    }

    @Provide
    Arbitrary<Character> jsonCharacters() {
        return Arbitraries.of('{', '}', '[', ']', '"', ',', ':', '0', '-', '.', 'e', 'a', 'n', ' ', '\\', '\u0000');
    }

    /** Random JSON built from the property names and shapes of ORUK documents, so that it reaches deep. */
    @Provide
    Arbitrary<String> jsonDocuments() {
        return json(4).map(Object::toString);
    }

    private static Arbitrary<StringBuilder> json(int depth) {
        Arbitrary<String> names = Arbitraries.of(
                "id",
                "name",
                "status",
                "description",
                "minimum_age",
                "schedules",
                "organization",
                "services",
                "service_at_locations",
                "location",
                "location_type",
                "latitude",
                "addresses",
                "address_type",
                "freq",
                "contents",
                "total_items",
                "last_page",
                "attributes",
                "taxonomy_term",
                "x");
        Arbitrary<StringBuilder> scalars = Arbitraries.of(
                        "\"active\"", "\"physical\"", "\"WEEKLY\"", "\"x\"", "12", "1.5", "-1e3", "true", "null")
                .map(StringBuilder::new);
        if (depth == 0) {
            return scalars;
        }
        Arbitrary<StringBuilder> arrays = json(depth - 1).list().ofMaxSize(3).map(values -> join("[", values, "]"));
        Arbitrary<StringBuilder> objects = net.jqwik.api.Combinators.combine(
                        names.list().uniqueElements().ofMaxSize(5),
                        json(depth - 1).list().ofSize(5))
                .as((keys, values) -> {
                    StringBuilder object = new StringBuilder("{");
                    for (int i = 0; i < keys.size(); i++) {
                        object.append(i == 0 ? "" : ",")
                                .append('"')
                                .append(keys.get(i))
                                .append("\":")
                                .append(values.get(i));
                    }
                    return object.append('}');
                });
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(2, scalars),
                net.jqwik.api.Tuple.of(2, arrays),
                net.jqwik.api.Tuple.of(5, objects));
    }

    private static StringBuilder join(String open, List<StringBuilder> values, String close) {
        StringBuilder joined = new StringBuilder(open);
        for (int i = 0; i < values.size(); i++) {
            joined.append(i == 0 ? "" : ",").append(values.get(i));
        }
        return joined.append(close);
    }

    @Provide
    Arbitrary<OrukService> services() {
        return lossless.services();
    }

    @Provide
    Arbitrary<OrukOrganization> organizations() {
        return lossless.organizationsWithServices();
    }

    @Provide
    Arbitrary<OrukServiceAtLocation> serviceAtLocations() {
        return lossless.serviceAtLocationsWithService();
    }

    @Provide
    Arbitrary<OrukTaxonomy> taxonomies() {
        return lossless.taxonomies();
    }

    @Provide
    Arbitrary<OrukPage<OrukService>> pages() {
        return lossless.servicePages();
    }
}

package org.socialprescribing.openreferral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.socialprescribing.model.SpException;

/** Reading and writing invented ORUK JSON: the lossless rule, schema order, and errors that name the path. */
class OrukJsonTest {

    private static final ObjectMapper PLAIN = new ObjectMapper();

    /** A minimal service; tests add to it with {@link #service(String)}. */
    private static final String MINIMAL = "\"id\":\"s1\",\"name\":\"Lunch club\",\"status\":\"active\"";

    private static String service(String more) {
        return "{" + MINIMAL + (more.isEmpty() ? "" : "," + more) + "}";
    }

    private static void assertSameTree(String written, String original) throws IOException {
        assertThat(PLAIN.readTree(written)).isEqualTo(PLAIN.readTree(original));
    }

    @Test
    void read_keepsUnknownPropertiesAsExtensions() throws IOException {
        String json = service("\"eligibility_description\":\"Over 65s\",\"x_local\":{\"ward\":[1,2.50,null]}");

        OrukService service = OrukJson.parse(json, OrukService.class);

        assertThat(service.extensions()).containsOnlyKeys("eligibility_description", "x_local");
        assertThat(service.extensions().get("x_local").toJson()).isEqualTo("{\"ward\":[1,2.50,null]}");
        assertThat(OrukJson.write(service))
                .endsWith(",\"eligibility_description\":\"Over 65s\",\"x_local\":{\"ward\":[1,2.50,null]}}");
    }

    @Test
    void read_keepsAnExplicitNullOfATypedPropertyInPlace() {
        OrukService service =
                OrukJson.parse(service("\"email\":null,\"url\":\"https://example.org\""), OrukService.class);

        assertThat(service.email()).isEmpty();
        assertThat(service.extensions()).containsEntry("email", JsonValue.NULL);
        assertThat(OrukJson.write(service))
                .isEqualTo("{\"id\":\"s1\",\"name\":\"Lunch club\",\"url\":\"https://example.org\",\"email\":null,"
                        + "\"status\":\"active\"}");
    }

    @Test
    void read_keepsAnEmptyArrayOfATypedListInPlace() {
        OrukService service = OrukJson.parse(service("\"schedules\":[],\"contacts\":null"), OrukService.class);

        assertThat(service.schedules()).isEmpty();
        assertThat(OrukJson.write(service)).isEqualTo("{" + MINIMAL + ",\"schedules\":[],\"contacts\":null}");
    }

    @Test
    void write_omitsAbsentPropertiesAndFollowsTheSchemaOrder() {
        OrukService service = OrukService.builder()
                .addAttribute(OrukAttribute.builder().id("a1").build())
                .status(OrukServiceStatus.TEMPORARILY_CLOSED)
                .minimumAge(new BigDecimal("18"))
                .name("Walking group")
                .organizationId("o1")
                .id("s2")
                .build();

        assertThat(OrukJson.write(service))
                .isEqualTo("{\"id\":\"s2\",\"organization_id\":\"o1\",\"name\":\"Walking group\","
                        + "\"status\":\"temporarily closed\",\"minimum_age\":18,\"attributes\":[{\"id\":\"a1\"}]}");
    }

    @ParameterizedTest
    @CsvSource({"12", "12.50", "-0.5", "1E+3", "1.0e-7", "123456789012345678901234567890"})
    void read_keepsNumbersAsWritten(String number) throws IOException {
        String json = service("\"minimum_age\":" + number);

        OrukService service = OrukJson.parse(json, OrukService.class);

        assertThat(service.minimumAge()).contains(new BigDecimal(number));
        assertSameTree(OrukJson.write(service), json);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "not an object                | [1]                                                  | $                                  | must be an object, but is an array",
                "empty input                  | ''                                                   | $                                  | the input is empty",
                "more after the value         | {\"id\":\"s1\",\"name\":\"n\",\"status\":\"active\"} {} | $                             | more JSON follows",
                "required missing             | {\"id\":\"s1\",\"name\":\"n\"}                        | $.status                           | is required but missing",
                "required null                | {\"id\":\"s1\",\"name\":null,\"status\":\"active\"}   | $.name                             | is required and must not be null",
                "enumeration                  | {\"id\":\"s1\",\"name\":\"n\",\"status\":\"Active\"}  | $.status                           | must be one of 'active', 'inactive', 'defunct', 'temporarily closed'",
                "string expected              | {\"id\":7,\"name\":\"n\",\"status\":\"active\"}       | $.id                               | must be a string, but is a number",
                "number expected              | {\"id\":\"s1\",\"name\":\"n\",\"status\":\"active\",\"minimum_age\":\"12\"} | $.minimum_age | must be a number, but is a string",
                "array expected               | {\"id\":\"s1\",\"name\":\"n\",\"status\":\"active\",\"schedules\":{}} | $.schedules | must be an array, but is an object",
                "null element                 | {\"id\":\"s1\",\"name\":\"n\",\"status\":\"active\",\"schedules\":[null]} | $.schedules[0] | must not be null",
                "nested                       | {\"id\":\"s1\",\"name\":\"n\",\"status\":\"active\",\"service_at_locations\":[{\"id\":\"l\",\"location\":{\"id\":\"x\",\"location_type\":\"physical\",\"latitude\":\"north\"}}]} | $.service_at_locations[0].location.latitude | must be a number, but is a string",
                "truncated in a value         | {\"id\":\"s1\",\"name\":\"Lun                          | $.name                             | is cut off",
                "truncated between properties | {\"id\":\"s1\",                                       | $                                  | is cut off",
                "truncated in an extension    | {\"id\":\"s1\",\"x local\":{\"a\":[1,                  | $['x local']                       | is cut off",
                "not JSON                     | {id:1}                                               | $                                  | is not well-formed JSON at line 1, column 2",
                "duplicate property           | {\"id\":\"s1\",\"id\":\"s2\"}                         | $                                  | has the same property twice",
            })
    void read_rejectsWithThePathAndTheRule(String title, String json, String path, String rule) {
        assertRejected(() -> OrukJson.parse(json, OrukService.class), path, rule);
    }

    private static void assertRejected(ThrowingCallable read, String path, String rule) {
        assertThatExceptionOfType(OrukFormatException.class)
                .isThrownBy(read)
                .satisfies(e -> assertThat(e.path()).isEqualTo(path))
                .satisfies(e -> assertThat(e.rule()).contains(rule))
                .satisfies(e -> assertThat(e.getMessage()).startsWith(path + ": "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "no contents       | {\"total_items\":1}                                     | $.contents       | is required but missing",
                "decimal count     | {\"total_items\":1.0,\"contents\":[]}                   | $.total_items    | must be an integer, but is a number",
                "count too large   | {\"total_items\":3000000000,\"contents\":[]}            | $.total_items    | must be an integer that fits 32 bits",
                "boolean expected  | {\"last_page\":\"true\",\"contents\":[]}                | $.last_page      | must be a boolean, but is a string",
                "bad record        | {\"contents\":[{\"id\":\"s1\",\"name\":\"n\",\"status\":\"active\"},{\"id\":\"s2\"}]} | $.contents[1].name | is required but missing",
            })
    void readPage_rejectsWithThePathAndTheRule(String title, String json, String path, String rule) {
        assertRejected(() -> OrukJson.parsePage(json, OrukService.class), path, rule);
    }

    @Test
    void read_rejectsNestingDeeperThanTheLimit() {
        String deep = "[".repeat(100_000);

        assertThatExceptionOfType(OrukFormatException.class)
                .isThrownBy(() -> OrukJson.parse(service("\"x\":" + deep), OrukService.class))
                .satisfies(e -> assertThat(e.rule()).contains("(limit maxDepth)"));
    }

    @Test
    void write_refusesNestingItWouldNotReadBack() {
        OrukOrganization organization =
                OrukOrganization.builder().id("o").name("n").description("d").build();
        for (int level = 0; level < 80; level++) {
            OrukService service = OrukService.builder()
                    .id("s")
                    .name("n")
                    .status(OrukServiceStatus.ACTIVE)
                    .organization(organization)
                    .build();
            organization = OrukOrganization.builder()
                    .id("o")
                    .name("n")
                    .description("d")
                    .addService(service)
                    .build();
        }
        OrukOrganization deep = organization;

        assertThatExceptionOfType(SpException.class)
                .isThrownBy(() -> OrukJson.write(deep))
                .satisfies(e -> assertThat(e.rule()).contains("nests deeper than 128 levels"));
        assertThatExceptionOfType(SpException.class)
                .isThrownBy(() -> OrukJson.write(deep, new ByteArrayOutputStream()));
    }

    @Test
    void read_rejectsBytesThatAreNotUtf8() {
        byte[] json = service("\"description\":\"\u00e9\"").getBytes(StandardCharsets.ISO_8859_1);

        assertThatExceptionOfType(OrukFormatException.class)
                .isThrownBy(() -> OrukJson.read(json, OrukService.class))
                .satisfies(e -> assertThat(e.path()).isEqualTo("$.description"));
    }

    @Test
    void formatException_isAnSpExceptionThatDoesNotQuoteText() {
        String json = service("\"minimum_age\":\"Ann Persona\"");

        assertThatExceptionOfType(SpException.class)
                .isThrownBy(() -> OrukJson.parse(json, OrukService.class))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Ann"))
                .satisfies(e -> assertThat(e.value()).isEmpty());
    }

    @Test
    void formatException_quotesTheEnumerationValue() {
        assertThatExceptionOfType(OrukFormatException.class)
                .isThrownBy(() -> OrukJson.parse("{\"id\":\"l\",\"location_type\":\"building\"}", OrukLocation.class))
                .satisfies(e -> assertThat(e.value()).contains("building"));
    }

    @Test
    void read_refusesATypeThatIsNotARecordOfThisPackage() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> OrukJson.parse("{}", OrukRecord.class))
                .withMessageContaining("is not an ORUK record type");
    }

    @Test
    void read_acceptsTheGeneratedClassAsType() {
        OrukService service = OrukJson.parse(service(""), ImmutableOrukService.class);

        assertThat(service.id()).isEqualTo("s1");
    }

    @Test
    void streams_areReadAndWrittenWithoutBeingClosed() throws IOException {
        AtomicBoolean inClosed = new AtomicBoolean();
        AtomicBoolean outClosed = new AtomicBoolean();
        ByteArrayInputStream in = new ByteArrayInputStream(service("").getBytes(StandardCharsets.UTF_8)) {
            @Override
            public void close() {
                inClosed.set(true);
            }
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                outClosed.set(true);
            }
        };

        OrukJson.write(OrukJson.read(in, OrukService.class), out);

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(service(""));
        assertThat(inClosed).isFalse();
        assertThat(outClosed).isFalse();
    }

    @Test
    void pageStream_roundTrips() throws IOException {
        String json = "{\"page_number\":2,\"last_page\":true,\"contents\":[" + service("") + "],\"x\":1}";
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        OrukJson.write(
                OrukJson.readPage(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), OrukService.class),
                out);

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(json);
    }

    @Test
    void utf8Stream_keepsALoneSurrogateAsAnEscape() throws IOException {
        OrukService service = OrukJson.parse(service("\"description\":\"a\\ud800b\""), OrukService.class);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        OrukJson.write(service, out);

        assertThat(OrukJson.read(out.toByteArray(), OrukService.class)).isEqualTo(service);
        assertThat(service.description()).contains("a\ud800b");
    }

    @Test
    void write_alwaysWritesAPagesContents() {
        OrukPage<OrukService> page =
                OrukPage.<OrukService>builder().totalItems(0).build();

        assertThat(OrukJson.write(page)).isEqualTo("{\"total_items\":0,\"contents\":[]}");
    }

    @Test
    void write_writesEachRecordOfAMixedPageWithItsOwnType() {
        OrukPage<OrukRecord> page = OrukPage.<OrukRecord>builder()
                .addContent(OrukFunding.builder().id("f1").source("Lottery").build())
                .addContent(OrukLanguage.builder().id("l1").code("cy").build())
                .build();

        assertThat(OrukJson.write(page))
                .isEqualTo("{\"contents\":[{\"id\":\"f1\",\"source\":\"Lottery\"},{\"id\":\"l1\",\"code\":\"cy\"}]}");
    }

    @Test
    void toString_hidesNamesOfPeople() {
        OrukContact contact = OrukContact.builder()
                .id("c1")
                .name("Ann Persona")
                .title("Coordinator")
                .build();
        OrukAddress address = OrukAddress.builder()
                .id("a1")
                .attention("A. Persona")
                .address1("1 High Street")
                .city("Leeds")
                .stateProvince("West Yorkshire")
                .postalCode("LS1 4AP")
                .country("GB")
                .addressType(OrukAddressType.POSTAL)
                .build();

        assertThat(contact.toString()).doesNotContain("Persona").contains("Coordinator");
        assertThat(address.toString()).doesNotContain("Persona").contains("Leeds");
    }

    /** A builder of a valid service with no optional property set. */
    private static OrukService.Builder minimalService() {
        return OrukService.builder().id("s1").name("n").status(OrukServiceStatus.ACTIVE);
    }

    @Test
    void extensions_thatNameATypedPropertyMayOnlyStandForItsAbsence() {
        assertThatExceptionOfType(SpException.class)
                .isThrownBy(() -> minimalService()
                        .email("a@example.org")
                        .putExtension("email", JsonValue.NULL)
                        .build())
                .satisfies(e -> assertThat(e.field()).isEqualTo("extensions.email"));
        assertThatExceptionOfType(SpException.class)
                .isThrownBy(() -> minimalService()
                        .putExtension("email", JsonValue.parse("\"a@example.org\""))
                        .build());
        assertThatExceptionOfType(SpException.class)
                .isThrownBy(() -> minimalService()
                        .putExtension("email", JsonValue.parse("[]"))
                        .build());
        assertThatExceptionOfType(SpException.class)
                .isThrownBy(() ->
                        minimalService().putExtension("status", JsonValue.NULL).build())
                .withMessageContaining("required");
        assertThatExceptionOfType(SpException.class)
                .isThrownBy(() -> OrukPage.builder()
                        .putExtension("contents", JsonValue.NULL)
                        .build());
    }

    @Test
    void extensions_mayStandForAnAbsentTypedProperty() {
        OrukService service = minimalService()
                .putExtension("schedules", JsonValue.parse("[]"))
                .putExtension("organization", JsonValue.NULL)
                .build();

        assertThat(OrukJson.write(service))
                .isEqualTo(
                        "{\"id\":\"s1\",\"name\":\"n\",\"status\":\"active\",\"schedules\":[],\"organization\":null}");
    }

    @Test
    void read_readsEveryListOfAFullyNestedRecordInOrder() {
        String json = service("\"languages\":[{\"id\":\"l1\",\"name\":\"Welsh\",\"code\":\"cy\"},{\"id\":\"l2\"}]");

        List<OrukLanguage> languages = OrukJson.parse(json, OrukService.class).languages();

        assertThat(languages).extracting(OrukLanguage::id).containsExactly("l1", "l2");
        assertThat(languages.get(0).code()).contains("cy");
    }
}

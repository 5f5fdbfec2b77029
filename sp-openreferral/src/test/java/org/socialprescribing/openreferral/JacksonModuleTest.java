package org.socialprescribing.openreferral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Any ObjectMapper with {@link OrukJson#jacksonModule()} reads and writes records exactly as OrukJson does. */
class JacksonModuleTest {

    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(OrukJson.jacksonModule());

    /** Records embedded in a caller's own JSON. */
    record Referral(String reason, OrukService service, List<OrukLocation> places, JsonValue note) {}

    private static final String SERVICE =
            "{\"id\":\"s1\",\"name\":\"Lunch club\",\"email\":null,\"status\":\"active\",\"x_ward\":[1,2.50]}";

    @Test
    void mapper_readsAndWritesARecordAsOrukJsonDoes() throws JsonProcessingException {
        OrukService service = MAPPER.readValue(SERVICE, OrukService.class);

        assertThat(service).isEqualTo(OrukJson.parse(SERVICE, OrukService.class));
        assertThat(MAPPER.writeValueAsString(service)).isEqualTo(SERVICE);
    }

    @Test
    void mapper_readsAndWritesRecordsEmbeddedInOtherJson() throws JsonProcessingException {
        Referral referral = new Referral(
                "isolation",
                OrukJson.parse(SERVICE, OrukService.class),
                List.of(OrukLocation.builder()
                        .id("l1")
                        .locationType(OrukLocationType.VIRTUAL)
                        .build()),
                JsonValue.parse("{\"a\":1.50}"));

        String json = MAPPER.writeValueAsString(referral);

        assertThat(json).contains("\"service\":" + SERVICE).contains("\"note\":{\"a\":1.50}");
        assertThat(MAPPER.readValue(json, Referral.class)).isEqualTo(referral);
    }

    @Test
    void mapper_readsAndWritesPages() throws JsonProcessingException {
        String json = "{\"page_number\":1,\"contents\":[" + SERVICE + "]}";

        OrukPage<OrukService> page = MAPPER.readValue(json, new TypeReference<OrukPage<OrukService>>() {});

        assertThat(page).isEqualTo(OrukJson.parsePage(json, OrukService.class));
        assertThat(MAPPER.writeValueAsString(page)).isEqualTo(json);
    }

    @Test
    void mapper_throwsTheSameFormatException() {
        assertThatExceptionOfType(OrukFormatException.class)
                .isThrownBy(
                        () -> MAPPER.readValue("{\"id\":\"s1\",\"name\":\"n\",\"status\":\"open\"}", OrukService.class))
                .satisfies(e -> assertThat(e.path()).isEqualTo("$.status"));
    }

    @Property(tries = 50)
    void mapper_writesWhatOrukJsonWrites(@ForAll("services") OrukService service) throws JsonProcessingException {
        String json = MAPPER.writeValueAsString(service);

        assertThat(json).isEqualTo(OrukJson.write(service));
        assertThat(MAPPER.readValue(json, OrukService.class)).isEqualTo(service);
    }

    @Provide
    Arbitrary<OrukService> services() {
        return OrukArbitraries.lossless().services();
    }
}

package org.socialprescribing.openreferral;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every example payload of the ORUK profile reads into typed values and writes back to the same JSON. */
class ExamplePayloadsTest {

    private static final ObjectMapper PLAIN = new ObjectMapper();

    /** Which record type each example holds, by file name without {@code _full}, {@code _list} and {@code .json}. */
    private static final Map<String, Class<? extends OrukRecord>> TYPES = Map.of(
            "service", OrukService.class,
            "organization", OrukOrganization.class,
            "service_at_location", OrukServiceAtLocation.class,
            "taxonomy", OrukTaxonomy.class,
            "taxonomy_term", OrukTaxonomyTerm.class);

    static Collection<Path> examples() {
        return OrukReference.examples();
    }

    /** Reads an example as a page ({@code *_list.json}) or a single record, and writes it back. */
    static String roundTrip(Path example) throws IOException {
        byte[] json = Files.readAllBytes(example);
        String name = example.getFileName().toString().replaceFirst("\\.json$", "");
        Class<? extends OrukRecord> type = TYPES.get(name.replaceFirst("_(full|list)$", ""));
        assertThat(type).as("record type of %s", name).isNotNull();
        return name.endsWith("_list")
                ? OrukJson.write(OrukJson.readPage(json, type))
                : OrukJson.write(OrukJson.read(json, type));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void example_readsAndWritesBackTheSameJson(Path example) throws IOException {
        OrukReference.assumeAvailable();

        String written = roundTrip(example);

        assertThat(PLAIN.readTree(written)).isEqualTo(PLAIN.readTree(example.toFile()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void example_fitsTheTypedModelWithoutExtensions(Path example) throws IOException {
        OrukReference.assumeAvailable();
        byte[] json = Files.readAllBytes(example);
        String name = example.getFileName().toString();
        Class<? extends OrukRecord> type = TYPES.get(name.replaceFirst("(_full|_list)?\\.json$", ""));

        Object read = name.endsWith("_list.json") ? OrukJson.readPage(json, type) : OrukJson.read(json, type);

        assertThat(extensionsAnywhere(read)).as("properties left untyped").isEmpty();
    }

    @Test
    void examples_areFound() {
        OrukReference.assumeAvailable();

        assertThat(examples()).hasSizeGreaterThanOrEqualTo(10);
    }

    @Test
    void serviceFull_readsNestedValuesIntoTypedAttributes() throws IOException {
        OrukReference.assumeAvailable();

        OrukService service = OrukJson.read(
                Files.readAllBytes(OrukReference.FOLDER.resolve("examples/service_full.json")), OrukService.class);

        assertThat(service.status()).isEqualTo(OrukServiceStatus.ACTIVE);
        assertThat(service.minimumAge()).contains(new BigDecimal("12"));
        assertThat(service.schedules().get(0).freq()).contains(OrukScheduleFrequency.WEEKLY);
        OrukLocation location = service.serviceAtLocations().get(0).location().orElseThrow();
        assertThat(location.locationType()).isEqualTo(OrukLocationType.PHYSICAL);
        assertThat(location.latitude()).contains(new BigDecimal("100"));
        assertThat(location.addresses().get(0).addressType()).isEqualTo(OrukAddressType.POSTAL);
        assertThat(service.organization()
                        .orElseThrow()
                        .organizationIdentifiers()
                        .get(0)
                        .identifierScheme())
                .contains("GB-COH");
        assertThat(service.costOptions().get(0).amount()).contains(new BigDecimal("35"));
        assertThat(service.attributes().get(0).taxonomyTerm()).isPresent();
    }

    @Test
    void serviceList_readsTheEnvelope() throws IOException {
        OrukReference.assumeAvailable();

        OrukPage<OrukService> page = OrukJson.readPage(
                Files.readAllBytes(OrukReference.FOLDER.resolve("examples/service_list.json")), OrukService.class);

        assertThat(page.totalItems()).hasValue(10);
        assertThat(page.pageNumber()).hasValue(1);
        assertThat(page.firstPage()).contains(true);
        assertThat(page.lastPage()).contains(false);
        assertThat(page.contents()).hasSize(1);
        assertThat(page.contents().get(0).organization()).isPresent();
    }

    /** Collects the non-empty extensions of a value and everything nested in it. */
    private static Map<String, Object> extensionsAnywhere(Object value) {
        Map<String, Object> found = new LinkedHashMap<>();
        collect(value, "$", found);
        return found;
    }

    private static void collect(Object value, String path, Map<String, Object> found) {
        if (value instanceof Optional) {
            ((Optional<?>) value).ifPresent(inner -> collect(inner, path, found));
        } else if (value instanceof Collection) {
            int index = 0;
            for (Object element : (Collection<?>) value) {
                collect(element, path + "[" + index++ + "]", found);
            }
        } else if (value instanceof OrukRecord || value instanceof OrukPage) {
            for (Method accessor : value.getClass().getInterfaces()[0].getMethods()) {
                if (accessor.getParameterCount() == 0
                        && !accessor.isDefault()
                        && !java.lang.reflect.Modifier.isStatic(accessor.getModifiers())) {
                    Object attribute = invoke(accessor, value);
                    if (accessor.getName().equals("extensions")) {
                        if (!((Map<?, ?>) attribute).isEmpty()) {
                            found.put(path, attribute);
                        }
                    } else {
                        collect(attribute, path + "." + accessor.getName(), found);
                    }
                }
            }
        }
    }

    private static Object invoke(Method accessor, Object target) {
        try {
            return accessor.invoke(target);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode tree(String json) throws IOException {
        return PLAIN.readTree(json);
    }
}

package org.socialprescribing.openreferral;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;

/**
 * The Open Referral UK schemas and examples (OpenReferralUK/uk-profile at ecdfabf, CC BY-SA 4.0), read in place
 * from the shared reference folder next to the clone; they are never copied into this repository. Tests that
 * need them skip when the folder is absent.
 */
public final class OrukReference {

    public static final Path FOLDER = Path.of("..", "..", "shared", "reference", "openreferral-uk");

    /** Where the schemas seem to live, so that their relative {@code $ref}s resolve to the files next to them. */
    private static final String BASE_IRI = "https://oruk.invalid/schema/";

    private OrukReference() {}

    /**
     * The validator, created on first use. json-schema-validator 3.0.9 runs on Jackson 3.1, which needs
     * jackson-annotations 2.21 or later; where the build pins an older one it cannot start, and the schema tests
     * skip with that reason rather than fail on a class-path problem.
     */
    private static final class Validator {
        static final SchemaRegistry REGISTRY;
        static final String UNUSABLE;

        static {
            SchemaRegistry registry = null;
            String unusable = null;
            try {
                registry = SchemaRegistry.withDefaultDialect(
                        SpecificationVersion.DRAFT_2020_12,
                        builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                                        .formatAssertionsEnabled(true)
                                        .build())
                                .schemas(iri -> iri.startsWith(BASE_IRI)
                                        ? text(schemaFile(iri.substring(BASE_IRI.length())))
                                        : null));
                registry.getSchema("{\"type\":\"object\"}").validate("{}", InputFormat.JSON);
            } catch (LinkageError e) {
                unusable = "json-schema-validator cannot start on this class path (" + e
                        + "); it needs jackson-annotations 2.21+ for Jackson 3.1: schema validation skipped";
            }
            REGISTRY = registry;
            UNUSABLE = unusable;
        }
    }
    /** Skips a jqwik schema property, with a message, when the folder is absent or the validator cannot run. */
    public static final class SchemasRequired implements SkipExecutionHook {
        @Override
        public SkipResult shouldBeSkipped(LifecycleContext context) {
            if (!isAvailable()) {
                return SkipResult.skip(absentMessage());
            }
            return Validator.UNUSABLE == null ? SkipResult.doNotSkip() : SkipResult.skip(Validator.UNUSABLE);
        }
    }

    /** Skips the calling test, with a message, when the folder is absent or the schema validator cannot run. */
    public static void assumeSchemasAvailable() {
        assumeAvailable();
        assumeTrue(Validator.UNUSABLE == null, Validator.UNUSABLE);
    }

    public static boolean isAvailable() {
        return Files.isDirectory(FOLDER.resolve("examples"));
    }

    private static String absentMessage() {
        return "Open Referral UK reference folder not found at "
                + FOLDER.toAbsolutePath().normalize() + ": skipped (it lives next to the clone, in shared/reference)";
    }

    /** Skips the calling test, with a message, when the reference folder is absent. */
    public static void assumeAvailable() {
        assumeTrue(
                Files.isDirectory(FOLDER.resolve("examples")),
                "Open Referral UK reference folder not found at "
                        + FOLDER.toAbsolutePath().normalize()
                        + ": skipped (it lives next to the clone, in shared/reference)");
    }

    /**
     * The example payloads, for {@code @MethodSource}: when the reference folder is absent this aborts (skips) the
     * parameterized test with a message, rather than giving it no arguments, which JUnit treats as an error.
     *
     * @return the example payloads, {@code examples/*.json}, sorted by name
     */
    public static List<Path> examples() {
        assumeAvailable();
        try (Stream<Path> files = Files.list(FOLDER.resolve("examples"))) {
            return files.filter(file -> file.getFileName().toString().endsWith(".json"))
                    .sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param name a schema file under {@code schema/}, e.g. {@code compiled/service.json} or {@code taxonomy.json}
     * @return the schema, draft 2020-12, with format assertions on
     */
    public static Schema schema(String name) {
        return Validator.REGISTRY.getSchema(SchemaLocation.of(BASE_IRI + name));
    }

    /** @return the validation messages of JSON against a schema, empty if valid */
    public static List<String> problems(Schema schema, String json) {
        return schema.validate(json, InputFormat.JSON).stream()
                .map(Object::toString)
                .collect(Collectors.toList());
    }

    /** @return the {@code OrukPage} envelope schema of the ORUK OpenAPI definition, taken from it as it is read */
    static Schema pageSchema() {
        try {
            String page = new tools.jackson.databind.ObjectMapper()
                    .readTree(text(schemaFile("openapi.json")))
                    .at("/components/schemas/Page")
                    .toString();
            return Validator.REGISTRY.getSchema(page);
        } catch (tools.jackson.core.JacksonException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path schemaFile(String name) {
        return FOLDER.resolve("schema").resolve(name);
    }

    static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

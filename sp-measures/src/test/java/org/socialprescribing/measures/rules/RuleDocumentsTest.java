package org.socialprescribing.measures.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.socialprescribing.measures.Instrument;
import org.socialprescribing.measures.instruments.BuiltInInstruments;
import org.socialprescribing.model.InvalidValueException;

/**
 * The drift test: the rule documents the SDK ships must be exactly what its own instruments, thresholds and reliable
 * change indices say, and must follow the schema. After changing a rule, bump its scoring-rule version and rewrite
 * the documents with {@code -Dsp.rules.write=true} (then review the diff). The schema allows no field for item
 * wording, so a document that follows it cannot carry any.
 */
class RuleDocumentsTest {

    private static final Path DIR = Path.of("src/main/resources/org/socialprescribing/measures/rules");

    static Stream<Instrument> instruments() {
        return BuiltInInstruments.all().stream();
    }

    @ParameterizedTest
    @MethodSource("instruments")
    void shippedDocument_isWhatTheScorerSays(Instrument instrument) throws IOException {
        String name = instrument.id().value() + ".json";
        String expected = RuleDocuments.toJson(instrument);
        if (Boolean.getBoolean("sp.rules.write")) {
            Files.writeString(DIR.resolve(name), expected, StandardCharsets.UTF_8);
        }
        assertThat(RuleDocuments.shipped(name)).isEqualTo(expected);
    }

    @ParameterizedTest
    @MethodSource("instruments")
    void shippedDocument_followsTheSchema(Instrument instrument) {
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(RuleDocuments.shipped(RuleDocuments.SCHEMA));
        assertThat(schema.validate(RuleDocuments.shipped(instrument.id().value() + ".json"), InputFormat.JSON))
                .isEmpty();
    }

    @Test
    void shipped_refusesUnknownDocuments() {
        assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> RuleDocuments.shipped("nope.json"));
        assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> RuleDocuments.shipped("../x.json"));
    }
}

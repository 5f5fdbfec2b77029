package org.socialprescribing.openreferral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonValueTest {

    @Test
    void equalsAndHashCode() {
        EqualsVerifier.forClass(JsonValue.class)
                .withPrefabValues(JsonNode.class, TextNode.valueOf("a"), TextNode.valueOf("b"))
                .suppress(Warning.NULL_FIELDS)
                .verify();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"null", "true", "\"text\"", "1.50", "1E+3", "-7", "[]", "[1,[2,{}]]", "{\"a\":{\"b\":null}}"})
    void parse_givesBackTheSameText(String json) {
        assertThat(JsonValue.parse(json).toJson()).isEqualTo(json);
    }

    @Test
    void parse_rejectsMoreThanOneValue() {
        assertThatExceptionOfType(OrukFormatException.class)
                .isThrownBy(() -> JsonValue.parse("1 2"))
                .satisfies(e -> assertThat(e.path()).isEqualTo("$"));
    }

    @Test
    void parse_rejectsMalformedJson() {
        assertThatExceptionOfType(OrukFormatException.class).isThrownBy(() -> JsonValue.parse("{\"a\":"));
    }

    @Test
    void of_andToNode_copySoTheValueCannotChange() {
        ObjectNode node = JsonNodeFactory.instance.objectNode().put("a", 1);
        JsonValue value = JsonValue.of(node);

        node.put("a", 2);
        ((ObjectNode) value.toNode()).put("a", 3);

        assertThat(value.toJson()).isEqualTo("{\"a\":1}");
    }

    @Test
    void isNullAndIsEmptyArray() {
        assertThat(JsonValue.NULL.isNull()).isTrue();
        assertThat(JsonValue.parse("[]").isEmptyArray()).isTrue();
        assertThat(JsonValue.parse("[0]").isEmptyArray()).isFalse();
        assertThat(JsonValue.parse("{}").isEmptyArray()).isFalse();
        assertThat(JsonValue.parse("0").isNull()).isFalse();
    }
}

package org.socialprescribing.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.socialprescribing.measures.instruments.Wemwbs;
import org.socialprescribing.model.InvalidValueException;

class ItemTextTest {

    @Test
    void fromResource_loadsLicenseeSuppliedWording() {
        assertThat(ItemText.fromResource(
                        Wemwbs.instrument(),
                        getClass().getClassLoader(),
                        "org/socialprescribing/measures/placeholder-item-text.properties"))
                .containsExactly(Map.entry("wemwbs_1", "Item 1 text"), Map.entry("wemwbs_2", "Item 2 text"));
    }

    @Test
    void load_rejectsKeysThatAreNotItems() {
        byte[] text = "wemwbs_99=Item 99 text".getBytes(StandardCharsets.UTF_8);
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> ItemText.load(Wemwbs.instrument(), new ByteArrayInputStream(text)))
                .withMessageContaining("wemwbs_99");
    }

    @net.jqwik.api.Property(tries = 300)
    void load_givesWordingOrTheDocumentedErrorForAnyBytes(@net.jqwik.api.ForAll byte[] bytes) {
        try {
            assertThat(ItemText.load(Wemwbs.instrument(), new ByteArrayInputStream(bytes)))
                    .allSatisfy((key, text) ->
                            assertThat(Wemwbs.instrument().item(key)).isPresent());
        } catch (InvalidValueException expected) {
            assertThat(expected.field()).isEqualTo("wemwbs.itemText");
        }
    }

    @Test
    void fromResource_rejectsAMissingResource() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() ->
                        ItemText.fromResource(Wemwbs.instrument(), getClass().getClassLoader(), "absent"))
                .withMessageContaining("resource not found");
    }
}

package org.socialprescribing.openreferral.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * {@link Lists#put}, on records that are strings: {@code "id:value"} maps to {@code value}, {@code "id"} alone maps
 * to nothing; new records get the id {@code new}.
 */
class ListsTest {

    @Test
    void unchangedValues_giveBackTheOriginalRecords() {
        List<String> original = List.of("a:x", "b", "c:y", "d:x");

        assertThat(put(List.of("x", "y", "x"), original)).isEqualTo(original);
    }

    @Test
    void removedValue_removesItsRecord_andKeepsTheOthersWithTheirIds() {
        assertThat(put(List.of("y"), List.of("a:x", "b:y"))).containsExactly("b:y");
    }

    @Test
    void editedValue_editsTheRecordInItsPlace() {
        assertThat(put(List.of("x", "z"), List.of("a:x", "b:y"))).containsExactly("a:x", "b:z");
    }

    @Test
    void addedValues_becomeNewRecordsAtTheEnd() {
        assertThat(put(List.of("x", "z"), List.of("a:x"))).containsExactly("a:x", "new:z");
    }

    @Test
    void recordsThatMapToNothing_keepTheirPlaces() {
        assertThat(put(List.of("y", "x"), List.of("a", "b:x", "c", "d:y"))).containsExactly("a", "d:y", "c", "b:x");
    }

    @Property(tries = 300)
    void mappingTheResult_givesTheTarget(
            @ForAll @Size(max = 5) List<@IntRange(max = 3) Integer> target,
            @ForAll @Size(max = 5) List<@IntRange(max = 4) Integer> original) {
        List<String> records = new ArrayList<>();
        for (int i = 0; i < original.size(); i++) {
            records.add(original.get(i) == 4 ? "id" + i : "id" + i + ":" + original.get(i));
        }
        List<String> values = target.stream().map(String::valueOf).collect(Collectors.toList());

        List<String> written = put(values, records);

        assertThat(written.stream().map(ListsTest::image).flatMap(Optional::stream))
                .containsExactlyElementsOf(values);
        assertThat(written)
                .as("records that map to nothing are kept")
                .containsAll(records.stream()
                        .filter(record -> image(record).isEmpty())
                        .collect(Collectors.toList()));
        assertThat(put(
                        records.stream()
                                .map(ListsTest::image)
                                .flatMap(Optional::stream)
                                .collect(Collectors.toList()),
                        records))
                .isEqualTo(records);
    }

    private static List<String> put(List<String> target, List<String> original) {
        return Lists.put(
                target,
                original,
                ListsTest::image,
                (index, value, record) -> record.map(found -> found.substring(0, found.indexOf(':')) + ":" + value)
                        .orElse("new:" + value));
    }

    private static Optional<String> image(String record) {
        int colon = record.indexOf(':');
        return colon < 0 ? Optional.empty() : Optional.of(record.substring(colon + 1));
    }
}

package org.socialprescribing.openreferral.mapping;

import java.util.Optional;
import org.socialprescribing.openreferral.OrukIssueCode;
import org.socialprescribing.openreferral.OrukServiceArea;

/**
 * An ORUK {@code service_area} as the SDK holds one: its name in words, from {@code name} or else the UK
 * profile's {@code service_area}. The extent (GeoJSON and the like) and URI stay in the ORUK record.
 */
final class AreaOruk {

    private AreaOruk() {}

    static Optional<String> get(OrukServiceArea area, Issues issues) {
        Optional<String> words = area.name().or(area::serviceArea);
        if (words.isEmpty()) {
            issues.add(OrukIssueCode.SERVICE_AREA_UNNAMED, "has no name or service_area: kept as it is");
        }
        return words;
    }

    static OrukServiceArea put(String words, Optional<OrukServiceArea> original, Writing writing) {
        OrukServiceArea out = original.orElseGet(
                () -> OrukServiceArea.builder().id(writing.newId()).build());
        // Write the words where they were read from.
        if (out.name().isEmpty() && out.serviceArea().isPresent()) {
            return out.withServiceArea(words);
        }
        return Records.clear(out, "name", OrukServiceArea::withExtensions).withName(words);
    }
}

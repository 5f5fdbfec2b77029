package org.socialprescribing.openreferral.mapping;

import java.util.Optional;
import org.socialprescribing.openreferral.ImmutableServiceArea;
import org.socialprescribing.openreferral.OrukIssueCode;
import org.socialprescribing.openreferral.ServiceArea;

/**
 * An ORUK {@code service_area} as the SDK holds one: its name in words, from {@code name} or else the UK
 * profile's {@code service_area}. The extent (GeoJSON and the like) and URI stay in the ORUK record.
 */
final class AreaLens {

    private AreaLens() {}

    static Optional<String> get(ServiceArea area, Issues issues) {
        Optional<String> words = area.name().or(area::serviceArea);
        if (words.isEmpty()) {
            issues.add(OrukIssueCode.SERVICE_AREA_UNNAMED, "has no name or service_area: kept as it is");
        }
        return words;
    }

    static ServiceArea put(String words, Optional<ServiceArea> original, Writing writing) {
        ImmutableServiceArea out = original.map(ImmutableServiceArea::copyOf)
                .orElseGet(
                        () -> ImmutableServiceArea.builder().id(writing.newId()).build());
        // Write the words where they were read from.
        if (out.name().isEmpty() && out.serviceArea().isPresent()) {
            return out.withServiceArea(words);
        }
        return Records.clear(out, "name", ImmutableServiceArea::withExtensions).withName(words);
    }
}

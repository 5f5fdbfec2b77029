package org.socialprescribing.openreferral.mapping;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.socialprescribing.model.InvalidIdentifierException;
import org.socialprescribing.model.id.Postcode;
import org.socialprescribing.model.service.ServiceLocation;
import org.socialprescribing.openreferral.OrukAccessibility;
import org.socialprescribing.openreferral.OrukAddress;
import org.socialprescribing.openreferral.OrukAddressType;
import org.socialprescribing.openreferral.OrukIssueCode;
import org.socialprescribing.openreferral.OrukLocation;
import org.socialprescribing.openreferral.OrukLocationType;
import org.socialprescribing.openreferral.OrukServiceAtLocation;

/**
 * An ORUK {@code service_at_location} with a nested {@code physical} location, and the SDK {@link ServiceLocation}:
 * a place people go to. Virtual and postal locations are not such places; they stay in ORUK form.
 *
 * <p>The address is the location's first {@code physical} address, or its first address: {@code address_1}
 * and the HSDS 3.0 core {@code address_2} (an extension in the UK profile) are the address lines, {@code city}
 * the town, {@code postal_code} the postcode. The accessibility entries' texts, one per line, are the
 * accessibility notes. External identifiers (a UPRN), descriptions and the location's other addresses stay in the
 * ORUK record.
 */
final class LocationOruk {

    private static final String ADDRESS_2 = "address_2";
    private static final BigDecimal MAX_LATITUDE = BigDecimal.valueOf(90);
    private static final BigDecimal MAX_LONGITUDE = BigDecimal.valueOf(180);

    private LocationOruk() {}

    static Optional<ServiceLocation> get(OrukServiceAtLocation serviceAtLocation, Issues issues) {
        Optional<OrukLocation> physical =
                serviceAtLocation.location().filter(location -> location.locationType() == OrukLocationType.PHYSICAL);
        if (physical.isEmpty()) {
            return Optional.empty();
        }
        OrukLocation location = physical.get();
        Issues at = issues.at("location");
        var place = ServiceLocation.builder().directoryId(location.id()).name(location.name());
        OptionalInt chosen = addressIndex(location);
        if (chosen.isPresent()) {
            OrukAddress address = location.addresses().get(chosen.getAsInt());
            Issues addressIssues = at.at("addresses", chosen.getAsInt());
            place.addAllAddressLines(lines(address))
                    .town(town(address))
                    .postcode(postcode(address, addressIssues.at("postal_code")));
        }
        if (location.latitude().isPresent() || location.longitude().isPresent()) {
            if (location.latitude().isPresent()
                    && location.longitude().isPresent()
                    && location.latitude().get().abs().compareTo(MAX_LATITUDE) <= 0
                    && location.longitude().get().abs().compareTo(MAX_LONGITUDE) <= 0) {
                place.latitude(location.latitude()).longitude(location.longitude());
            } else {
                at.add(
                        OrukIssueCode.COORDINATES_INVALID,
                        "latitude and longitude must be given together, within 90 and 180 degrees: left out");
            }
        }
        return Optional.of(place.accessibility(accessibility(location)).build());
    }

    static OrukServiceAtLocation put(ServiceLocation value, Optional<OrukServiceAtLocation> original, Writing writing) {
        OrukServiceAtLocation out = original.orElseGet(() -> OrukServiceAtLocation.builder()
                .id(writing.newId())
                .location(OrukLocation.builder()
                        .id(value.directoryId().orElseGet(writing::newId))
                        .locationType(OrukLocationType.PHYSICAL)
                        .build())
                .build());
        ServiceLocation image = get(out, Issues.discarding()).orElseThrow();
        if (value.equals(image)) {
            return out;
        }
        OrukLocation location = out.location().orElseThrow();
        if (value.directoryId().isPresent() && !value.directoryId().equals(image.directoryId())) {
            location = location.withId(value.directoryId().get());
            if (out.locationId().isPresent()) {
                out = out.withLocationId(value.directoryId().get());
            }
        }
        if (!value.name().equals(image.name())) {
            location = clear(location, "name").withName(value.name());
        }
        if (!value.addressLines().equals(image.addressLines())
                || !value.town().equals(image.town())
                || !value.postcode().equals(image.postcode())) {
            location = putAddress(location, value, writing);
        }
        if (!value.latitude().equals(image.latitude()) || !value.longitude().equals(image.longitude())) {
            location = clear(clear(location, "latitude"), "longitude")
                    .withLatitude(value.latitude())
                    .withLongitude(value.longitude());
        }
        if (!value.accessibility().equals(image.accessibility())) {
            location = putAccessibility(location, value.accessibility(), writing);
        }
        return out.withLocation(location);
    }

    private static OrukLocation putAddress(OrukLocation location, ServiceLocation value, Writing writing) {
        List<OrukAddress> addresses = new ArrayList<>(location.addresses());
        OptionalInt chosen = addressIndex(location);
        if (chosen.isEmpty()
                && value.addressLines().isEmpty()
                && value.town().isEmpty()
                && value.postcode().isEmpty()) {
            return location;
        }
        // An address the SDK empties is emptied, not removed: the location's other addresses would take its place,
        // and what the SDK does not hold (attention, county, country) stays.
        OrukAddress address = chosen.isPresent()
                ? (addresses.get(chosen.getAsInt()))
                : OrukAddress.builder()
                        .id(writing.newId())
                        .address1("")
                        .city("")
                        .stateProvince("")
                        .postalCode("")
                        // The SDK's postcodes are UK postcodes (ISO 3166-1 alpha-2, as ORUK asks).
                        .country("GB")
                        .addressType(OrukAddressType.PHYSICAL)
                        .build();
        List<String> lines = value.addressLines();
        if (!lines.equals(lines(address))) {
            address = address.withAddress1(lines.isEmpty() ? "" : lines.get(0));
            if (lines.size() > 2) {
                writing.issues()
                        .at("addressLines")
                        .add(
                                OrukIssueCode.NOT_EXPORTED,
                                "ORUK has two address lines: the lines after the first are"
                                        + " written as one address_2, separated by commas");
            }
            Optional<String> second = lines.size() < 2
                    ? Optional.empty()
                    : Optional.of(String.join(", ", lines.subList(1, lines.size())));
            address = Records.withText(address, ADDRESS_2, second, OrukAddress::withExtensions);
        }
        if (!value.town().equals(town(address))) {
            address = address.withCity(value.town().orElse(""));
        }
        if (!value.postcode().equals(postcode(address, Issues.discarding()))) {
            address =
                    address.withPostalCode(value.postcode().map(Postcode::value).orElse(""));
        }
        if (chosen.isEmpty()) {
            reportEmpty(address, writing.issues().at("address"));
        }
        if (chosen.isPresent()) {
            addresses.set(chosen.getAsInt(), address);
        } else {
            addresses.add(address);
        }
        return clear(location, "addresses").withAddresses(addresses);
    }

    private static void reportEmpty(OrukAddress address, Issues issues) {
        Stream.of(
                        new String[] {"address_1", address.address1()},
                        new String[] {"city", address.city()},
                        new String[] {"state_province", address.stateProvince()},
                        new String[] {"postal_code", address.postalCode()})
                .filter(property -> property[1].isEmpty())
                .forEach(property -> issues.add(
                        OrukIssueCode.REQUIRED_WRITTEN_EMPTY,
                        "ORUK requires " + property[0] + " in an address; the SDK has none, so it is written empty"));
    }

    private static OrukLocation putAccessibility(OrukLocation location, Optional<String> text, Writing writing) {
        List<OrukAccessibility> entries = new ArrayList<>();
        boolean written = text.isEmpty();
        for (OrukAccessibility entry : location.accessibility()) {
            if (text(entry).isEmpty()) {
                entries.add(entry);
            } else if (!written) {
                OrukAccessibility edited = Records.clear(entry, "description", OrukAccessibility::withExtensions)
                        .withDescription(text.get());
                entries.add(entry.accessibility().isPresent() ? edited.withAccessibility(text.get()) : edited);
                written = true;
            }
        }
        if (!written) {
            entries.add(OrukAccessibility.builder()
                    .id(writing.newId())
                    .description(text.get())
                    .build());
        }
        return clear(location, "accessibility").withAccessibility(entries);
    }

    /** The address the SDK holds: the first physical one, else the first. */
    private static OptionalInt addressIndex(OrukLocation location) {
        List<OrukAddress> addresses = location.addresses();
        OptionalInt physical = IntStream.range(0, addresses.size())
                .filter(index -> addresses.get(index).addressType() == OrukAddressType.PHYSICAL)
                .findFirst();
        return physical.isPresent() || addresses.isEmpty() ? physical : OptionalInt.of(0);
    }

    private static List<String> lines(OrukAddress address) {
        return Stream.of(Optional.of(address.address1()), Values.text(address.extensions(), ADDRESS_2))
                .flatMap(Optional::stream)
                .filter(line -> !line.isBlank())
                .collect(Collectors.toList());
    }

    private static Optional<String> town(OrukAddress address) {
        return Optional.of(address.city()).filter(city -> !city.isBlank());
    }

    private static Optional<Postcode> postcode(OrukAddress address, Issues issues) {
        String code = address.postalCode();
        if (code.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Postcode.parse(code));
        } catch (InvalidIdentifierException e) {
            issues.add(OrukIssueCode.POSTCODE_INVALID, "'" + code + "' is not a UK postcode: left out");
            return Optional.empty();
        }
    }

    private static Optional<String> accessibility(OrukLocation location) {
        List<String> texts = location.accessibility().stream()
                .map(LocationOruk::text)
                .flatMap(Optional::stream)
                .collect(Collectors.toList());
        return texts.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", texts));
    }

    private static Optional<String> text(OrukAccessibility entry) {
        return entry.description()
                .filter(text -> !text.isBlank())
                .or(() -> entry.accessibility().filter(text -> !text.isBlank()));
    }

    private static OrukLocation clear(OrukLocation location, String property) {
        return Records.clear(location, property, OrukLocation::withExtensions);
    }
}

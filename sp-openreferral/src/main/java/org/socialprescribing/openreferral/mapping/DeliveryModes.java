package org.socialprescribing.openreferral.mapping;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.socialprescribing.model.service.DeliveryMode;
import org.socialprescribing.openreferral.OrukLocation;
import org.socialprescribing.openreferral.OrukLocationType;
import org.socialprescribing.openreferral.OrukServiceAtLocation;

/**
 * How a service is delivered, as far as its ORUK record tells. ORUK has no delivery-mode property: a record
 * written by the SDK carries its modes as attributes in the SDK's {@code delivery-mode} code system, and those
 * win; otherwise the modes are derived from the service's locations, whose {@code location_type} says what kind
 * of place they are:
 *
 * <table>
 *   <caption>Delivery modes derived from location types</caption>
 *   <tr><th>location_type</th><th>Delivery mode</th><th>Reason</th></tr>
 *   <tr><td>{@code physical}</td><td>{@code in_person}</td><td>the service is delivered at a place people go
 *       to</td></tr>
 *   <tr><td>{@code virtual}</td><td>none</td><td>a virtual location may be a website or a phone line (HL7's
 *       virtual location covers "a conference call or virtual meeting space"): online or telephone would be a
 *       guess</td></tr>
 *   <tr><td>{@code postal}</td><td>none</td><td>an address for post says nothing about delivery</td></tr>
 * </table>
 *
 * <p>Nothing is read from free text such as a schedule's {@code attending_type}: online, telephone and hybrid
 * delivery are known only from the attributes.
 */
final class DeliveryModes {

    private DeliveryModes() {}

    /** @return the modes the service's locations imply, each once, in the order of the locations */
    static List<DeliveryMode> derived(List<OrukServiceAtLocation> serviceAtLocations) {
        return serviceAtLocations.stream()
                .map(OrukServiceAtLocation::location)
                .flatMap(Optional::stream)
                .map(OrukLocation::locationType)
                .map(DeliveryModes::implied)
                .flatMap(Optional::stream)
                .distinct()
                .collect(Collectors.toList());
    }

    private static Optional<DeliveryMode> implied(OrukLocationType type) {
        return switch (type) {
            case PHYSICAL -> Optional.of(DeliveryMode.IN_PERSON);
            case VIRTUAL, POSTAL -> Optional.empty();
        };
    }
}

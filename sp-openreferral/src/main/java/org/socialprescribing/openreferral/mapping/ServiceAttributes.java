package org.socialprescribing.openreferral.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.socialprescribing.model.coding.CodedConcept;
import org.socialprescribing.model.service.DeliveryMode;
import org.socialprescribing.model.service.ReferralRoute;
import org.socialprescribing.model.service.Service;
import org.socialprescribing.model.service.ServiceCategory;
import org.socialprescribing.openreferral.OrukAttribute;
import org.socialprescribing.openreferral.OrukIssueCode;
import org.socialprescribing.openreferral.OrukService;

/**
 * The four SDK service fields that ORUK attributes carry: categories (terms of the SDK's service-category system,
 * and directory terms that the {@link CategoryMapping} maps), external categories (every other term), delivery
 * modes (terms of the SDK's delivery-mode system, else derived, see {@link DeliveryModes}) and the referral route
 * (a term of the SDK's referral-route system, else direct referral).
 */
final class ServiceAttributes {

    private final CategoryMapping mapping;

    ServiceAttributes(CategoryMapping mapping) {
        this.mapping = mapping;
    }

    /** @return the explicit categories, in order, then those the external categories imply, each once */
    List<ServiceCategory> categories(OrukService service) {
        List<ServiceCategory> explicit = Attributes.read(service.attributes(), ServiceCategory.class);
        List<ServiceCategory> all = new ArrayList<>(explicit);
        implied(externalCategories(service)).stream()
                .filter(category -> !explicit.contains(category))
                .forEach(all::add);
        return all;
    }

    static List<CodedConcept> externalCategories(OrukService service) {
        return Attributes.read(service.attributes(), ServiceAttributes::externalCategory);
    }

    static List<DeliveryMode> deliveryModes(OrukService service) {
        List<DeliveryMode> explicit = Attributes.read(service.attributes(), DeliveryMode.class);
        return explicit.isEmpty() ? DeliveryModes.derived(service.serviceAtLocations()) : explicit;
    }

    static ReferralRoute referralRoute(OrukService service) {
        return Attributes.read(service.attributes(), ReferralRoute.class).stream()
                .findFirst()
                .orElse(ReferralRoute.DIRECT_REFERRAL);
    }

    /** Reports, once, the attributes whose terms cannot be read, and codes that an SDK vocabulary does not have. */
    static void report(OrukService service, Issues issues) {
        List<String> sdkSystems = List.of(
                ServiceCategory.OTHER.system(), DeliveryMode.ONLINE.system(), ReferralRoute.DIRECT_REFERRAL.system());
        for (int i = 0; i < service.attributes().size(); i++) {
            Issues at = issues.at("attributes", i);
            Terms.concept(service.attributes().get(i), at)
                    .filter(concept -> sdkSystems.contains(concept.system()) && !isSdkValue(concept))
                    .ifPresent(concept -> at.at("taxonomy_term")
                            .add(
                                    OrukIssueCode.SDK_CODE_UNKNOWN,
                                    "'" + concept.code() + "' is not a code of " + concept.system()
                                            + ": kept as an external category"));
        }
    }

    /** Writes the four fields, each over the attributes as the one before left them. */
    OrukService put(OrukService out, Service value, Writing writing) {
        if (!value.externalCategories().equals(externalCategories(out))) {
            out = withAttributes(
                    out,
                    Attributes.put(
                            value.externalCategories(),
                            out.attributes(),
                            ServiceAttributes::externalCategory,
                            Function.identity(),
                            writing.at("externalCategories")));
        }
        if (!value.categories().equals(categories(out))) {
            // A category that an external category already means through the mapping table is not written twice.
            List<ServiceCategory> implied = implied(externalCategories(out));
            List<ServiceCategory> explicit = value.categories().stream()
                    .filter(category -> !implied.contains(category))
                    .collect(Collectors.toList());
            out = withAttributes(
                    out, Attributes.put(explicit, out.attributes(), ServiceCategory.class, writing.at("categories")));
        }
        if (!value.deliveryModes().equals(deliveryModes(out))) {
            // Modes that the locations imply need no attributes.
            List<DeliveryMode> derived = DeliveryModes.derived(out.serviceAtLocations());
            List<DeliveryMode> explicit = value.deliveryModes().equals(derived) ? List.of() : value.deliveryModes();
            if (value.deliveryModes().isEmpty() && !derived.isEmpty()) {
                writing.issues()
                        .at("deliveryModes")
                        .add(
                                OrukIssueCode.NOT_EXPORTED,
                                "no delivery mode cannot be written for a service at a physical location, which is"
                                        + " delivered in person");
            }
            out = withAttributes(
                    out, Attributes.put(explicit, out.attributes(), DeliveryMode.class, writing.at("deliveryModes")));
        }
        if (value.referralRoute() != referralRoute(out)) {
            List<ReferralRoute> explicit =
                    value.referralRoute() == ReferralRoute.DIRECT_REFERRAL ? List.of() : List.of(value.referralRoute());
            out = withAttributes(
                    out, Attributes.put(explicit, out.attributes(), ReferralRoute.class, writing.at("referralRoute")));
        }
        return out;
    }

    private List<ServiceCategory> implied(List<CodedConcept> externals) {
        return externals.stream()
                .map(mapping::categoryOf)
                .flatMap(Optional::stream)
                .distinct()
                .collect(Collectors.toList());
    }

    /** A term that is not a known constant of the SDK vocabularies a service's attributes carry. */
    private static Optional<CodedConcept> externalCategory(OrukAttribute attribute) {
        return Terms.concept(attribute, Issues.discarding()).filter(concept -> !isSdkValue(concept));
    }

    private static boolean isSdkValue(CodedConcept concept) {
        return Terms.sdkValue(concept, ServiceCategory.class).isPresent()
                || Terms.sdkValue(concept, DeliveryMode.class).isPresent()
                || Terms.sdkValue(concept, ReferralRoute.class).isPresent();
    }

    private static OrukService withAttributes(OrukService out, List<OrukAttribute> attributes) {
        return attributes.equals(out.attributes())
                ? out
                : Records.clear(out, "attributes", OrukService::withExtensions).withAttributes(attributes);
    }
}

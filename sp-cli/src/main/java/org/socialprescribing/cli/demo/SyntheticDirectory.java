package org.socialprescribing.cli.demo;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.socialprescribing.model.id.CharityNumber;
import org.socialprescribing.model.id.Postcode;
import org.socialprescribing.model.org.VcseOrganisation;
import org.socialprescribing.model.org.VcseOrganisationType;
import org.socialprescribing.model.service.CostOption;
import org.socialprescribing.model.service.DeliveryMode;
import org.socialprescribing.model.service.Eligibility;
import org.socialprescribing.model.service.Service;
import org.socialprescribing.model.service.ServiceCategory;
import org.socialprescribing.model.service.ServiceLocation;
import org.socialprescribing.openreferral.OrukPage;
import org.socialprescribing.openreferral.OrukService;
import org.socialprescribing.openreferral.mapping.OrukMapper;
import org.socialprescribing.testkit.SyntheticCohort;

/**
 * An invented local directory of VCSE services for {@code sp demo}, published as an Open Referral UK page the way a
 * council's directory would publish it. Names, places and charity numbers are made up (the charity numbers only
 * have the right shape).
 */
final class SyntheticDirectory {

    private SyntheticDirectory() {}

    /** The directory as an ORUK page, with ids that are the same on every run. */
    static OrukPage<OrukService> asOpenReferralPage() {
        AtomicInteger next = new AtomicInteger();
        OrukMapper mapper = OrukMapper.standard()
                .withIds(() ->
                        UUID.nameUUIDFromBytes(("sp-demo-" + next.incrementAndGet()).getBytes(StandardCharsets.UTF_8)));
        List<OrukService> services = services().stream()
                .map(service -> mapper.toOrukService(service).value())
                .toList();
        return OrukPage.<OrukService>builder()
                .totalItems(services.size())
                .totalPages(1)
                .pageNumber(1)
                .size(services.size())
                .firstPage(true)
                .lastPage(true)
                .empty(services.isEmpty())
                .addAllContents(services)
                .build();
    }

    /** The directory id of a demo service: the same on every run, so that onward referrals can name it. */
    static String idOf(String serviceName) {
        return SyntheticCohort.serviceDirectoryId(serviceName);
    }

    /** The services as SDK values. */
    static List<Service> services() {
        VcseOrganisation friends = organisation("Riverside Friends (synthetic)", "1199001");
        VcseOrganisation green = organisation("Green Shoots Growing Project (synthetic)", "1199002");
        VcseOrganisation advice = organisation("Riverside Advice Centre (synthetic)", "1199003");
        return List.of(
                service(
                        friends,
                        "Telephone befriending",
                        ServiceCategory.BEFRIENDING,
                        DeliveryMode.TELEPHONE,
                        50,
                        null),
                service(
                        friends,
                        "Coffee and chat group",
                        ServiceCategory.HOBBIES_AND_SOCIAL_GROUPS,
                        DeliveryMode.IN_PERSON,
                        18,
                        null),
                service(
                        green,
                        "Community allotment",
                        ServiceCategory.GARDENING_AND_NATURE,
                        DeliveryMode.IN_PERSON,
                        16,
                        null),
                service(green, "Walking group", ServiceCategory.PHYSICAL_ACTIVITY, DeliveryMode.IN_PERSON, 18, 80),
                service(
                        advice,
                        "Benefits advice line",
                        ServiceCategory.BENEFITS_ADVICE,
                        DeliveryMode.TELEPHONE,
                        18,
                        null),
                service(
                        advice,
                        "Online peer support for carers",
                        ServiceCategory.PEER_SUPPORT,
                        DeliveryMode.ONLINE,
                        18,
                        null));
    }

    private static VcseOrganisation organisation(String name, String charityNumber) {
        return VcseOrganisation.builder()
                .name(name)
                .type(VcseOrganisationType.REGISTERED_CHARITY)
                .description("An invented organisation for the SDK demo.")
                .charityNumber(CharityNumber.parse(charityNumber))
                .build();
    }

    private static Service service(
            VcseOrganisation provider,
            String name,
            ServiceCategory category,
            DeliveryMode mode,
            int minimumAge,
            @org.jspecify.annotations.Nullable Integer maximumAge) {
        Eligibility.Builder eligibility = Eligibility.builder().minimumAge(minimumAge);
        if (maximumAge != null) {
            eligibility.maximumAge(maximumAge);
        }
        Service.Builder service = Service.builder()
                .directoryId(idOf(name))
                .provider(provider)
                .name(name)
                .addCategory(category)
                .addDeliveryMode(mode)
                .eligibility(eligibility.build());
        // Cost options as a directory would declare them: a fee per session, a free group, or nothing stated.
        switch (name) {
            case "Coffee and chat group" ->
                service.addCost(CostOption.builder()
                        .option("per session")
                        .amount(new BigDecimal("2.50"))
                        .build());
            case "Community allotment" ->
                service.addCost(CostOption.builder()
                        .option("per session")
                        .amount(new BigDecimal("5.00"))
                        .build());
            case "Walking group" -> service.addCost(CostOption.free());
            default -> {
                // no cost option declared: the ledger uses the caller's unit cost
            }
        }
        if (mode == DeliveryMode.IN_PERSON) {
            service.addLocation(ServiceLocation.builder()
                    .name(provider.name())
                    .addAddressLine("1 Riverside Walk")
                    .town("Riverside")
                    .postcode(Postcode.parse("ZZ99 9ZZ"))
                    .build());
        }
        return service.build();
    }
}

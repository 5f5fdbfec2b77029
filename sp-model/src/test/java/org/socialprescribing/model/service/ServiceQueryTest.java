package org.socialprescribing.model.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.coding.CodedConcept;
import org.socialprescribing.model.org.VcseOrganisation;
import org.socialprescribing.model.org.VcseOrganisationType;

/** Finding services in an invented directory by category, age, delivery mode and whether they take referrals. */
class ServiceQueryTest {

    private static final CodedConcept ESD_TERM = CodedConcept.of("http://id.esd.org.uk/service", "1284", "Debt");

    private static final ServiceDirectory DIRECTORY = ServiceDirectory.of(List.of(
            service("Phone befriending", ServiceCategory.BEFRIENDING, DeliveryMode.TELEPHONE)
                    .eligibility(ages(60, null))
                    .build(),
            service("Youth club", ServiceCategory.YOUTH_WORK, DeliveryMode.IN_PERSON)
                    .addCategory(ServiceCategory.HOBBIES_AND_SOCIAL_GROUPS)
                    .eligibility(ages(11, 18))
                    .build(),
            service("Debt advice", ServiceCategory.DEBT_AND_MONEY_ADVICE, DeliveryMode.IN_PERSON)
                    .addCategory(ServiceCategory.BENEFITS_ADVICE)
                    .addDeliveryModes(DeliveryMode.ONLINE, DeliveryMode.TELEPHONE)
                    .addExternalCategory(CodedConcept.of("http://id.esd.org.uk/service", "1284"))
                    .build(),
            service("Allotments", ServiceCategory.GARDENING_AND_NATURE, DeliveryMode.IN_PERSON)
                    .eligibility(ages(18, null))
                    .capacity(Capacity.of(false))
                    .build(),
            service("Carers' cafe", ServiceCategory.CARERS_SUPPORT, DeliveryMode.ONLINE)
                    .addCategory(ServiceCategory.PEER_SUPPORT)
                    .eligibility(ages(18, null))
                    .referralRoute(ReferralRoute.SIGNPOSTING_ONLY)
                    .build(),
            service("Art class", ServiceCategory.ARTS_AND_CULTURE, DeliveryMode.IN_PERSON)
                    .status(ServiceStatus.TEMPORARILY_CLOSED)
                    .build(),
            service("Counselling", ServiceCategory.COUNSELLING, DeliveryMode.HYBRID)
                    .addCategory(ServiceCategory.MENTAL_HEALTH_SUPPORT)
                    .eligibility(ages(16, 25))
                    .build()));

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "BEFRIENDING,                       Phone befriending",
        "BENEFITS_ADVICE,                   Debt advice",
        "MENTAL_HEALTH_SUPPORT PEER_SUPPORT, Carers' cafe; Counselling",
        "FOOD,                              ''",
    })
    void inCategory_findsServicesInAnyOfTheCategories(String categories, String expected) {
        ServiceCategory[] any = Arrays.stream(categories.split(" "))
                .map(ServiceCategory::valueOf)
                .toArray(ServiceCategory[]::new);

        assertThat(names(ServiceQuery.all().inCategory(any))).isEqualTo(list(expected));
    }

    // Age limits are inclusive: HSDS minimum_age and maximum_age are the youngest and oldest ages served.
    @ParameterizedTest(name = "age {0}")
    @CsvSource({
        "0,  Debt advice; Art class",
        "10, Debt advice; Art class",
        "11, Youth club; Debt advice; Art class",
        "15, Youth club; Debt advice; Art class",
        "16, Youth club; Debt advice; Art class; Counselling",
        "18, Youth club; Debt advice; Allotments; Carers' cafe; Art class; Counselling",
        "19, Debt advice; Allotments; Carers' cafe; Art class; Counselling",
        "25, Debt advice; Allotments; Carers' cafe; Art class; Counselling",
        "26, Debt advice; Allotments; Carers' cafe; Art class",
        "59, Debt advice; Allotments; Carers' cafe; Art class",
        "60, Phone befriending; Debt advice; Allotments; Carers' cafe; Art class",
    })
    void forAge_findsServicesWhoseAgeRangeIncludesIt(int age, String expected) {
        assertThat(names(ServiceQuery.all().forAge(age))).isEqualTo(list(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "TELEPHONE,        Phone befriending; Debt advice",
        "ONLINE,           Debt advice; Carers' cafe",
        "HYBRID,           Counselling",
        "IN_PERSON,        Youth club; Debt advice; Allotments; Art class",
        "TELEPHONE ONLINE, Phone befriending; Debt advice; Carers' cafe",
    })
    void deliveredBy_findsServicesDeliveredInAnyOfTheModes(String modes, String expected) {
        DeliveryMode[] any =
                Arrays.stream(modes.split(" ")).map(DeliveryMode::valueOf).toArray(DeliveryMode[]::new);

        assertThat(names(ServiceQuery.all().deliveredBy(any))).isEqualTo(list(expected));
    }

    @Test
    void acceptingReferrals_leavesOutClosedFullAndSignpostingOnlyServices() {
        assertThat(names(ServiceQuery.all().acceptingReferrals()))
                .containsExactly("Phone befriending", "Youth club", "Debt advice", "Counselling");
    }

    @Test
    void criteria_combine() {
        ServiceQuery query = ServiceQuery.all()
                .inCategory(ServiceCategory.DEBT_AND_MONEY_ADVICE, ServiceCategory.BEFRIENDING)
                .forAge(67)
                .deliveredBy(DeliveryMode.TELEPHONE)
                .acceptingReferrals();

        assertThat(names(query)).containsExactly("Phone befriending", "Debt advice");
        assertThat(names(query.and(ServiceQuery.all().inExternalCategory(ESD_TERM))))
                .containsExactly("Debt advice");
        assertThat(DIRECTORY.services().stream().filter(query).collect(Collectors.toList()))
                .isEqualTo(DIRECTORY.find(query));
    }

    @Test
    void all_findsEveryService() {
        assertThat(DIRECTORY.find(ServiceQuery.all())).isEqualTo(DIRECTORY.services());
        assertThat(DIRECTORY.size()).isEqualTo(7);
    }

    @Test
    void badCriteria_areRefused() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> ServiceQuery.all().forAge(-1));
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> ServiceQuery.all().inCategory());
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> ServiceQuery.all().deliveredBy());
    }

    @Test
    void queries_withTheSameCriteria_areEqual() {
        ServiceQuery query = ServiceQuery.all().forAge(30).deliveredBy(DeliveryMode.ONLINE);

        assertThat(query).isEqualTo(ServiceQuery.all().forAge(30).deliveredBy(DeliveryMode.ONLINE));
        assertThat(query).hasSameHashCodeAs(ServiceQuery.all().forAge(30).deliveredBy(DeliveryMode.ONLINE));
        assertThat(query).isNotEqualTo(ServiceQuery.all().forAge(31).deliveredBy(DeliveryMode.ONLINE));
        assertThat(query).hasToString("ServiceQuery[for age 30, delivered by [ONLINE]]");
    }

    @Test
    void directory_equalsAndHashCode() {
        EqualsVerifier.forClass(ServiceDirectory.class).verify();
        assertThat(DIRECTORY).hasToString("ServiceDirectory[7 services]");
    }

    private static List<String> names(ServiceQuery query) {
        return DIRECTORY.find(query).stream().map(Service::name).collect(Collectors.toList());
    }

    private static List<String> list(String names) {
        return names.isEmpty() ? List.of() : Arrays.asList(names.split("; "));
    }

    private static Service.Builder service(String name, ServiceCategory category, DeliveryMode mode) {
        return Service.builder()
                .provider(VcseOrganisation.builder()
                        .name("Community Trust")
                        .type(VcseOrganisationType.REGISTERED_CHARITY)
                        .build())
                .name(name)
                .addCategory(category)
                .addDeliveryMode(mode);
    }

    private static Eligibility ages(Integer minimum, Integer maximum) {
        return Eligibility.builder()
                .minimumAge(Optional.ofNullable(minimum))
                .maximumAge(Optional.ofNullable(maximum))
                .build();
    }
}

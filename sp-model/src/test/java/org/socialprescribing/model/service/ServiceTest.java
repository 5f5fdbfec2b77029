package org.socialprescribing.model.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.ModelIssueCode;
import org.socialprescribing.model.Severity;
import org.socialprescribing.model.ValidationReport;
import org.socialprescribing.model.coding.CodeSystems;
import org.socialprescribing.model.coding.CodedConcept;
import org.socialprescribing.model.id.Postcode;
import org.socialprescribing.model.org.VcseOrganisation;
import org.socialprescribing.model.org.VcseOrganisationType;
import org.socialprescribing.model.validation.SpValidator;

class ServiceTest {

    static final VcseOrganisation PROVIDER = VcseOrganisation.builder()
            .name("Green Gym")
            .type(VcseOrganisationType.REGISTERED_CHARITY)
            .build();

    static Service.Builder gardening() {
        return Service.builder()
                .provider(PROVIDER)
                .name("Community gardening")
                .addCategory(ServiceCategory.GARDENING_AND_NATURE)
                .addExternalCategory(CodedConcept.of("http://id.esd.org.uk/service", "1284"))
                .addDeliveryMode(DeliveryMode.IN_PERSON)
                .addLocation(ServiceLocation.builder()
                        .name("Allotments")
                        .addAddressLine("1 Park Road")
                        .postcode(Postcode.parse("SW1A 1AA"))
                        .latitude(new BigDecimal("51.5010"))
                        .longitude(new BigDecimal("-0.1416"))
                        .build())
                .addSchedule(ServiceSchedule.builder()
                        .addDaysOfWeek(DayOfWeek.TUESDAY)
                        .opensAt(LocalTime.of(10, 0))
                        .closesAt(LocalTime.of(12, 0))
                        .recurrenceRule("FREQ=WEEKLY;BYDAY=TU")
                        .build())
                .addCost(CostOption.free());
    }

    @Test
    void provider_mayBeUnknown_andValidationWarnsOfIt() {
        Service withoutProvider = gardening().provider(Optional.empty()).build();

        assertThat(withoutProvider.provider()).isEmpty();
        ValidationReport report = SpValidator.validate(withoutProvider);
        assertThat(report.isValid()).isTrue(); // a warning: the service is kept and can be listed
        assertThat(report.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.code()).isEqualTo(ModelIssueCode.SERVICE_PROVIDER_MISSING);
            assertThat(issue.severity()).isEqualTo(Severity.WARNING);
            assertThat(issue.path()).isEqualTo("provider");
        });
        assertThat(SpValidator.validate(gardening().build()).issues()).isEmpty();
    }

    @Test
    void defaults_areActiveAndDirectReferral() {
        Service service = gardening().build();
        assertThat(service.status()).isEqualTo(ServiceStatus.ACTIVE);
        assertThat(service.referralRoute()).isEqualTo(ReferralRoute.DIRECT_REFERRAL);
        assertThat(service.costs()).singleElement().satisfies(cost -> {
            assertThat(cost.amount()).contains(BigDecimal.ZERO);
            assertThat(cost.currency().getCurrencyCode()).isEqualTo("GBP");
        });
        assertThat(service.canTakeReferralsNow()).isTrue();
    }

    @Test
    void canTakeReferralsNow_isFalseWhenFullSignpostingOnlyOrClosed() {
        assertThat(gardening().capacity(Capacity.of(false)).build().canTakeReferralsNow())
                .isFalse();
        assertThat(gardening()
                        .referralRoute(ReferralRoute.SIGNPOSTING_ONLY)
                        .build()
                        .canTakeReferralsNow())
                .isFalse();
        assertThat(gardening().status(ServiceStatus.TEMPORARILY_CLOSED).build().canTakeReferralsNow())
                .isFalse();
    }

    @ParameterizedTest
    @CsvSource({"18,,17,false", "18,,18,true", ",64,65,false", ",,120,true", "16,25,20,true"})
    void eligibility_admitsAgesInRange(Integer min, Integer max, int age, boolean admitted) {
        Eligibility.Builder builder = Eligibility.builder();
        if (min != null) {
            builder.minimumAge(min);
        }
        if (max != null) {
            builder.maximumAge(max);
        }
        assertThat(builder.build().admitsAge(age)).isEqualTo(admitted);
    }

    @Test
    void eligibility_rejectsNegativeOrInvertedAges() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> Eligibility.builder().minimumAge(-1).build());
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() ->
                        Eligibility.builder().minimumAge(18).maximumAge(17).build())
                .withMessageContaining("maximumAge: '17'");
    }

    @Test
    void location_needsBothCoordinatesInRange() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(
                        () -> ServiceLocation.builder().latitude(BigDecimal.ONE).build())
                .withMessageContaining("together");
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> ServiceLocation.builder()
                        .latitude(new BigDecimal("90.1"))
                        .longitude(BigDecimal.ZERO)
                        .build())
                .withMessageContaining("latitude");
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> ServiceLocation.builder()
                        .latitude(BigDecimal.ZERO)
                        .longitude(new BigDecimal("-180.5"))
                        .build())
                .withMessageContaining("longitude");
    }

    @Test
    void schedule_andCost_runForwards() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> ServiceSchedule.builder()
                        .opensAt(LocalTime.NOON)
                        .closesAt(LocalTime.NOON)
                        .build())
                .withMessageContaining("closesAt");
        LocalDate day = LocalDate.of(2025, 6, 1);
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> ServiceSchedule.builder()
                        .validFrom(day)
                        .validTo(day.minusDays(1))
                        .build());
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> CostOption.builder()
                        .validFrom(day)
                        .validTo(day.minusDays(1))
                        .build());
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() ->
                        CostOption.builder().amount(new BigDecimal("-0.01")).build())
                .withMessage("cost.amount: '-0.01' must not be negative");
    }

    @Test
    void capacity_andContact_checkTheirInvariants() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> Capacity.builder()
                        .acceptingReferrals(true)
                        .availablePlaces(-1)
                        .build());
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> ServiceContact.builder().name("Reception").build())
                .withMessageContaining("needs an e-mail address or a telephone number");
    }

    @Test
    void taxonomy_coversTheReportsRange_inTheSdkCodeSystem() {
        assertThat(ServiceCategory.values())
                .contains(
                        ServiceCategory.ARTS_AND_CULTURE,
                        ServiceCategory.BEFRIENDING,
                        ServiceCategory.DEBT_AND_MONEY_ADVICE,
                        ServiceCategory.DIGITAL_INCLUSION,
                        ServiceCategory.YOUTH_WORK);
        assertThat(Arrays.stream(ServiceCategory.values())
                        .map(c -> c.toConcept().system()))
                .containsOnly(CodeSystems.SERVICE_CATEGORY);
        assertThat(ServiceStatus.TEMPORARILY_CLOSED.code()).isEqualTo("temporarily_closed");
    }
}

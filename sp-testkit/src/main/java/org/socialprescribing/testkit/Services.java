package org.socialprescribing.testkit;

import static org.socialprescribing.testkit.Values.dates;
import static org.socialprescribing.testkit.Values.decimals;
import static org.socialprescribing.testkit.Values.instants;
import static org.socialprescribing.testkit.Values.postcodes;
import static org.socialprescribing.testkit.Values.some;
import static org.socialprescribing.testkit.Values.times;

import java.time.DayOfWeek;
import java.util.Currency;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import org.socialprescribing.model.service.Capacity;
import org.socialprescribing.model.service.CostOption;
import org.socialprescribing.model.service.DeliveryMode;
import org.socialprescribing.model.service.Eligibility;
import org.socialprescribing.model.service.ReferralRoute;
import org.socialprescribing.model.service.Service;
import org.socialprescribing.model.service.ServiceCategory;
import org.socialprescribing.model.service.ServiceContact;
import org.socialprescribing.model.service.ServiceLocation;
import org.socialprescribing.model.service.ServiceSchedule;
import org.socialprescribing.model.service.ServiceStatus;

/** Services of a directory as the SDK holds them, with every item filled or left out at random. */
final class Services {

    private final Values values;
    private final Parties parties;

    Services(Values values, Parties parties) {
        this.values = values;
        this.parties = parties;
    }

    /** Locations with at least one item: an empty one has no FHIR form (sp-fhir refuses it). */
    Arbitrary<ServiceLocation> locations() {
        return Builders.withBuilder(ServiceLocation::builder)
                .use(values.text().optional())
                .in((b, id) -> b.directoryId(id))
                .use(values.text().optional())
                .in((b, name) -> b.name(name))
                .use(some(values.text()))
                .in((b, lines) -> b.addAllAddressLines(lines))
                .use(values.text().optional())
                .in((b, town) -> b.town(town))
                .use(postcodes().optional())
                .in((b, postcode) -> b.postcode(postcode))
                .use(Combinators.combine(decimals(-90, 90), decimals(-180, 180))
                        .as(List::of)
                        .optional())
                .in((b, position) -> position.isEmpty()
                        ? b
                        : b.latitude(position.get().get(0))
                                .longitude(position.get().get(1)))
                .use(values.text().optional())
                .in((b, access) -> b.accessibility(access))
                .build(ServiceLocation.Builder::build)
                .filter(location -> !location.equals(ServiceLocation.builder().build()));
    }

    Arbitrary<ServiceSchedule> schedules() {
        return Builders.withBuilder(ServiceSchedule::builder)
                .use(Arbitraries.of(DayOfWeek.class).set().ofMaxSize(3))
                .in((b, days) -> b.addAllDaysOfWeek(days))
                .use(times().optional())
                .in((b, opens) -> {
                    opens.ifPresent(at -> b.opensAt(at).closesAt(at.plusMinutes(1)));
                    return b;
                })
                .use(Combinators.combine(dates(), Arbitraries.integers().between(0, 300))
                        .as((from, days) -> List.of(from, from.plusDays(days)))
                        .optional())
                .in((b, validity) -> {
                    validity.ifPresent(days -> b.validFrom(days.get(0)).validTo(days.get(1)));
                    return b;
                })
                .use(Arbitraries.of("FREQ=MONTHLY;BYDAY=2TU", "FREQ=WEEKLY").optional())
                .in((b, rule) -> b.recurrenceRule(rule))
                .use(values.text().optional())
                .in((b, description) -> b.description(description))
                .build(ServiceSchedule.Builder::build);
    }

    Arbitrary<Eligibility> eligibilities() {
        return Combinators.combine(
                        Arbitraries.integers().between(0, 60).optional(),
                        Arbitraries.integers().between(0, 40).optional(),
                        some(values.codedTexts()),
                        values.strippedText().optional())
                .as((min, span, conditions, description) -> Eligibility.builder()
                        .minimumAge(min)
                        .maximumAge(span.map(extra -> min.orElse(0) + extra))
                        .addAllConditions(conditions)
                        .description(description)
                        .build());
    }

    Arbitrary<CostOption> costs() {
        return Combinators.combine(
                        values.text().optional(),
                        decimals(0, 100).optional(),
                        Arbitraries.of("GBP", "EUR").map(Currency::getInstance),
                        values.text().optional(),
                        dates().optional(),
                        Arbitraries.integers().between(0, 300).optional())
                .as((option, amount, currency, description, from, days) -> CostOption.builder()
                        .option(option)
                        .amount(amount)
                        .currency(currency)
                        .amountDescription(description)
                        .validFrom(from)
                        .validTo(days.map(d -> from.orElse(Values.FIRST_DAY).plusDays(d)))
                        .build());
    }

    /** Contacts with an e-mail address or a telephone number, as a contact needs. */
    Arbitrary<ServiceContact> contacts() {
        return Combinators.combine(
                        values.text().optional(),
                        values.text().optional(),
                        values.text().optional(),
                        values.text().optional(),
                        some(values.text()))
                .filter((name, title, department, email, phones) -> email.isPresent() || !phones.isEmpty())
                .as((name, title, department, email, phones) -> ServiceContact.builder()
                        .name(name)
                        .title(title)
                        .department(department)
                        .email(email)
                        .addAllTelephones(phones)
                        .build());
    }

    Arbitrary<Service> services() {
        Arbitrary<Capacity> capacities = Combinators.combine(
                        Arbitraries.of(true, false),
                        Arbitraries.integers().between(0, 50).optional(),
                        instants().optional())
                .as((accepting, places, asOf) -> Capacity.builder()
                        .acceptingReferrals(accepting)
                        .availablePlaces(places)
                        .asOf(asOf)
                        .build());
        return Builders.withBuilder(Service::builder)
                .use(values.text().optional())
                .in((b, id) -> b.directoryId(id))
                .use(parties.vcseOrganisations())
                .in((b, provider) -> b.provider(provider))
                .use(values.text())
                .in((b, name) -> b.name(name))
                .use(values.text().optional())
                .in((b, description) -> b.description(description))
                .use(Arbitraries.of(ServiceStatus.class))
                .in((b, status) -> b.status(status))
                .use(some(Arbitraries.of(ServiceCategory.class)))
                .in((b, categories) -> b.addAllCategories(categories))
                .use(some(values.concepts()))
                .in((b, categories) -> b.addAllExternalCategories(categories))
                .use(some(Arbitraries.of(DeliveryMode.class)))
                .in((b, modes) -> b.addAllDeliveryModes(modes))
                .use(locations().list().ofMaxSize(2))
                .in((b, locations) -> b.addAllLocations(locations))
                .use(schedules().list().ofMaxSize(2))
                .in((b, schedules) -> b.addAllSchedules(schedules))
                .use(eligibilities().optional())
                .in((b, eligibility) -> b.eligibility(eligibility))
                .use(costs().list().ofMaxSize(2))
                .in((b, costs) -> b.addAllCosts(costs))
                .use(capacities.optional())
                .in((b, capacity) -> b.capacity(capacity))
                .use(Arbitraries.of(ReferralRoute.class))
                .in((b, route) -> b.referralRoute(route))
                .use(contacts().list().ofMaxSize(2))
                .in((b, contacts) -> b.addAllContacts(contacts))
                .use(Values.uris().optional())
                .in((b, url) -> b.url(url))
                .use(values.text().optional())
                .in((b, email) -> b.email(email))
                .use(some(Arbitraries.of("en", "pl", "ur", "cy")))
                .in((b, languages) -> b.addAllLanguages(languages))
                .use(some(values.text()))
                .in((b, areas) -> b.addAllServiceAreas(areas))
                .use(instants().optional())
                .in((b, at) -> b.lastModified(at))
                .build(Service.Builder::build);
    }
}

package org.socialprescribing.fhir.mapping.internal;

import java.math.BigDecimal;
import java.net.URI;
import java.time.DayOfWeek;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.ContactPoint.ContactPointSystem;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.HealthcareService;
import org.hl7.fhir.r4.model.HealthcareService.DaysOfWeek;
import org.hl7.fhir.r4.model.HealthcareService.HealthcareServiceAvailableTimeComponent;
import org.hl7.fhir.r4.model.HealthcareService.HealthcareServiceEligibilityComponent;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Money;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Range;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.UnsignedIntType;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.id.Postcode;
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

/**
 * A VCSE {@link Service} and {@code HealthcareService} with its provider {@code Organization} and {@code
 * Location}s, both ways. Following the FHIR Human Services Directory IG, {@code active} is true only for an active
 * service; the four HSDS statuses are kept in an SDK extension. SDK categories are {@code category}, a directory's
 * own taxonomy terms {@code type}; each schedule is one {@code availableTime} ({@code allDay} false); eligibility
 * conditions and description are {@code eligibility} entries; service areas are {@code coverageArea} references
 * by name; the last change is {@code meta.lastUpdated}.
 */
public final class ServiceFhir {

    private static final ServiceLocation EMPTY_LOCATION =
            ServiceLocation.builder().build();

    private static final String YEARS = "a";

    private ServiceFhir() {}

    /**
     * Writes a service into a Bundle: the HealthcareService first, then its provider and locations.
     *
     * @param service the service
     * @param bundle the Bundle being written
     * @return a reference to the HealthcareService
     */
    public static Reference write(Service service, BundleWriter bundle) {
        HealthcareService healthcareService = new HealthcareService();
        Reference reference = bundle.add(healthcareService);
        service.provider()
                .ifPresent(provider -> healthcareService.setProvidedBy(bundle.add(OrganisationFhir.write(provider))));
        for (int i = 0; i < service.locations().size(); i++) {
            ServiceLocation location = service.locations().get(i);
            if (location.equals(EMPTY_LOCATION)) {
                // HAPI drops an empty resource when it encodes, so the location would not come back.
                throw new InvalidValueException(
                        "locations[" + i + "]", "has nothing in it: FHIR cannot carry an empty Location");
            }
            healthcareService.addLocation(bundle.add(write(location)));
        }
        fill(healthcareService, service);
        return reference;
    }

    private static void fill(HealthcareService target, Service service) {
        service.lastModified().ifPresent(at -> target.getMeta().setLastUpdatedElement(Times.instant(at)));
        Extensions.add(target, SpExtension.SERVICE_STATUS, Codings.coding(service.status()));
        service.deliveryModes()
                .forEach(mode -> Extensions.add(target, SpExtension.DELIVERY_MODE, Codings.coding(mode)));
        service.eligibility().ifPresent(eligibility -> writeEligibility(target, eligibility));
        service.costs().forEach(cost -> writeCost(target, cost));
        service.capacity().ifPresent(capacity -> writeCapacity(target, capacity));
        Extensions.add(target, SpExtension.REFERRAL_ROUTE, Codings.coding(service.referralRoute()));
        service.contacts().forEach(contact -> writeContact(target, contact));
        service.directoryId()
                .ifPresent(id -> target.addIdentifier(
                        new Identifier().setSystem(Systems.SERVICE_DIRECTORY_ID).setValue(id)));
        target.setActive(service.status() == ServiceStatus.ACTIVE);
        service.categories().forEach(category -> target.addCategory(Codings.concept(category)));
        service.externalCategories().forEach(category -> target.addType(new CodeableConcept(Codings.coding(category))));
        target.setName(service.name());
        service.description().ifPresent(target::setComment);
        service.url()
                .ifPresent(url -> target.addTelecom(
                        new ContactPoint().setSystem(ContactPointSystem.URL).setValue(url.toString())));
        service.email()
                .ifPresent(email -> target.addTelecom(
                        new ContactPoint().setSystem(ContactPointSystem.EMAIL).setValue(email)));
        service.serviceAreas().forEach(area -> target.addCoverageArea(new Reference().setDisplay(area)));
        service.languages()
                .forEach(tag -> target.addCommunication(new CodeableConcept(new Coding(Systems.BCP_47, tag, null))));
        service.schedules().forEach(schedule -> writeSchedule(target.addAvailableTime(), schedule));
    }

    private static Location write(ServiceLocation location) {
        Location target = new Location();
        location.accessibility()
                .ifPresent(text -> Extensions.add(target, SpExtension.LOCATION_ACCESSIBILITY, new StringType(text)));
        location.directoryId()
                .ifPresent(id -> target.addIdentifier(new Identifier()
                        .setSystem(Systems.LOCATION_DIRECTORY_ID)
                        .setValue(id)));
        location.name().ifPresent(target::setName);
        if (!location.addressLines().isEmpty()
                || location.town().isPresent()
                || location.postcode().isPresent()) {
            Address address = target.getAddress();
            location.addressLines().forEach(address::addLine);
            location.town().ifPresent(address::setCity);
            location.postcode().ifPresent(postcode -> address.setPostalCode(postcode.value()));
        }
        if (location.latitude().isPresent() && location.longitude().isPresent()) {
            target.getPosition()
                    .setLatitude(location.latitude().get())
                    .setLongitude(location.longitude().get());
        }
        return target;
    }

    private static void writeSchedule(HealthcareServiceAvailableTimeComponent time, ServiceSchedule schedule) {
        Times.period(schedule.validFrom(), schedule.validTo())
                .ifPresent(validity -> Extensions.add(time, SpExtension.SCHEDULE_VALIDITY, validity));
        schedule.recurrenceRule()
                .ifPresent(rule -> Extensions.add(time, SpExtension.RECURRENCE_RULE, new StringType(rule)));
        schedule.description()
                .ifPresent(text -> Extensions.add(time, SpExtension.SCHEDULE_DESCRIPTION, new StringType(text)));
        for (DayOfWeek day : DayOfWeek.values()) {
            if (schedule.daysOfWeek().contains(day)) {
                time.addDaysOfWeek(
                        DaysOfWeek.fromCode(day.name().substring(0, 3).toLowerCase(Locale.ROOT)));
            }
        }
        // allDay is always false: a schedule is never "always open", and it keeps an empty schedule non-empty.
        time.setAllDay(false);
        schedule.opensAt().ifPresent(at -> time.setAvailableStartTimeElement(Times.time(at)));
        schedule.closesAt().ifPresent(at -> time.setAvailableEndTimeElement(Times.time(at)));
    }

    private static void writeEligibility(HealthcareService target, Eligibility eligibility) {
        if (eligibility.minimumAge().isPresent() || eligibility.maximumAge().isPresent()) {
            Range ages = new Range();
            eligibility.minimumAge().ifPresent(age -> ages.setLow(years(age)));
            eligibility.maximumAge().ifPresent(age -> ages.setHigh(years(age)));
            Extensions.add(target, SpExtension.ELIGIBLE_AGE, ages);
        }
        if (eligibility.minimumAge().isEmpty()
                && eligibility.maximumAge().isEmpty()
                && eligibility.conditions().isEmpty()
                && eligibility.description().isEmpty()) {
            Extensions.add(target, SpExtension.ELIGIBILITY_RECORDED, new BooleanType(true));
        }
        eligibility.conditions().forEach(condition -> target.addEligibility().setCode(Codings.concept(condition)));
        eligibility.description().ifPresent(text -> target.addEligibility().setComment(text));
    }

    private static Quantity years(int age) {
        return new Quantity()
                .setValue(age)
                .setUnit("years")
                .setSystem(Systems.UCUM)
                .setCode(YEARS);
    }

    private static void writeCost(HealthcareService target, CostOption cost) {
        Extension extension = Extensions.addComplex(target, SpExtension.COST_OPTION);
        cost.option().ifPresent(option -> Extensions.addPart(extension, "option", new StringType(option)));
        Money amount = new Money().setCurrency(cost.currency().getCurrencyCode());
        cost.amount().ifPresent(amount::setValue);
        Extensions.addPart(extension, "amount", amount);
        cost.amountDescription()
                .ifPresent(text -> Extensions.addPart(extension, "amount-description", new StringType(text)));
        Times.period(cost.validFrom(), cost.validTo())
                .ifPresent(validity -> Extensions.addPart(extension, "validity", validity));
    }

    private static void writeCapacity(HealthcareService target, Capacity capacity) {
        Extension extension = Extensions.addComplex(target, SpExtension.CAPACITY);
        Extensions.addPart(extension, "accepting-referrals", new BooleanType(capacity.acceptingReferrals()));
        capacity.availablePlaces()
                .ifPresent(places -> Extensions.addPart(extension, "available-places", new UnsignedIntType(places)));
        capacity.asOf().ifPresent(at -> Extensions.addPart(extension, "as-of", Times.dateTime(at)));
    }

    private static void writeContact(HealthcareService target, ServiceContact contact) {
        Extension extension = Extensions.addComplex(target, SpExtension.SERVICE_CONTACT);
        contact.name().ifPresent(text -> Extensions.addPart(extension, "name", new StringType(text)));
        contact.title().ifPresent(text -> Extensions.addPart(extension, "title", new StringType(text)));
        contact.department().ifPresent(text -> Extensions.addPart(extension, "department", new StringType(text)));
        contact.email().ifPresent(text -> Extensions.addPart(extension, "email", new StringType(text)));
        contact.telephones().forEach(phone -> Extensions.addPart(extension, "telephone", new StringType(phone)));
    }

    /**
     * Reads the one HealthcareService of the input with its provider and locations.
     *
     * @param reading the mapping state
     * @return the service
     */
    public static Service read(Reading reading) {
        List<At<HealthcareService>> services = reading.index().ofType(HealthcareService.class);
        if (services.size() != 1) {
            throw reading.structure("Bundle", "must hold exactly one HealthcareService, not " + services.size());
        }
        return read(reading, services.get(0));
    }

    /**
     * Reads one HealthcareService of the input, with its provider and locations, to a service.
     *
     * @param reading the mapping state
     * @param healthcareService the HealthcareService, located
     * @return the service
     */
    public static Service read(Reading reading, At<HealthcareService> healthcareService) {
        At<HealthcareService> service = reading.read(healthcareService);
        HealthcareService node = service.node();
        Service.Builder target = Service.builder();
        // A service may name no provider (the model holds it; SpValidator warns service.provider.missing).
        if (node.hasProvidedBy()) {
            At<Organization> provider =
                    reading.resolve(service.child(node.getProvidedBy(), "providedBy"), Organization.class, service);
            target.provider(OrganisationFhir.readVcse(reading, provider));
        }
        target.name(reading.value(service.child(node.getNameElement(), "name"), "the service's name"));
        if (node.hasCommentElement()) {
            target.description(reading.value(service.child(node.getCommentElement(), "comment"), "the description"));
        }
        if (node.hasMeta() && node.getMeta().hasLastUpdatedElement()) {
            target.lastModified(
                    Times.instant(reading, service.child(node.getMeta().getLastUpdatedElement(), "meta.lastUpdated")));
        }
        target.status(status(reading, service));
        target.addAllDeliveryModes(
                Extensions.codedList(reading, service, SpExtension.DELIVERY_MODE, DeliveryMode.class));
        eligibility(reading, service).ifPresent(target::eligibility);
        for (At<Extension> cost : Extensions.all(service, SpExtension.COST_OPTION)) {
            target.addCost(cost(reading, cost));
        }
        Extensions.one(reading, service, SpExtension.CAPACITY)
                .ifPresent(found -> target.capacity(capacity(reading, found)));
        Extensions.coded(reading, service, SpExtension.REFERRAL_ROUTE, ReferralRoute.class)
                .ifPresent(target::referralRoute);
        for (At<Extension> contact : Extensions.all(service, SpExtension.SERVICE_CONTACT)) {
            target.addContact(contact(reading, contact));
        }
        target.directoryId(reading.identifier(service, node.getIdentifier(), Systems.SERVICE_DIRECTORY_ID));
        for (int i = 0; i < node.getCategory().size(); i++) {
            target.addCategory(Codings.codedValueOf(
                    reading, service.child(node.getCategory().get(i), "category", i), ServiceCategory.class));
        }
        for (int i = 0; i < node.getType().size(); i++) {
            At<CodeableConcept> type = service.child(node.getType().get(i), "type", i);
            if (!type.node().hasCoding()) {
                throw reading.missing(type.path() + ".coding", "a coding of the directory's taxonomy");
            }
            target.addExternalCategory(
                    Codings.codedConcept(reading, type.child(type.node().getCodingFirstRep(), "coding", 0)));
        }
        Optional<URI> url = Optional.empty();
        Optional<String> email = Optional.empty();
        for (int i = 0; i < node.getTelecom().size(); i++) {
            At<ContactPoint> telecom = service.child(node.getTelecom().get(i), "telecom", i);
            ContactPointSystem system = telecom.node().getSystem();
            if (system == ContactPointSystem.URL || system == ContactPointSystem.EMAIL) {
                reading.use(telecom.node().getSystemElement());
                String value = reading.value(telecom.child(telecom.node().getValueElement(), "value"), "the contact");
                if (system == ContactPointSystem.URL) {
                    reading.once(url, telecom.path(), "web page");
                    url = Optional.of(reading.uri(telecom.path(), value));
                } else {
                    reading.once(email, telecom.path(), "e-mail address");
                    email = Optional.of(value);
                }
            }
        }
        target.url(url).email(email);
        for (int i = 0; i < node.getCoverageArea().size(); i++) {
            At<Reference> area = service.child(node.getCoverageArea().get(i), "coverageArea", i);
            target.addServiceArea(
                    reading.value(area.child(area.node().getDisplayElement(), "display"), "the area's name"));
        }
        for (int i = 0; i < node.getCommunication().size(); i++) {
            At<CodeableConcept> language = service.child(node.getCommunication().get(i), "communication", i);
            target.addLanguage(language(reading, language));
        }
        for (int i = 0; i < node.getAvailableTime().size(); i++) {
            target.addSchedule(
                    schedule(reading, service.child(node.getAvailableTime().get(i), "availableTime", i)));
        }
        for (int i = 0; i < node.getLocation().size(); i++) {
            At<Location> location =
                    reading.resolve(service.child(node.getLocation().get(i), "location", i), Location.class, service);
            target.addLocation(location(reading, location));
        }
        return reading.build(service.path(), target::build);
    }

    private static ServiceStatus status(Reading reading, At<HealthcareService> service) {
        HealthcareService node = service.node();
        Optional<ServiceStatus> status =
                Extensions.coded(reading, service, SpExtension.SERVICE_STATUS, ServiceStatus.class);
        boolean active = node.hasActiveElement()
                ? reading.value(service.child(node.getActiveElement(), "active"), "the active flag")
                : status.map(found -> found == ServiceStatus.ACTIVE).orElse(true);
        ServiceStatus found = status.orElse(active ? ServiceStatus.ACTIVE : ServiceStatus.INACTIVE);
        if (active != (found == ServiceStatus.ACTIVE)) {
            throw reading.invalid(service.path() + ".active", "must be true exactly when the service status is active");
        }
        return found;
    }

    private static Optional<Eligibility> eligibility(Reading reading, At<HealthcareService> service) {
        HealthcareService node = service.node();
        Optional<At<Extension>> ages = Extensions.one(reading, service, SpExtension.ELIGIBLE_AGE);
        boolean recorded = Extensions.flag(reading, service, SpExtension.ELIGIBILITY_RECORDED)
                .orElse(false);
        if (ages.isEmpty() && !recorded && node.getEligibility().isEmpty()) {
            return Optional.empty();
        }
        Eligibility.Builder eligibility = Eligibility.builder();
        ages.ifPresent(found -> {
            At<Range> range = Extensions.value(reading, found, Range.class);
            if (range.node().hasLow()) {
                eligibility.minimumAge(age(reading, range.child(range.node().getLow(), "low")));
            }
            if (range.node().hasHigh()) {
                eligibility.maximumAge(age(reading, range.child(range.node().getHigh(), "high")));
            }
        });
        Optional<String> description = Optional.empty();
        for (int i = 0; i < node.getEligibility().size(); i++) {
            At<HealthcareServiceEligibilityComponent> entry =
                    service.child(node.getEligibility().get(i), "eligibility", i);
            if (entry.node().hasCode()) {
                eligibility.addCondition(
                        Codings.codedText(reading, entry.child(entry.node().getCode(), "code")));
            }
            if (entry.node().hasCommentElement()) {
                reading.once(description, entry.path() + ".comment", "eligibility description");
                description = Optional.of(
                        reading.value(entry.child(entry.node().getCommentElement(), "comment"), "the description"));
            }
        }
        eligibility.description(description);
        return Optional.of(reading.build(service.path() + ".eligibility", eligibility::build));
    }

    private static int age(Reading reading, At<Quantity> quantity) {
        Quantity node = quantity.node();
        if (!Systems.UCUM.equals(node.getSystem()) || !YEARS.equals(node.getCode())) {
            throw reading.invalid(quantity.path(), "must be a whole number of years (UCUM a)");
        }
        BigDecimal value = reading.value(quantity.child(node.getValueElement(), "value"), "the age");
        reading.use(node);
        try {
            return value.intValueExact();
        } catch (ArithmeticException e) {
            throw reading.invalid(quantity.path() + ".value", "must be a whole number of years");
        }
    }

    private static CostOption cost(Reading reading, At<Extension> extension) {
        CostOption.Builder cost = CostOption.builder();
        Extensions.part(reading, extension, "option", StringType.class)
                .ifPresent(found -> cost.option(found.node().getValue()));
        At<Money> amount = Extensions.requiredPart(reading, extension, "amount", Money.class);
        if (amount.node().hasValue()) {
            cost.amount(amount.node().getValue());
        }
        String currency = reading.value(amount.child(amount.node().getCurrencyElement(), "currency"), "the currency");
        cost.currency(reading.build(amount.path() + ".currency", () -> currency(currency)));
        Extensions.part(reading, extension, "amount-description", StringType.class)
                .ifPresent(found -> cost.amountDescription(found.node().getValue()));
        Extensions.part(reading, extension, "validity", Period.class)
                .ifPresent(validity ->
                        cost.validFrom(Times.start(reading, validity)).validTo(Times.end(reading, validity)));
        return reading.build(extension.path(), cost::build);
    }

    private static Currency currency(String code) {
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("currency", code, "must be an ISO 4217 currency code", e);
        }
    }

    private static Capacity capacity(Reading reading, At<Extension> extension) {
        Capacity.Builder capacity = Capacity.builder()
                .acceptingReferrals(
                        Extensions.requiredPart(reading, extension, "accepting-referrals", BooleanType.class)
                                .node()
                                .booleanValue());
        Extensions.part(reading, extension, "available-places", UnsignedIntType.class)
                .ifPresent(found -> capacity.availablePlaces(found.node().getValue()));
        Extensions.part(reading, extension, "as-of", DateTimeType.class)
                .ifPresent(found -> capacity.asOf(Times.instant(reading, found)));
        return reading.build(extension.path(), capacity::build);
    }

    private static ServiceContact contact(Reading reading, At<Extension> extension) {
        ServiceContact.Builder contact = ServiceContact.builder();
        Extensions.part(reading, extension, "name", StringType.class)
                .ifPresent(found -> contact.name(found.node().getValue()));
        Extensions.part(reading, extension, "title", StringType.class)
                .ifPresent(found -> contact.title(found.node().getValue()));
        Extensions.part(reading, extension, "department", StringType.class)
                .ifPresent(found -> contact.department(found.node().getValue()));
        Extensions.part(reading, extension, "email", StringType.class)
                .ifPresent(found -> contact.email(found.node().getValue()));
        Extensions.parts(reading, extension, "telephone", StringType.class)
                .forEach(found -> contact.addTelephone(found.node().getValue()));
        return reading.build(extension.path(), contact::build);
    }

    private static String language(Reading reading, At<CodeableConcept> language) {
        if (!language.node().hasCoding()) {
            throw reading.missing(language.path() + ".coding", "a BCP 47 language tag");
        }
        At<Coding> coding = language.child(language.node().getCodingFirstRep(), "coding", 0);
        if (!Systems.BCP_47.equals(coding.node().getSystem())) {
            throw reading.invalid(coding.path() + ".system", "must be " + Systems.BCP_47);
        }
        reading.use(coding.node().getSystemElement());
        reading.use(coding.node().hasDisplay() ? coding.node().getDisplayElement() : null);
        return reading.value(coding.child(coding.node().getCodeElement(), "code"), "the language tag");
    }

    private static ServiceSchedule schedule(Reading reading, At<HealthcareServiceAvailableTimeComponent> time) {
        HealthcareServiceAvailableTimeComponent node = time.node();
        ServiceSchedule.Builder schedule = ServiceSchedule.builder();
        if (node.hasAllDayElement() && reading.value(time.child(node.getAllDayElement(), "allDay"), "allDay")) {
            throw reading.invalid(time.path() + ".allDay", "must be false: the SDK's schedules have opening hours");
        }
        Extensions.one(reading, time, SpExtension.SCHEDULE_VALIDITY).ifPresent(found -> {
            At<Period> validity = Extensions.value(reading, found, Period.class);
            schedule.validFrom(Times.start(reading, validity)).validTo(Times.end(reading, validity));
        });
        schedule.recurrenceRule(Extensions.text(reading, time, SpExtension.RECURRENCE_RULE));
        schedule.description(Extensions.text(reading, time, SpExtension.SCHEDULE_DESCRIPTION));
        for (int i = 0; i < node.getDaysOfWeek().size(); i++) {
            At<org.hl7.fhir.r4.model.Enumeration<DaysOfWeek>> day =
                    time.child(node.getDaysOfWeek().get(i), "daysOfWeek", i);
            DaysOfWeek value = reading.value(day, "the day");
            schedule.addDaysOfWeek(DayOfWeek.values()[value.ordinal()]);
        }
        if (node.hasAvailableStartTimeElement()) {
            schedule.opensAt(
                    Times.time(reading, time.child(node.getAvailableStartTimeElement(), "availableStartTime")));
        }
        if (node.hasAvailableEndTimeElement()) {
            schedule.closesAt(Times.time(reading, time.child(node.getAvailableEndTimeElement(), "availableEndTime")));
        }
        return reading.build(time.path(), schedule::build);
    }

    private static ServiceLocation location(Reading reading, At<Location> location) {
        Location node = location.node();
        ServiceLocation.Builder target = ServiceLocation.builder();
        target.accessibility(Extensions.text(reading, location, SpExtension.LOCATION_ACCESSIBILITY));
        target.directoryId(reading.identifier(location, node.getIdentifier(), Systems.LOCATION_DIRECTORY_ID));
        if (node.hasNameElement()) {
            target.name(reading.value(location.child(node.getNameElement(), "name"), "the name"));
        }
        if (node.hasAddress()) {
            At<Address> address = location.child(node.getAddress(), "address");
            for (int i = 0; i < address.node().getLine().size(); i++) {
                target.addAddressLine(
                        reading.value(address.child(address.node().getLine().get(i), "line", i), "the line"));
            }
            if (address.node().hasCityElement()) {
                target.town(reading.value(address.child(address.node().getCityElement(), "city"), "the town"));
            }
            if (address.node().hasPostalCodeElement()) {
                String postcode = reading.value(
                        address.child(address.node().getPostalCodeElement(), "postalCode"), "the postcode");
                target.postcode(reading.build(address.path() + ".postalCode", () -> Postcode.parse(postcode)));
            }
        }
        if (node.hasPosition()) {
            At<Location.LocationPositionComponent> position = location.child(node.getPosition(), "position");
            target.latitude(
                    reading.value(position.child(position.node().getLatitudeElement(), "latitude"), "the latitude"));
            target.longitude(
                    reading.value(position.child(position.node().getLongitudeElement(), "longitude"), "the longitude"));
        }
        return reading.build(location.path(), target::build);
    }
}

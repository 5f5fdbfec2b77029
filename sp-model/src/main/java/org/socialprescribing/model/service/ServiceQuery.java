package org.socialprescribing.model.service;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.coding.CodedConcept;

/**
 * What a link worker is looking for in a {@link ServiceDirectory}: an immutable conjunction of criteria, built up
 * one call at a time from {@link #all()}. Each call adds a criterion that a service must also meet:
 *
 * <pre>{@code
 * ServiceQuery query = ServiceQuery.all()
 *         .inCategory(ServiceCategory.BEFRIENDING, ServiceCategory.PEER_SUPPORT)  // either of them
 *         .forAge(67)
 *         .deliveredBy(DeliveryMode.TELEPHONE)
 *         .acceptingReferrals();
 * }</pre>
 *
 * <p>It is also a {@code Predicate} of SDK services, for use with streams.
 */
public final class ServiceQuery implements Predicate<Service> {

    private static final ServiceQuery ALL = new ServiceQuery(List.of());

    private final List<Criterion> criteria;

    private ServiceQuery(List<Criterion> criteria) {
        this.criteria = criteria;
    }

    /**
     * The query that every service matches, to start from.
     *
     * @return the query without criteria, never null
     */
    public static ServiceQuery all() {
        return ALL;
    }

    /**
     * Services in at least one of the categories (of the SDK taxonomy; with the mapper's category table, directory
     * terms that mean a category count too).
     *
     * @param categories the categories, at least one, not null
     * @return the narrower query, never null
     * @throws InvalidValueException if no category is given
     */
    public ServiceQuery inCategory(ServiceCategory... categories) {
        Set<ServiceCategory> any = anyOf(categories, ServiceCategory.class, "categories");
        return and(new Criterion(
                "in category " + any, service -> service.categories().stream().anyMatch(any::contains)));
    }

    /**
     * Services with an external category (a directory's taxonomy term, e.g. an LGA {@code esd} service type) of
     * the same system and code as the one given; displays are not compared.
     *
     * @param term the term, not null
     * @return the narrower query, never null
     */
    public ServiceQuery inExternalCategory(CodedConcept term) {
        requireNonNull(term, "term");
        return and(new Criterion(
                "in external category " + term.system() + "|" + term.code(),
                service -> service.externalCategories().stream().anyMatch(term::isSameConceptAs)));
    }

    /**
     * Services whose eligibility admits a person of this age: at or above the minimum age and at or below the
     * maximum age, where given. A service that states no age range admits every age.
     *
     * @param years the person's age in whole years, not negative
     * @return the narrower query, never null
     * @throws InvalidValueException if the age is negative
     */
    public ServiceQuery forAge(int years) {
        if (years < 0) {
            throw new InvalidValueException("age", String.valueOf(years), "must not be negative");
        }
        return and(new Criterion(
                "for age " + years,
                service -> service.eligibility()
                        .map(eligibility -> eligibility.admitsAge(years))
                        .orElse(true)));
    }

    /**
     * Services delivered in at least one of the modes. Modes are compared as they are: a {@code hybrid} service
     * is not an {@code online} one unless it says so too.
     *
     * @param modes the delivery modes, at least one, not null
     * @return the narrower query, never null
     * @throws InvalidValueException if no mode is given
     */
    public ServiceQuery deliveredBy(DeliveryMode... modes) {
        Set<DeliveryMode> any = anyOf(modes, DeliveryMode.class, "deliveryModes");
        return and(new Criterion(
                "delivered by " + any,
                service -> service.deliveryModes().stream().anyMatch(any::contains)));
    }

    /**
     * Services a link worker can refer someone to now ({@link
     * Service#canTakeReferralsNow()}): active, taking direct referrals and,
     * where capacity is known, accepting them.
     *
     * @return the narrower query, never null
     */
    public ServiceQuery acceptingReferrals() {
        return and(new Criterion("accepting referrals", Service::canTakeReferralsNow));
    }

    /**
     * Services that meet this query and another.
     *
     * @param other the other query, not null
     * @return the narrower query, never null
     */
    public ServiceQuery and(ServiceQuery other) {
        List<Criterion> both = new ArrayList<>(criteria);
        both.addAll(other.criteria);
        return new ServiceQuery(List.copyOf(both));
    }

    /**
     * Whether a service meets every criterion.
     *
     * @param service the service, not null
     * @return true if it matches
     */
    public boolean matches(Service service) {
        requireNonNull(service, "service");
        return criteria.stream().allMatch(criterion -> criterion.test.test(service));
    }

    /** The same as {@link #matches}. */
    @Override
    public boolean test(Service service) {
        return matches(service);
    }

    private ServiceQuery and(Criterion criterion) {
        List<Criterion> more = new ArrayList<>(criteria);
        more.add(criterion);
        return new ServiceQuery(List.copyOf(more));
    }

    private static <E extends Enum<E>> Set<E> anyOf(E[] values, Class<E> type, String field) {
        requireNonNull(values, field);
        if (values.length == 0) {
            throw new InvalidValueException(field, "needs at least one value");
        }
        Set<E> set = EnumSet.noneOf(type);
        set.addAll(Arrays.asList(values));
        return set;
    }

    /** Two queries are equal when they have the same criteria in the same order. */
    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof ServiceQuery && criteria.equals(((ServiceQuery) other).criteria);
    }

    @Override
    public int hashCode() {
        return criteria.hashCode();
    }

    /** @return the criteria in words, e.g. {@code ServiceQuery[for age 67, accepting referrals]} */
    @Override
    public String toString() {
        return criteria.stream()
                .map(criterion -> criterion.description)
                .collect(Collectors.joining(", ", "ServiceQuery[", "]"));
    }

    /** One criterion: what it asks, in words (which also makes it comparable), and the test. */
    private static final class Criterion {
        final String description;
        final Predicate<Service> test;

        Criterion(String description, Predicate<Service> test) {
            this.description = description;
            this.test = test;
        }

        @Override
        public boolean equals(@Nullable Object other) {
            return other instanceof Criterion && description.equals(((Criterion) other).description);
        }

        @Override
        public int hashCode() {
            return description.hashCode();
        }
    }
}

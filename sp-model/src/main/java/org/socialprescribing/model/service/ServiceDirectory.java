package org.socialprescribing.model.service;

import static java.util.Objects.requireNonNull;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * An in-memory directory of SDK services (typically a mapped Open Referral UK directory) that a link worker
 * searches with a {@link ServiceQuery}. Immutable and thread-safe; results keep the directory's order.
 *
 * <pre>{@code
 * List<Service> found = directory.find(ServiceQuery.all()
 *         .inCategory(ServiceCategory.GARDENING_AND_NATURE)
 *         .forAge(16)
 *         .deliveredBy(DeliveryMode.IN_PERSON));
 * }</pre>
 */
public final class ServiceDirectory {

    private final List<Service> services;

    private ServiceDirectory(List<Service> services) {
        this.services = services;
    }

    /**
     * A directory of the given services, in their order.
     *
     * @param services the services, not null and without null elements
     * @return the directory, never null
     * @throws NullPointerException if the collection or an element is null
     */
    public static ServiceDirectory of(Collection<? extends Service> services) {
        return new ServiceDirectory(List.copyOf(requireNonNull(services, "services")));
    }

    /** @return every service, in order, never null */
    public List<Service> services() {
        return services;
    }

    /** @return the number of services */
    public int size() {
        return services.size();
    }

    /**
     * The services that match a query.
     *
     * @param query the query, not null
     * @return the matching services, in the directory's order, never null
     */
    public List<Service> find(ServiceQuery query) {
        requireNonNull(query, "query");
        return services.stream().filter(query::matches).collect(Collectors.toUnmodifiableList());
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof ServiceDirectory && services.equals(((ServiceDirectory) other).services);
    }

    @Override
    public int hashCode() {
        return services.hashCode();
    }

    /** @return the number of services; their details (which include contacts' names) are not shown */
    @Override
    public String toString() {
        return "ServiceDirectory[" + services.size() + " services]";
    }
}

package org.socialprescribing.openreferral;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.socialprescribing.model.SpStyle;

/**
 * A source of funding of a service.
 *
 * <p>JSON: the HSDS {@code funding} object as the Open Referral UK profile defines it. Build one with {@link
 * #builder()}; read and write it with {@link OrukJson}.
 */
@Value.Immutable
@SpStyle
public interface OrukFunding extends OrukRecord {

    /** @return {@code id}: the identifier of the funding entry (a UUID in HSDS), never null */
    String id();

    /** @return {@code service_id}: the identifier of the funded service, or empty if absent */
    Optional<String> serviceId();

    /** @return {@code source}: where the funding comes from, in free text, or empty if absent */
    Optional<String> source();

    /**
     * @return {@code metadata}: the audit trail of changes to this record (HSDS 3.0 core; not in the compiled UK
     *     profile), in document order, never null
     */
    List<OrukMetadata> metadata();

    /** @return a new builder, never null */
    static ImmutableOrukFunding.Builder builder() {
        return ImmutableOrukFunding.builder();
    }
}

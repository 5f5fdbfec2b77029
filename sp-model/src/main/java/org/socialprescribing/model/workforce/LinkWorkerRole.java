package org.socialprescribing.model.workforce;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.SpStyle;
import org.socialprescribing.model.coding.CodedText;
import org.socialprescribing.model.id.OdsCode;
import org.socialprescribing.model.org.OrganisationRef;

/**
 * A social prescribing link worker post: who employs it and under which of the report's six appointment models,
 * whether it is generalist or specialist (and for which population), its full-time equivalent, the Primary Care
 * Networks it serves and the caseload it reports.
 *
 * <p>A post with no {@linkplain #populationFocus() population focus} is generalist; one with a focus is
 * specialist, e.g. "link worker for young people" (L2496). The report notes that "Generalist link workers may
 * lack the skills or resources to engage effectively with excluded individuals" (L239-242).
 */
@Value.Immutable
@SpStyle
@JsonSerialize(as = ImmutableLinkWorkerRole.class)
@JsonDeserialize(as = ImmutableLinkWorkerRole.class)
public interface LinkWorkerRole extends WithLinkWorkerRole {

    /** @return the role with its local title, e.g. "Community Navigator"; its type is the link worker */
    @Value.Default
    default PersonalisedCareRole role() {
        return PersonalisedCareRole.of(PersonalisedCareRoleType.LINK_WORKER);
    }

    /** @return the employing organisation, never null */
    OrganisationRef employer();

    /** @return how the post was appointed, never null */
    EmploymentModel employmentModel();

    /**
     * The populations a specialist post focuses on, e.g. children and young people, BAME communities, people
     * living with cancer; empty for a generalist post.
     *
     * @return the population focus, never null
     */
    List<CodedText> populationFocus();

    /** @return the full-time equivalent of the post, greater than 0 and at most 1 */
    BigDecimal fte();

    /** @return the ODS codes of the Primary Care Networks the post serves, never null */
    List<OdsCode> pcnsServed();

    /** @return the caseload the post reports, if any */
    Optional<ReportedCaseload> reportedCaseload();

    /**
     * Whether the post focuses on particular populations.
     *
     * @return true if a population focus is given
     */
    @JsonIgnore
    default boolean isSpecialist() {
        return !populationFocus().isEmpty();
    }

    /**
     * A new builder.
     *
     * @return a builder, never null
     */
    static Builder builder() {
        return new Builder();
    }

    /** Structural invariant: a link worker role, and an FTE of one post. */
    @Value.Check
    default void check() {
        if (role().type() != PersonalisedCareRoleType.LINK_WORKER) {
            throw new InvalidValueException("role.type", role().type().code(), "must be link_worker");
        }
        if (fte().signum() <= 0 || fte().compareTo(BigDecimal.ONE) > 0) {
            throw new InvalidValueException("fte", fte().toPlainString(), "must be greater than 0 and at most 1");
        }
    }

    /**
     * A builder holding this value's attributes, to change several of them at once; {@code with...} methods change
     * one.
     *
     * @return a new builder, never null
     */
    default Builder toBuilder() {
        return new Builder().mergeFrom(this);
    }

    /**
     * Builds {@code LinkWorkerRole} values; {@link #builder()} and {@link #toBuilder()} return one.
     * {@code build()} throws an {@link IllegalStateException} when a required attribute is not set, and checks the
     * value as {@code LinkWorkerRole}'s rules say.
     */
    final class Builder extends ImmutableLinkWorkerRole.Builder {
        Builder() {}
    }
}

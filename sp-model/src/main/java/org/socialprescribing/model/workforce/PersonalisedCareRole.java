package org.socialprescribing.model.workforce;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;
import org.socialprescribing.model.SpStyle;
import org.socialprescribing.model.coding.CodedConcept;
import org.socialprescribing.model.coding.CodedText;

/**
 * A personalised care role with the title it has locally. The report meets the same role under many names:
 * "Community Navigator" (L1166), "link officer" (L1645), "Social Prescribing Advisors" (L2139), "Community
 * Connectors" (L2658-2661). The type makes roles comparable; the local title is kept as given.
 */
@Value.Immutable
@SpStyle
@JsonSerialize(as = ImmutablePersonalisedCareRole.class)
@JsonDeserialize(as = ImmutablePersonalisedCareRole.class)
public interface PersonalisedCareRole extends WithPersonalisedCareRole {

    /** @return the kind of role, never null */
    PersonalisedCareRoleType type();

    /** @return the job title used locally, if it differs from the type's name */
    Optional<String> localTitle();

    /**
     * A role without a local title.
     *
     * @param type the kind of role, not null
     * @return the role, never null
     */
    static PersonalisedCareRole of(PersonalisedCareRoleType type) {
        return builder().type(type).build();
    }

    /**
     * A role with its local title.
     *
     * @param type the kind of role, not null
     * @param localTitle the local job title, not null
     * @return the role, never null
     */
    static PersonalisedCareRole of(PersonalisedCareRoleType type, String localTitle) {
        return builder().type(type).localTitle(localTitle).build();
    }

    /**
     * The role as a professional's role: the type's concept with the local title as text.
     *
     * @return the coded text, never null
     */
    default CodedText toCodedText() {
        CodedConcept concept = type().toConcept();
        return localTitle().map(title -> CodedText.of(concept, title)).orElseGet(() -> CodedText.of(concept));
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
     * A new builder.
     *
     * @return a builder, never null
     */
    static Builder builder() {
        return new Builder();
    }

    /**
     * Builds {@code PersonalisedCareRole} values; {@link #builder()} and {@link #toBuilder()} return one.
     * {@code build()} throws an {@link IllegalStateException} when a required attribute is not set, and checks the
     * value as {@code PersonalisedCareRole}'s rules say.
     */
    final class Builder extends ImmutablePersonalisedCareRole.Builder {
        Builder() {}
    }
}

package org.socialprescribing.model.org;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.socialprescribing.model.SpStyle;
import org.socialprescribing.model.id.OdsCode;

/**
 * An Integrated Care Board, the NHS body of an Integrated Care System (ICS), identified by its ODS code.
 */
@Value.Immutable
@SpStyle
@JsonSerialize(as = ImmutableIntegratedCareBoard.class)
@JsonDeserialize(as = ImmutableIntegratedCareBoard.class)
public interface IntegratedCareBoard extends WithIntegratedCareBoard {

    /** @return the ICB's ODS code, never null */
    OdsCode odsCode();

    /** @return the ICB's name, never null */
    String name();

    /**
     * An ICB.
     *
     * @param odsCode the ODS code, not null
     * @param name the name, not null
     * @return the ICB, never null
     */
    static IntegratedCareBoard of(OdsCode odsCode, String name) {
        return builder().odsCode(odsCode).name(name).build();
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
     * Builds {@code IntegratedCareBoard} values; {@link #builder()} and {@link #toBuilder()} return one.
     * {@code build()} throws an {@link IllegalStateException} when a required attribute is not set, and checks the
     * value as {@code IntegratedCareBoard}'s rules say.
     */
    final class Builder extends ImmutableIntegratedCareBoard.Builder {
        Builder() {}
    }
}

package org.socialprescribing.model.episode;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.socialprescribing.model.SpStyle;
import org.socialprescribing.model.coding.CodedText;
import org.socialprescribing.model.workforce.ProfessionalRef;

/**
 * A contact between the person and a professional, typically the link worker (PRSB "Contacts with professionals"
 * entry): when, where, who saw them, what kind of contact, how (consultation method), for which service and with
 * what outcome. PRSB draws the coded items from NHS Data Dictionary lists that no source here gives, so they are
 * {@link CodedText}: code where the caller has one, text otherwise.
 */
@Value.Immutable
@SpStyle
@JsonSerialize(as = ImmutableProfessionalContact.class)
@JsonDeserialize(as = ImmutableProfessionalContact.class)
public interface ProfessionalContact extends WithProfessionalContact {

    /** @return when the contact happened, never null */
    Instant at();

    /** @return where, if recorded */
    Optional<String> location();

    /** @return the kind of place, if recorded */
    Optional<CodedText> locationType();

    /** @return who saw the person (PRSB "Seen by"), never null */
    List<ProfessionalRef> seenBy();

    /** @return the professional responsible, if recorded */
    Optional<ProfessionalRef> responsible();

    /** @return the kind of contact, e.g. first assessment or review, if recorded */
    Optional<CodedText> contactType();

    /** @return how: face to face, telephone, video (NHS DD consultation method), if recorded */
    Optional<CodedText> method();

    /** @return the service (PRSB: Services refset 1127531000000102), if recorded */
    Optional<CodedText> service();

    /** @return the outcome of the contact (NHS DD outcome of attendance), if recorded */
    Optional<CodedText> outcome();

    /**
     * A new builder.
     *
     * @return a builder, never null
     */
    static Builder builder() {
        return new Builder();
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
     * Builds {@code ProfessionalContact} values; {@link #builder()} and {@link #toBuilder()} return one.
     * {@code build()} throws an {@link IllegalStateException} when a required attribute is not set, and checks the
     * value as {@code ProfessionalContact}'s rules say.
     */
    final class Builder extends ImmutableProfessionalContact.Builder {
        Builder() {}
    }
}

package org.socialprescribing.report;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.SpStyle;
import org.socialprescribing.model.id.CharityNumber;
import org.socialprescribing.model.id.CompanyNumber;
import org.socialprescribing.model.id.OdsCode;
import org.socialprescribing.model.org.VcseOrganisation;

/**
 * Who received a funding flow: an organisation's name and any identifiers that let the ledger find it among the
 * providers of the directory. A recipient is the same provider when one identifier is equal (directory id,
 * charity number, company number, ODS code), or, when neither side gives a shared identifier, when the names
 * are equal ignoring case and surrounding spaces.
 */
@Value.Immutable
@SpStyle
@JsonSerialize(as = ImmutableFundingRecipient.class)
@JsonDeserialize(as = ImmutableFundingRecipient.class)
public interface FundingRecipient extends WithFundingRecipient {

    /** @return the organisation's name, never null, not blank */
    String name();

    /** @return the organisation's id in the service directory (HSDS {@code organization.id}), if known */
    Optional<String> directoryId();

    /** @return the registered charity number, if any */
    Optional<CharityNumber> charityNumber();

    /** @return the Companies House number, if any */
    Optional<CompanyNumber> companyNumber();

    /** @return the ODS code, e.g. of a PCN or practice receiving DES money, if any */
    Optional<OdsCode> odsCode();

    /**
     * A recipient known by name only.
     *
     * @param name the name, not blank
     * @return the recipient, never null
     * @throws InvalidValueException if the name is blank
     */
    static FundingRecipient named(String name) {
        return builder().name(name).build();
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
     * Whether this recipient is a directory provider: an equal identifier, or equal names when no identifier is
     * given on both sides.
     *
     * @param provider the provider, not null
     * @return true if they are the same organisation
     */
    default boolean isProvider(VcseOrganisation provider) {
        boolean shared = false;
        if (directoryId().isPresent() && provider.directoryId().isPresent()) {
            if (directoryId().equals(provider.directoryId())) {
                return true;
            }
            shared = true;
        }
        if (charityNumber().isPresent() && provider.charityNumber().isPresent()) {
            if (charityNumber().equals(provider.charityNumber())) {
                return true;
            }
            shared = true;
        }
        if (companyNumber().isPresent() && provider.companyNumber().isPresent()) {
            if (companyNumber().equals(provider.companyNumber())) {
                return true;
            }
            shared = true;
        }
        if (odsCode().isPresent() && provider.odsCode().isPresent()) {
            if (odsCode().equals(provider.odsCode())) {
                return true;
            }
            shared = true;
        }
        return !shared && isNamed(provider.name());
    }

    /**
     * Whether a name is this recipient's, ignoring case and surrounding spaces.
     *
     * @param other the name, not null
     * @return true if the names are equal
     */
    default boolean isNamed(String other) {
        return name().strip().toLowerCase(Locale.ROOT).equals(other.strip().toLowerCase(Locale.ROOT));
    }

    /** Structural invariant: a name. */
    @Value.Check
    default void check() {
        if (name().isBlank()) {
            throw new InvalidValueException("funding.recipient.name", "must not be blank");
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
     * Builds {@code FundingRecipient} values; {@link #builder()} and {@link #toBuilder()} return one.
     * {@code build()} throws an {@link IllegalStateException} when a required attribute is not set, and checks the
     * value as {@code FundingRecipient}'s rules say.
     */
    final class Builder extends ImmutableFundingRecipient.Builder {
        Builder() {}
    }
}

package org.socialprescribing.model.org;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.net.URI;
import java.util.Optional;
import org.immutables.value.Value;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.SpStyle;
import org.socialprescribing.model.coding.CodedText;
import org.socialprescribing.model.id.CharityNumber;
import org.socialprescribing.model.id.CompanyNumber;
import org.socialprescribing.model.id.OdsCode;

/**
 * A voluntary, community or social enterprise organisation that provides services people are referred or
 * signposted to, from an informal group to a national charity.
 *
 * <p><b>Size.</b> No source here defines official size bands, so the SDK invents none: it keeps the
 * {@linkplain #annualIncomeGbp() annual income} as reported and, separately, a {@linkplain #sizeBand() size band}
 * in whatever classification the caller uses (coded in the caller's own code system, or free text).
 */
@Value.Immutable
@SpStyle
@JsonSerialize(as = ImmutableVcseOrganisation.class)
@JsonDeserialize(as = ImmutableVcseOrganisation.class)
public interface VcseOrganisation extends WithVcseOrganisation {

    /** @return the organisation's id in a service directory (e.g. an Open Referral UK UUID), if it has one */
    Optional<String> directoryId();

    /** @return the organisation's name, never null */
    String name();

    /** @return the organisation's form, never null */
    VcseOrganisationType type();

    /** @return what the organisation does, if described */
    Optional<String> description();

    /** @return the annual income in pounds sterling as reported, if known; never negative */
    Optional<BigDecimal> annualIncomeGbp();

    /** @return a size band in the caller's own classification, if given */
    Optional<CodedText> sizeBand();

    /** @return the area the organisation works across, if known */
    Optional<Footprint> footprint();

    /** @return the ODS code, if the organisation has one */
    Optional<OdsCode> odsCode();

    /** @return the registered charity number, if it is a registered charity */
    Optional<CharityNumber> charityNumber();

    /** @return the Companies House number, if it is a company (e.g. a CIC or charitable company) */
    Optional<CompanyNumber> companyNumber();

    /** @return the organisation's website, if it has one */
    Optional<URI> website();

    /** @return the organisation's contact e-mail, if given */
    Optional<String> email();

    /** @return the organisation's contact telephone number, if given */
    Optional<String> telephone();

    /**
     * A new builder.
     *
     * @return a builder, never null
     */
    static Builder builder() {
        return new Builder();
    }

    /** Structural invariant: income is not negative. */
    @Value.Check
    default void check() {
        annualIncomeGbp().filter(income -> income.signum() < 0).ifPresent(income -> {
            throw new InvalidValueException("annualIncomeGbp", income.toPlainString(), "must not be negative");
        });
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
     * Builds {@code VcseOrganisation} values; {@link #builder()} and {@link #toBuilder()} return one.
     * {@code build()} throws an {@link IllegalStateException} when a required attribute is not set, and checks the
     * value as {@code VcseOrganisation}'s rules say.
     */
    final class Builder extends ImmutableVcseOrganisation.Builder {
        Builder() {}
    }
}

package org.socialprescribing.model.person;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.ModelIssueCode;
import org.socialprescribing.model.SpStyle;
import org.socialprescribing.model.coding.CodedConcept;
import org.socialprescribing.model.id.ImdDecile;
import org.socialprescribing.model.id.NhsNumber;
import org.socialprescribing.model.id.Postcode;
import org.socialprescribing.model.validation.CompleteForNationalDataset;
import org.socialprescribing.model.validation.CompleteForPrsb;
import org.socialprescribing.model.validation.ReadyToMessageBack;
import org.socialprescribing.model.validation.ReadyToSendToProvider;
import org.socialprescribing.model.validation.Recorded;
import org.socialprescribing.model.validation.ValidPostcode;

/**
 * The person who is referred for social prescribing: PRSB "Person demographics" plus the equity dimensions
 * used to see who social prescribing reaches (deprivation, ethnicity, age, language need, disability,
 * homelessness, carer status). Every item is optional, so that a person can be recorded as a referral describes
 * them (no NHS number yet, for example); completeness is a validation question: {@code
 * SpValidator.validate(person, CompleteForNationalDataset.class)} reports each item the group needs that is not
 * recorded. An NHS number, when present, is always valid (an {@link NhsNumber} cannot hold an invalid one).
 *
 * <p>Sex at birth, stated gender and gender identity are separate fields because they answer different
 * questions and their codes overlap with different meanings. {@link #toString()} shows the NHS number masked
 * and the name as initials, and nothing else.
 */
@Value.Immutable
@SpStyle
@JsonSerialize(as = ImmutablePerson.class)
@JsonDeserialize(as = ImmutablePerson.class)
public abstract class Person implements WithPerson {

    // Package-private: only the generated class extends it (module-info's [missing-explicit-ctor] lint asks for one).
    Person() {}

    // A light check of a BCP 47 tag or ISO 639 code: a 2-3 letter language and optional subtags.
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*");

    /** @return the NHS number (PRSB "Must have"), if recorded */
    @Recorded(
            code = ModelIssueCode.PERSON_NHS_NUMBER_MISSING,
            groups = {CompleteForNationalDataset.class, ReadyToMessageBack.class})
    public abstract Optional<NhsNumber> nhsNumber();

    /** @return the name (PRSB mandatory), if recorded */
    @Recorded(
            code = ModelIssueCode.PERSON_NAME_MISSING,
            groups = {CompleteForPrsb.class, ReadyToSendToProvider.class, ReadyToMessageBack.class})
    public abstract Optional<@Valid PersonName> name();

    /** @return the date of birth (PRSB mandatory), if recorded */
    @Recorded(
            code = ModelIssueCode.PERSON_BIRTH_DATE_MISSING,
            groups = {CompleteForPrsb.class, ReadyToSendToProvider.class, ReadyToMessageBack.class})
    public abstract Optional<LocalDate> birthDate();

    /** @return sex at birth (observed), if recorded */
    public abstract Optional<BirthSex> sexAtBirth();

    /** @return the gender the person states (administrative gender; PRSB "Must have"), if recorded */
    @Recorded(code = ModelIssueCode.PERSON_STATED_GENDER_MISSING, groups = CompleteForNationalDataset.class)
    public abstract Optional<StatedGender> statedGender();

    /** @return the gender the person identifies with, if recorded */
    public abstract Optional<GenderIdentity> genderIdentity();

    /** @return the NHS ethnic category (PRSB "Must have"), if recorded */
    @Recorded(code = ModelIssueCode.PERSON_ETHNIC_CATEGORY_MISSING, groups = CompleteForNationalDataset.class)
    public abstract Optional<EthnicCategory> ethnicCategory();

    /**
     * An ethnic category coded in another system than NHS England's {@link EthnicCategory}, kept as given with its
     * system: UK Core's Welsh ethnic category ({@value EthnicCategory#WALES_FHIR_SYSTEM}) re-uses England's letters with
     * other meanings, so its codes cannot be read as {@link EthnicCategory}. At most one of the two is recorded.
     *
     * @return the coded category, if recorded in another system
     */
    public abstract Optional<CodedConcept> otherEthnicCategory();

    /**
     * The postcode of the person's usual address. A postcode that fails the strict Royal Mail letter rules is
     * reported as a warning by {@code SpValidator}.
     *
     * @return the postcode, if recorded
     */
    public abstract Optional<@ValidPostcode(strict = true) Postcode> postcode();

    /** @return the preferred language as a BCP 47 tag or ISO 639 code, e.g. {@code en} or {@code pa-IN}, if recorded */
    public abstract Optional<String> preferredLanguage();

    /**
     * Whether the person needs an interpreter: the "language need" equity dimension.
     *
     * @return true or false, if recorded
     */
    public abstract Optional<Boolean> interpreterNeeded();

    /**
     * Accessibility needs and reasonable adjustments, as free text or codes (e.g. {@code "BSL interpreter"},
     * {@code "easy read"}), in the order recorded.
     *
     * @return the needs, empty if none recorded, never null
     */
    public abstract List<String> accessibilityNeeds();

    /** @return the IMD decile of the person's area, with the index release it comes from, if recorded */
    public abstract Optional<ImdDecile> imdDecile();

    /** @return whether the person has a disability, if recorded */
    public abstract Optional<Boolean> disability();

    /** @return whether the person is homeless, if recorded */
    public abstract Optional<Boolean> homeless();

    /** @return whether the person is a carer (SNOMED CT 224484003 "Person themselves is a carer"), if recorded */
    public abstract Optional<Boolean> carer();

    /** @return a builder, never null */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The person's age in whole years on a date.
     *
     * @param date the date, not null
     * @return the age, or empty if the birth date is not recorded
     * @throws InvalidValueException if the date is before the birth date
     * @throws NullPointerException if the date is null
     */
    public OptionalInt ageOn(LocalDate date) {
        requireNonNull(date, "date");
        if (birthDate().isEmpty()) {
            return OptionalInt.empty();
        }
        if (date.isBefore(birthDate().get())) {
            throw new InvalidValueException("date", date.toString(), "is before the birth date");
        }
        return OptionalInt.of(Period.between(birthDate().get(), date).getYears());
    }

    /**
     * The first of the caller's age bands that contains the person's age on a date.
     *
     * @param date the date, not null
     * @param bands the bands to choose from, in order, not null
     * @return the band, or empty if the birth date is not recorded or no band contains the age
     * @throws InvalidValueException if the date is before the birth date
     * @throws NullPointerException if an argument is null
     */
    public Optional<AgeBand> ageBandOn(LocalDate date, List<AgeBand> bands) {
        requireNonNull(bands, "bands");
        OptionalInt age = ageOn(date);
        return age.isEmpty()
                ? Optional.empty()
                : bands.stream().filter(band -> band.contains(age.getAsInt())).findFirst();
    }

    @Value.Check
    void check() {
        if (otherEthnicCategory().isPresent()) {
            if (ethnicCategory().isPresent()) {
                throw new InvalidValueException(
                        "otherEthnicCategory", "must not be recorded beside ethnicCategory: a person has one");
            }
            if (EthnicCategory.FHIR_SYSTEM.equals(otherEthnicCategory().get().system())) {
                throw new InvalidValueException(
                        "otherEthnicCategory",
                        otherEthnicCategory().get().code(),
                        "is in NHS England's system: record it as ethnicCategory");
            }
        }
        if (preferredLanguage()
                .filter(tag -> !LANGUAGE_TAG.matcher(tag).matches())
                .isPresent()) {
            throw new InvalidValueException(
                    "preferredLanguage",
                    preferredLanguage().get(),
                    "must be a BCP 47 language tag such as en or pa-IN");
        }
        if (accessibilityNeeds().stream().anyMatch(String::isBlank)) {
            throw new InvalidValueException("accessibilityNeeds", "must not hold a blank need");
        }
    }

    /**
     * @return the masked NHS number and the initials, e.g. {@code Person[*** *** 5919, J. S.]}, with {@code no NHS
     *     number} or {@code no name} for what is not recorded; nothing else
     */
    @Override
    public String toString() {
        return "Person["
                + nhsNumber().map(NhsNumber::masked).orElse("no NHS number")
                + ", "
                + name().map(PersonName::initials).orElse("no name")
                + "]";
    }

    /**
     * A builder holding this value's attributes, to change several of them at once; {@code with...} methods change
     * one.
     *
     * @return a new builder, never null
     */
    public Builder toBuilder() {
        return new Builder().mergeFrom(this);
    }

    /**
     * Builds {@code Person} values; {@link #builder()} and {@link #toBuilder()} return one.
     * {@code build()} throws an {@link IllegalStateException} when a required attribute is not set, and checks the
     * value as {@code Person}'s rules say.
     */
    public static final class Builder extends ImmutablePerson.Builder {
        Builder() {}
    }
}

package org.socialprescribing.model.person;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.immutables.value.Value;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.ModelIssueCode;
import org.socialprescribing.model.SpStyle;
import org.socialprescribing.model.validation.CompleteForPrsb;
import org.socialprescribing.model.validation.MaxLength;
import org.socialprescribing.model.validation.Recorded;

/**
 * A person's name as PRSB's "Person name" holds it: given names, a family name and an optional prefix (title). A
 * name holds at least a given or a family name, and no part is blank. PRSB makes a given and a family name
 * mandatory; that is a completeness rule ({@code CompleteForPrsb}), not an invariant, so that a name another
 * system holds in part can still be recorded. Names are personal data: {@link #toString()} shows initials only,
 * and exceptions never quote a name.
 *
 * <p>PRSB limits each part to 35 characters; that is a validation rule ({@code person-name.too-long}, reported by
 * {@code SpValidator}), not an invariant, so longer names from other systems can still be held.
 */
@Value.Immutable
@SpStyle
@JsonSerialize(as = ImmutablePersonName.class)
@JsonDeserialize(as = ImmutablePersonName.class)
public abstract class PersonName implements WithPersonName {

    // Package-private: only the generated class extends it (module-info's [missing-explicit-ctor] lint asks for one).
    PersonName() {}

    /** The PRSB maximum length of each name part. */
    public static final int MAX_PART_LENGTH = 35;

    /** @return the given names in order, none blank; empty if none is recorded (PRSB: at least one) */
    @Recorded(code = ModelIssueCode.PERSON_NAME_GIVEN_MISSING, groups = CompleteForPrsb.class)
    public abstract List<@MaxLength(value = MAX_PART_LENGTH, code = ModelIssueCode.PERSON_NAME_TOO_LONG) String>
            givenNames();

    /** @return the family name (surname), not blank, if recorded (PRSB mandatory) */
    @Recorded(code = ModelIssueCode.PERSON_NAME_FAMILY_MISSING, groups = CompleteForPrsb.class)
    public abstract Optional<@MaxLength(value = MAX_PART_LENGTH, code = ModelIssueCode.PERSON_NAME_TOO_LONG) String>
            familyName();

    /** @return the prefix or title, e.g. {@code Dr}, if recorded */
    public abstract Optional<@MaxLength(value = MAX_PART_LENGTH, code = ModelIssueCode.PERSON_NAME_TOO_LONG) String>
            prefix();

    /**
     * Creates a name without prefix.
     *
     * @param familyName the family name, not blank
     * @param givenNames the given names, none blank; none for a name known only by its family name
     * @return the name, never null
     * @throws InvalidValueException if a part is blank
     * @throws NullPointerException if an argument is null
     */
    public static PersonName of(String familyName, String... givenNames) {
        return builder().familyName(familyName).addGivenNames(givenNames).build();
    }

    /** @return a builder, never null */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    void check() {
        if (givenNames().isEmpty() && familyName().isEmpty()) {
            throw new InvalidValueException("name", "needs a given or a family name");
        }
        if (givenNames().stream().anyMatch(String::isBlank)) {
            throw new InvalidValueException("name.givenNames", "must not hold a blank name");
        }
        if (familyName().filter(String::isBlank).isPresent()) {
            throw new InvalidValueException("name.familyName", "must not be blank when present");
        }
        if (prefix().filter(String::isBlank).isPresent()) {
            throw new InvalidValueException("name.prefix", "must not be blank when present");
        }
    }

    /**
     * The initials of the given names and the family name, safe to show in logs.
     *
     * @return e.g. {@code J. A. S.}, never null
     */
    public String initials() {
        return Stream.concat(givenNames().stream(), familyName().stream())
                .map(PersonName::initial)
                .collect(Collectors.joining(" "));
    }

    /** @return the initials only, e.g. {@code PersonName[J. A. S.]}; never the name itself */
    @Override
    public String toString() {
        return "PersonName[" + initials() + "]";
    }

    private static String initial(String part) {
        String stripped = part.strip();
        return stripped.substring(0, stripped.offsetByCodePoints(0, 1)) + ".";
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
     * Builds {@code PersonName} values; {@link #builder()} and {@link #toBuilder()} return one.
     * {@code build()} throws an {@link IllegalStateException} when a required attribute is not set, and checks the
     * value as {@code PersonName}'s rules say.
     */
    public static final class Builder extends ImmutablePersonName.Builder {
        Builder() {}
    }
}

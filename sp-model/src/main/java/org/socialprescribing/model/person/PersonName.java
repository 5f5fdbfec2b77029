package org.socialprescribing.model.person;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.SpStyle;

/**
 * A person's name as PRSB's "Person name" holds it: one or more given names, a family name and an optional
 * prefix (title). Names are personal data: {@link #toString()} shows initials only, and exceptions never quote
 * a name.
 *
 * <p>PRSB limits each part to 35 characters; that is a {@linkplain jakarta.validation.constraints.Size
 * validation rule} (reported by {@code SpValidator}), not an invariant, so longer names from other systems can
 * still be held.
 */
@Value.Immutable
@SpStyle
@JsonSerialize(as = ImmutablePersonName.class)
@JsonDeserialize(as = ImmutablePersonName.class)
public abstract class PersonName {

    /** The PRSB maximum length of each name part. */
    public static final int MAX_PART_LENGTH = 35;

    /** @return the given names in order, at least one, none blank */
    public abstract List<@Size(max = MAX_PART_LENGTH) String> givenNames();

    /** @return the family name (surname), not blank */
    @Size(max = MAX_PART_LENGTH)
    public abstract String familyName();

    /** @return the prefix or title, e.g. {@code Dr}, if recorded */
    public abstract Optional<@Size(max = MAX_PART_LENGTH) String> prefix();

    /**
     * Creates a name without prefix.
     *
     * @param familyName the family name, not blank
     * @param givenNames the given names, at least one, none blank
     * @return the name, never null
     * @throws InvalidValueException if a part is blank or there is no given name
     * @throws NullPointerException if an argument is null
     */
    public static PersonName of(String familyName, String... givenNames) {
        return ImmutablePersonName.builder()
                .familyName(familyName)
                .addGivenNames(givenNames)
                .build();
    }

    /** @return a builder, never null */
    public static ImmutablePersonName.Builder builder() {
        return ImmutablePersonName.builder();
    }

    @Value.Check
    void check() {
        if (givenNames().isEmpty()) {
            throw new InvalidValueException("name.givenNames", "must hold at least one given name");
        }
        if (givenNames().stream().anyMatch(String::isBlank)) {
            throw new InvalidValueException("name.givenNames", "must not hold a blank name");
        }
        if (familyName().isBlank()) {
            throw new InvalidValueException("name.familyName", "must not be blank");
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
        String given = givenNames().stream().map(PersonName::initial).collect(Collectors.joining(" "));
        return given + " " + initial(familyName());
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
}

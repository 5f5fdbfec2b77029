package org.socialprescribing.model.coding;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.model.InvalidValueException;

/**
 * A code from a code system, with an optional display: what FHIR calls a {@code Coding}. The system is an absolute
 * URI ({@link CodeSystems#SNOMED_CT} or one of the SDK's own systems); the code follows FHIR's rule for
 * {@code code} (no leading, trailing or repeated whitespace).
 *
 * <p>Two concepts are equal when system, code and display are equal; {@link #isSameConceptAs(CodedConcept)}
 * ignores the display.
 */
@JsonAutoDetect(getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"system", "code", "display"})
public final class CodedConcept {

    private final String system;
    private final String code;
    private final @Nullable String display;

    private CodedConcept(String system, String code, @Nullable String display) {
        this.system = system;
        this.code = code;
        this.display = display;
    }

    /**
     * Creates a concept with a display.
     *
     * @param system the code system's absolute URI, not null
     * @param code the code, not null
     * @param display the display, not null or blank
     * @return the concept, never null
     * @throws NullPointerException if an argument is null; the message names it
     * @throws InvalidValueException if the system is not an absolute URI, the code is blank or badly spaced, or
     *     the display is blank
     */
    public static CodedConcept of(String system, String code, String display) {
        return create(
                requireNonNull(system, "system"), requireNonNull(code, "code"), requireNonNull(display, "display"));
    }

    /**
     * Creates a concept without a display.
     *
     * @param system the code system's absolute URI, not null
     * @param code the code, not null
     * @return the concept, never null
     * @throws NullPointerException if an argument is null; the message names it
     * @throws InvalidValueException if the system is not an absolute URI or the code is blank or badly spaced
     */
    public static CodedConcept of(String system, String code) {
        return create(requireNonNull(system, "system"), requireNonNull(code, "code"), null);
    }

    /**
     * Creates a SNOMED CT concept with its preferred term.
     *
     * @param code the SNOMED CT concept id or expression, not null
     * @param display the preferred term, not null or blank
     * @return the concept, never null
     * @throws NullPointerException if an argument is null; the message names it
     * @throws InvalidValueException if the code is blank or badly spaced, or the display is blank
     */
    public static CodedConcept snomed(String code, String display) {
        return of(CodeSystems.SNOMED_CT, code, display);
    }

    /**
     * Creates a SNOMED CT concept without a display.
     *
     * @param code the SNOMED CT concept id or expression, not null
     * @return the concept, never null
     * @throws NullPointerException if the code is null
     * @throws InvalidValueException if the code is blank or badly spaced
     */
    public static CodedConcept snomed(String code) {
        return of(CodeSystems.SNOMED_CT, code);
    }

    /** The one constructor path, and the JSON creator: JSON may leave out the display, not the system or code. */
    @JsonCreator
    private static CodedConcept create(
            @JsonProperty("system") @Nullable String system,
            @JsonProperty("code") @Nullable String code,
            @JsonProperty("display") @Nullable String display) {
        if (display != null && display.isBlank()) {
            throw new InvalidValueException("display", display, "must not be blank when given");
        }
        return new CodedConcept(checkSystem(system), checkCode(code), display);
    }

    private static String checkSystem(@Nullable String system) {
        if (system == null) {
            throw new InvalidValueException("system", "is mandatory");
        }
        try {
            if (new URI(system).isAbsolute()) {
                return system;
            }
        } catch (URISyntaxException e) {
            throw new InvalidValueException("system", system, "must be an absolute URI", e);
        }
        throw new InvalidValueException("system", system, "must be an absolute URI");
    }

    private static String checkCode(@Nullable String code) {
        if (code == null) {
            throw new InvalidValueException("code", "is mandatory");
        }
        if (code.isEmpty() || !code.strip().equals(code) || code.contains("  ") || hasOtherWhitespace(code)) {
            throw new InvalidValueException("code", code, "must be non-empty text with single inner spaces only");
        }
        return code;
    }

    private static boolean hasOtherWhitespace(String code) {
        return code.chars().anyMatch(c -> c != ' ' && Character.isWhitespace(c));
    }

    /** @return the code system's URI, never null */
    @JsonProperty("system")
    public String system() {
        return system;
    }

    /** @return the code, never null */
    @JsonProperty("code")
    public String code() {
        return code;
    }

    /** @return the display, or empty if none was given */
    @JsonProperty("display")
    public Optional<String> display() {
        return Optional.ofNullable(display);
    }

    /**
     * Whether this concept has the same system and code as another, whatever their displays.
     *
     * @param other the other concept, not null
     * @return true if system and code are equal
     */
    public boolean isSameConceptAs(CodedConcept other) {
        return system.equals(other.system) && code.equals(other.code);
    }

    /**
     * Whether this concept is from SNOMED CT.
     *
     * @return true if the system is {@link CodeSystems#SNOMED_CT}
     */
    public boolean isSnomed() {
        return CodeSystems.SNOMED_CT.equals(system);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof CodedConcept)) {
            return false;
        }
        CodedConcept that = (CodedConcept) other;
        return system.equals(that.system) && code.equals(that.code) && Objects.equals(display, that.display);
    }

    @Override
    public int hashCode() {
        return Objects.hash(system, code, display);
    }

    /** @return {@code system|code} followed by the display in quotes when there is one */
    @Override
    public String toString() {
        return system + "|" + code + (display == null ? "" : " \"" + display + "\"");
    }
}

package org.socialprescribing.model.coding;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.model.InvalidValueException;

/**
 * A coded value, free text, or both: the PRSB standard's pairing of "coded value" with "free text" (what FHIR
 * calls a {@code CodeableConcept} with one coding). At least one of the two is present; the text is what the
 * person or professional said, kept even when a code was chosen.
 */
@JsonAutoDetect(getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"concept", "text"})
public final class CodedText {

    private final @Nullable CodedConcept concept;
    private final @Nullable String text;

    private CodedText(@Nullable CodedConcept concept, @Nullable String text) {
        this.concept = concept;
        this.text = text;
    }

    /**
     * Creates a coded text with a code and the free text said or written alongside it.
     *
     * @param concept the coded value, not null
     * @param text the free text, not null or blank
     * @return the coded text, never null
     * @throws NullPointerException if an argument is null; the message names it
     * @throws InvalidValueException if the text is blank
     */
    public static CodedText of(CodedConcept concept, String text) {
        return create(requireNonNull(concept, "concept"), requireNonNull(text, "text"));
    }

    /**
     * Creates a coded text with a code only.
     *
     * @param concept the coded value, not null
     * @return the coded text, never null
     * @throws NullPointerException if the concept is null
     */
    public static CodedText of(CodedConcept concept) {
        return create(requireNonNull(concept, "concept"), null);
    }

    /**
     * Creates a coded text with free text only.
     *
     * @param text the free text, not null or blank
     * @return the coded text, never null
     * @throws NullPointerException if the text is null
     * @throws InvalidValueException if the text is blank
     */
    public static CodedText ofText(String text) {
        return create(null, requireNonNull(text, "text"));
    }

    /** The one constructor path, and the JSON creator: either member may be absent in JSON, not both. */
    @JsonCreator
    private static CodedText create(
            @JsonProperty("concept") @Nullable CodedConcept concept, @JsonProperty("text") @Nullable String text) {
        if (text != null && text.isBlank()) {
            throw new InvalidValueException("text", text, "must not be blank when given");
        }
        if (concept == null && text == null) {
            throw new InvalidValueException("codedText", "needs a concept, a text or both");
        }
        return new CodedText(concept, text);
    }

    /** @return the coded value, or empty for free text only */
    @JsonProperty("concept")
    public Optional<CodedConcept> concept() {
        return Optional.ofNullable(concept);
    }

    /** @return the free text, or empty for a code only */
    @JsonProperty("text")
    public Optional<String> text() {
        return Optional.ofNullable(text);
    }

    /**
     * Text for people: the free text if there is one, else the concept's display, else its code.
     *
     * @return the text, never null
     */
    public String displayText() {
        if (text != null) {
            return text;
        }
        CodedConcept coded = Objects.requireNonNull(concept);
        return coded.display().orElse(coded.code());
    }

    @Override
    public boolean equals(@Nullable Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof CodedText)) {
            return false;
        }
        CodedText that = (CodedText) other;
        return Objects.equals(concept, that.concept) && Objects.equals(text, that.text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(concept, text);
    }

    @Override
    public String toString() {
        return "CodedText[" + (concept == null ? "" : concept) + (concept != null && text != null ? " " : "")
                + (text == null ? "" : "'" + text + "'") + "]";
    }
}

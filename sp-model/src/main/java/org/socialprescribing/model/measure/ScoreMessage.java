package org.socialprescribing.model.measure;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;
import org.socialprescribing.model.IssueCode;
import org.socialprescribing.model.PersonalData;
import org.socialprescribing.model.SpStyle;
import org.socialprescribing.model.ValidationIssue;

/**
 * Why a score is incomplete or invalid, or a note about how it was produced: a stable code (an sp-measures issue
 * code such as {@code answer.out-of-range}), the item it concerns and a message for people, e.g. {@code wemwbs_3: 6
 * is outside 1..5}. The text quotes answers as given, so an NHS number in it is masked ({@link
 * PersonalData#mask(String)}) however the message was made or read.
 *
 * <p>It is the stored form of a {@link ValidationIssue}: a score result is part of a record (JSON, FHIR) that other
 * systems and later versions read back, so its code is kept as the code's text rather than as an {@link IssueCode}
 * constant of a module the reader may not have. Make one from an issue with {@link #of(ValidationIssue)}.
 */
@Value.Immutable
@SpStyle
@JsonSerialize(as = ImmutableScoreMessage.class)
@JsonDeserialize(as = ImmutableScoreMessage.class)
public interface ScoreMessage extends WithScoreMessage {

    /** @return the stable issue code, never null */
    String code();

    /**
     * @return the item key the message concerns, e.g. {@code wemwbs_3}, if it concerns one item; never blank (a blank
     *     item, as an issue with an empty path or an older record gives it, is kept as absent)
     */
    Optional<String> item();

    /** @return the message for people, NHS numbers masked, never null */
    String text();

    /**
     * Masks NHS numbers in the text and drops a blank item (an Immutables normalisation: it returns the value to keep),
     * so that one rule holds however the message was made or read.
     *
     * @return this message, or a copy with the text masked and no blank item
     */
    @Value.Check
    default ScoreMessage masked() {
        String masked = PersonalData.mask(text());
        boolean blankItem = item().filter(String::isBlank).isPresent();
        if (masked.equals(text()) && !blankItem) {
            return this;
        }
        return withText(masked).withItem(blankItem ? Optional.empty() : item());
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
     * The stored form of a validation issue: its code's text, its path as the item and its message.
     *
     * @param issue the issue, not null
     * @return the message, never null
     */
    static ScoreMessage of(ValidationIssue issue) {
        return builder()
                .code(issue.code().code())
                .item(issue.path().isEmpty() ? Optional.empty() : Optional.of(issue.path()))
                .text(issue.message())
                .build();
    }

    /**
     * A message about the score as a whole (no item).
     *
     * @param code the issue code, not null
     * @param text the message for people, not null
     * @return the message, never null
     */
    static ScoreMessage of(IssueCode code, String text) {
        return builder().code(code.code()).text(text).build();
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
     * Builds {@code ScoreMessage} values; {@link #builder()} and {@link #toBuilder()} return one.
     * {@code build()} throws an {@link IllegalStateException} when a required attribute is not set, and checks the
     * value as {@code ScoreMessage}'s rules say.
     */
    final class Builder extends ImmutableScoreMessage.Builder {
        Builder() {}
    }
}

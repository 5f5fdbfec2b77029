package org.socialprescribing.model.measure;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;
import org.socialprescribing.model.SpStyle;

/**
 * Why a score is incomplete or invalid, or a note about how it was produced: a stable code (an sp-measures issue
 * code such as {@code answer.out-of-range}), the item it concerns and a message for people, e.g. {@code wemwbs_3: 6
 * is outside 1..5}.
 */
@Value.Immutable
@SpStyle
@JsonSerialize(as = ImmutableScoreMessage.class)
@JsonDeserialize(as = ImmutableScoreMessage.class)
public interface ScoreMessage {

    /** @return the stable issue code, never null */
    String code();

    /** @return the item key the message concerns, e.g. {@code wemwbs_3}, if it concerns one item */
    Optional<String> item();

    /** @return the message for people, never null */
    String text();
}

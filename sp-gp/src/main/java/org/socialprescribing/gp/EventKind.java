package org.socialprescribing.gp;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a coded GP entry means for a social prescribing episode. {@code docs/gp.md} ("Episode rules") says what each
 * kind does to the episode it meets.
 */
public enum EventKind {
    /** A referral to social prescribing: opens an episode. */
    REFERRAL("referral"),
    /** Social prescribing declined: declines the open episode. */
    DECLINED("declined"),
    /** A contact with the link worker: a professional contact of the open episode. */
    LINK_WORKER_CONTACT("link-worker-contact"),
    /** A social prescribing review: a professional contact of the open episode. */
    REVIEW("review"),
    /** Signposting to a service (not a referral): a signposting of the open episode. */
    SIGNPOSTING("signposting"),
    /** An instrument's score, with a numeric value: an outcome measurement of the open episode. */
    SCORE("score");

    private final String code;

    EventKind(String code) {
        this.code = code;
    }

    /** @return the name used in code tables, e.g. {@code referral}, never null */
    public String code() {
        return code;
    }

    /**
     * The kind a name stands for.
     *
     * @param name a kind's {@linkplain #code() code}, may be null
     * @return the kind, or empty for any other name
     */
    public static Optional<EventKind> find(@Nullable String name) {
        for (EventKind kind : values()) {
            if (kind.code.equals(name)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}

package org.socialprescribing.model;

import static java.util.Objects.requireNonNull;

/**
 * A lifecycle was asked to move between two states that its state machine does not connect, e.g. a referral
 * from {@code completed} back to {@code accepted}. The message names both states.
 */
public class IllegalTransitionException extends SpException {

    private static final long serialVersionUID = 1L;

    private final String from;
    private final String to;

    /**
     * Creates an exception for an illegal transition.
     *
     * @param field the lifecycle, e.g. {@code referral.status}, not null
     * @param from the current state's code, not null
     * @param to the requested state's code, not null
     */
    public IllegalTransitionException(String field, String from, String to) {
        super(
                ModelIssueCode.TRANSITION_ILLEGAL,
                field,
                null,
                "cannot move from '" + requireNonNull(from, "from") + "' to '" + requireNonNull(to, "to") + "'",
                null);
        this.from = from;
        this.to = to;
    }

    /** @return the state the lifecycle was in, never null */
    public String from() {
        return from;
    }

    /** @return the state that was requested, never null */
    public String to() {
        return to;
    }
}

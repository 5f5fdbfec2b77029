package org.socialprescribing.measures;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;
import org.socialprescribing.model.InvalidValueException;

/**
 * Where a scoring rule, band table or threshold comes from: a citation and its {@link Evidence} level. Printed as
 * {@code "Shah et al. 2018, HQLO 16:239 [V]"}; every band and threshold the SDK reports carries one.
 */
public final class Source {

    private final String citation;
    private final Evidence evidence;

    private Source(String citation, Evidence evidence) {
        this.citation = citation;
        this.evidence = evidence;
    }

    /**
     * Creates a source.
     *
     * @param citation who published the rule, and where, not blank
     * @param evidence how well it is verified, not null
     * @return the source, never null
     * @throws InvalidValueException if the citation is blank
     * @throws NullPointerException if an argument is null
     */
    public static Source of(String citation, Evidence evidence) {
        requireNonNull(evidence, "evidence");
        if (citation.isBlank()) {
            throw new InvalidValueException("source.citation", "must not be blank");
        }
        return new Source(citation.strip(), evidence);
    }

    /**
     * A verified source.
     *
     * @param citation who published the rule, and where, not blank
     * @return the source, never null
     * @throws InvalidValueException if the citation is blank
     */
    public static Source verified(String citation) {
        return of(citation, Evidence.VERIFIED);
    }

    /**
     * A secondary source (a third party quoting the owner).
     *
     * @param citation who published the rule, and where, not blank
     * @return the source, never null
     * @throws InvalidValueException if the citation is blank
     */
    public static Source secondary(String citation) {
        return of(citation, Evidence.SECONDARY);
    }

    /** @return the citation, never null */
    public String citation() {
        return citation;
    }

    /** @return the evidence level, never null */
    public Evidence evidence() {
        return evidence;
    }

    /** @return the citation followed by its evidence label, e.g. {@code "Löwe et al. 2004 [V]"}, never null */
    public String label() {
        return citation + " [" + evidence.label() + "]";
    }

    @Override
    public boolean equals(@Nullable Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Source)) {
            return false;
        }
        Source that = (Source) other;
        return citation.equals(that.citation) && evidence == that.evidence;
    }

    @Override
    public int hashCode() {
        return 31 * citation.hashCode() + evidence.hashCode();
    }

    @Override
    public String toString() {
        return label();
    }
}

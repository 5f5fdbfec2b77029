package org.socialprescribing.model.measure;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.internal.EnumCodes;

/**
 * Who collects a measure: the three tiers of responsibility in the National Voices report (2020, lines 1692-1706): the health system collects PAM, service use and clinical outcomes, link workers collect referral journeys and wellbeing outcomes, community providers collect attendance. Written in JSON and CSV as its lower-case {@linkplain #code() code}.
 */
public enum Collector {
    /** The NHS and care system: GP practices, PCNs, clinical teams. */
    HEALTH_SYSTEM,
    /** Social prescribing link workers. */
    LINK_WORKER,
    /** VCSE and community groups delivering activities. */
    COMMUNITY_PROVIDER;

    /**
     * The lower-case code used in JSON and CSV, e.g. {@code health_system}.
     *
     * @return the code, never null
     */
    @JsonValue
    public String code() {
        return EnumCodes.lowerCaseName(this);
    }

    /**
     * Finds the constant with a code.
     *
     * @param code the lower-case code, not null
     * @return the constant, never null
     * @throws InvalidValueException if the code is null or unknown
     */
    @JsonCreator
    public static Collector fromCode(@Nullable String code) {
        return EnumCodes.lookup(values(), Collector::code, code, "collector");
    }
}

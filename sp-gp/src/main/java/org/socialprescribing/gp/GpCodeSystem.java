package org.socialprescribing.gp;

import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The code systems a GP record's coded entries use: SNOMED CT, the older Read v2 and CTV3 (Read v3), and EMIS Web's
 * local codes. The standard code table maps no local code: an integrator's own table does ({@code docs/gp.md}).
 */
public enum GpCodeSystem {
    /** SNOMED CT, UK edition ({@code snomed}); FHIR system {@code http://snomed.info/sct}. */
    SNOMED("snomed", "http://snomed.info/sct"),
    /** Read v2 ({@code read2}): 5-character codes, in extracts often with a 2-digit term code ({@code 8T09.00}). */
    READ2("read2", null),
    /** Clinical Terms Version 3 ({@code ctv3}), as SystmOne records used it. */
    CTV3("ctv3", null),
    /**
     * EMIS Web local codes ({@code emis}), which EMIS practices create where no national code fits (research code
     * sets such as the Greater Manchester SDE's list them beside SNOMED CT, e.g. {@code EMISNQRE386}). Case-sensitive;
     * no standard table row: a local table maps them.
     */
    EMIS("emis", null);

    private final String code;
    private final @Nullable String fhirSystem;

    GpCodeSystem(String code, @Nullable String fhirSystem) {
        this.code = code;
        this.fhirSystem = fhirSystem;
    }

    /** @return the name used in extracts and code tables, e.g. {@code snomed}, never null */
    public String code() {
        return code;
    }

    /**
     * The FHIR code system URL, for SNOMED CT only: GP Connect codes its entries in SNOMED CT, and the SDK reads no
     * Read or local coding from FHIR.
     *
     * @return the URL, or empty for Read v2, CTV3 and EMIS local codes
     */
    public Optional<String> fhirSystem() {
        return Optional.ofNullable(fhirSystem);
    }

    /**
     * The code system a name stands for, ignoring case and surrounding spaces.
     *
     * @param name {@code snomed}, {@code read2}, {@code ctv3} or {@code emis}; may be null
     * @return the code system, or empty for any other name
     */
    public static Optional<GpCodeSystem> find(@Nullable String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        for (GpCodeSystem system : values()) {
            if (system.code.equals(wanted)) {
                return Optional.of(system);
            }
        }
        return Optional.empty();
    }

    /** @return the names a code system may be given by, for messages: {@code snomed, read2, ctv3 or emis} */
    static String choices() {
        StringBuilder text = new StringBuilder();
        GpCodeSystem[] all = values();
        for (int i = 0; i < all.length; i++) {
            text.append(i == 0 ? "" : i == all.length - 1 ? " or " : ", ").append(all[i].code);
        }
        return text.toString();
    }

    /**
     * The code system of a FHIR coding's system URL.
     *
     * @param url the URL, may be null
     * @return the code system, or empty if the URL is not SNOMED CT's
     */
    public static Optional<GpCodeSystem> findByFhirSystem(@Nullable String url) {
        for (GpCodeSystem system : values()) {
            if (system.fhirSystem != null && system.fhirSystem.equals(url)) {
                return Optional.of(system);
            }
        }
        return Optional.empty();
    }
}

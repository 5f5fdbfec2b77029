package org.socialprescribing.model.episode;

import java.time.Instant;
import org.socialprescribing.model.coding.CodedText;
import org.socialprescribing.model.workforce.ProfessionalRef;

/** Shared test values for the episode package. */
final class Fixtures {

    static final Instant T0 = Instant.parse("2025-03-03T09:30:00Z");
    static final ProfessionalRef LINK_WORKER = ProfessionalRef.of("Sam Link", CodedText.ofText("Link worker"));

    private Fixtures() {}
}

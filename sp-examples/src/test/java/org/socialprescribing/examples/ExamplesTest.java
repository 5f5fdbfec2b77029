package org.socialprescribing.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.socialprescribing.model.PersonalData;

/** Runs every example's {@code main} as a user would and checks what it printed. */
class ExamplesTest {

    @Test
    void identifiers() {
        String out = run(() -> IdentifiersExample.main(new String[0]));
        assertThat(out)
                .contains("Person[*** *** 5919, J. S.]")
                .contains("has check digit 8 but modulus 11 gives 9")
                .contains("[G81086, EC1A 1BB, true]")
                .doesNotContain("9434765919", "Smith");
    }

    @Test
    void scoring() {
        String out = run(() -> ScoringExample.main(new String[0]));
        // SWEMWBS raw 18 -> metric 17.43 and raw 26 -> 23.21 (conversion table, instruments.md section 2).
        assertThat(out.lines()).startsWith("18", "17.43").contains("5.78 IMPROVED", "swemwbs_3: 6 is outside 1..5");
    }

    @Test
    void editing() {
        String out = run(() -> EditingExample.main(new String[0]));
        assertThat(out.lines())
                .containsExactly("ACCEPTED", "measurement.score.mismatch at outcomeMeasurements[0].score");
    }

    @Test
    void referral() {
        String out = run(() -> ReferralExample.main(new String[0]));
        assertThat(out.lines())
                .containsExactly(
                        "IN_PROGRESS",
                        "referral.status: cannot move from 'in_progress' to 'received'",
                        "person.birth-date.missing at person.birthDate",
                        "person.ethnic-category.missing at person.ethnicCategory",
                        "person.stated-gender.missing at person.statedGender",
                        "episode.risks.missing at risks",
                        "false",
                        "true");
    }

    @Test
    void directory() {
        String out = run(() -> DirectoryExample.main(new String[0]));
        assertThat(out.lines())
                .containsExactly(
                        "Telephone befriending, Riverside Friends (synthetic)",
                        "Online peer support for carers, Riverside Advice Centre (synthetic)");
    }

    @Test
    void report() {
        String out = run(() -> ReportExample.main(new String[0]));
        // The episode refers the person to two services (referred-episode.json, EP-104 of the demo cohort).
        assertThat(out.lines()).containsExactly("2", "[c]");
    }

    @Test
    void fhir() {
        String out = run(() -> FhirExample.main(new String[0]));
        assertThat(out.lines()).containsExactly("0 errors", "true");
    }

    @Test
    void gp() {
        String out = run(() -> GpExample.main(new String[0]));
        assertThat(out.lines())
                .containsExactly(
                        "row 3: gp.value.out-of-range: value: '71' is outside 14..70, the range of snomed 718426000"
                                + " (wemwbs)",
                        "RECEIVED, swemwbs gp.score.scale-not-stated",
                        "10 items the GP record cannot give",
                        "3 rows = 2 mapped + 1 reported");
    }

    static String run(Runnable example) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            example.run();
        } finally {
            System.setOut(original);
        }
        String out = captured.toString(StandardCharsets.UTF_8);
        // What the examples print is read by people: no NHS number in clear (the failure shows the output masked).
        String masked = PersonalData.mask(out);
        if (!masked.equals(out)) {
            fail("an example printed an NHS number in clear:%n%s", masked);
        }
        return out;
    }
}

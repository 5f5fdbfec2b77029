package org.socialprescribing.fhir.mapping;

import java.nio.file.Files;
import java.nio.file.Path;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;
import org.socialprescribing.fhir.FhirResourceReader;
import org.socialprescribing.model.episode.SocialPrescribingEpisode;
import org.socialprescribing.model.json.SpJson;

class IntakeProbeTest {
    @Test
    void probe() throws Exception {
        for (String name : new String[] {
            "gravity/referral-accepted.json",
            "gravity/referral-completed.json",
            "gravity/servicerequest-patient-transaction.json",
            "bars/POST-999ToCASServiceRequest.json",
            "bars/POST-body-booking.json",
            "bars/service_request-GET-success.json"
        }) {
            System.out.println("===== " + name);
            try {
                String text = Files.readString(Path.of("src/test/resources/intake/" + name));
                Bundle bundle = FhirResourceReader.withDefaults().read(text, Bundle.class);
                IntakeResult<SocialPrescribingEpisode> result =
                        EpisodeBundles.standard().importEpisode(bundle);
                result.report().issues().forEach(i -> System.out.println("  " + i));
                result.value().ifPresent(e -> System.out.println(SpJson.write(e)));
            } catch (RuntimeException e) {
                System.out.println("THROWN " + e);
            }
        }
    }
}

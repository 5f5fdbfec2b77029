package org.socialprescribing.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.hl7.fhir.r4.model.Bundle;
import org.socialprescribing.fhir.SpFhir;
import org.socialprescribing.fhir.mapping.EpisodeBundles;
import org.socialprescribing.fhir.validation.FhirValidation;
import org.socialprescribing.model.MappingResult;
import org.socialprescribing.model.ValidationReport;
import org.socialprescribing.model.episode.SocialPrescribingEpisode;
import org.socialprescribing.model.json.SpJson;

/** Mapping an episode to a FHIR R4 transaction Bundle, validating it offline, and reading it back. */
public final class FhirExample {

    private FhirExample() {}

    /**
     * Runs the example.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        SocialPrescribingEpisode episode = readEpisode(); // the episode of ReferralExample, as SDK JSON
        // START SNIPPET: fhir
        EpisodeBundles bundles = EpisodeBundles.standard();
        Bundle bundle = bundles.toTransaction(episode); // Patient, EpisodeOfCare, ServiceRequest + Task, Provenance...
        String json = SpFhir.newJsonParser().setPrettyPrint(true).encodeResourceToString(bundle);

        // Built once and reused: R4 core and the SDK's profiles; add UK Core with addConformanceFolder(path).
        FhirValidation validation = FhirValidation.builder().build();
        ValidationReport report = validation.validate(json);
        System.out.println(report.errors().size() + " errors"); // SNOMED/LOINC codes are warnings offline

        MappingResult<SocialPrescribingEpisode> back = bundles.parseEpisode(json);
        System.out.println(back.value().equals(episode)); // lossless: true
        // END SNIPPET
    }

    private static SocialPrescribingEpisode readEpisode() {
        try (InputStream in = FhirExample.class.getResourceAsStream("episode.json")) {
            return SpJson.parseEpisode(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

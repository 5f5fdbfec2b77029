package org.socialprescribing.gp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.socialprescribing.fhir.mapping.EpisodeBundles;
import org.socialprescribing.fhir.validation.FhirValidation;
import org.socialprescribing.model.MappingResult;
import org.socialprescribing.model.ValidationIssue;
import org.socialprescribing.model.ValidationReport;
import org.socialprescribing.model.episode.SocialPrescribingEpisode;

/**
 * Episodes built from GP records go to UK Core R4 through sp-fhir and come back equal, and their Bundles validate
 * with no error against R4 and the SDK's profiles and, where the UK Core 2.0.2 reference folder is present, each
 * Patient, Organization and ServiceRequest against its UK Core profile.
 */
class GpFhirTest {

    private static final String UK_CORE = "https://fhir.hl7.org.uk/StructureDefinition/UKCore-";
    private static final List<String> UK_CORE_TYPES = List.of("Patient", "Organization", "ServiceRequest");
    private static final Path UK_CORE_FOLDER = Path.of("..", "..", "shared", "reference", "uk-core-2.0.2");
    private static final FhirValidation R4 = FhirValidation.builder().build();
    private static FhirValidation ukCore;

    static List<Named<SocialPrescribingEpisode>> episodes() {
        List<Named<SocialPrescribingEpisode>> episodes = new ArrayList<>();
        Collected extract = new Collected();
        TestFiles.importCsv(
                TestFiles.read("extract/golden.csv"),
                GpExtractImport.builder().today(LocalDate.of(2026, 12, 7)),
                extract);
        for (int i = 0; i < extract.episodes.size(); i++) {
            episodes.add(Named.of(
                    "extract episode " + (i + 1), extract.episodes.get(i).episode()));
        }
        Collected connect = new Collected();
        GpConnectImport.standard()
                .withToday(LocalDate.of(2026, 12, 7))
                .parse(TestFiles.read("gpconnect/social-prescribing-record.json"), connect);
        episodes.add(Named.of("GP Connect episode", connect.episodes.get(0).episode()));
        return episodes;
    }

    @ParameterizedTest
    @MethodSource("episodes")
    void episode_toFhirAndBack_isEqual(SocialPrescribingEpisode episode) {
        EpisodeBundles bundles = EpisodeBundles.standard();
        MappingResult<SocialPrescribingEpisode> back = bundles.toEpisode(bundles.toTransaction(episode));
        assertThat(back.value()).isEqualTo(episode);
        assertThat(back.report().issues()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("episodes")
    void episodeBundle_validatesWithNoError(SocialPrescribingEpisode episode) {
        Bundle bundle = EpisodeBundles.standard().toTransaction(episode);
        assertThat(errors(R4.validate(bundle))).isEmpty();
        if (Files.isDirectory(UK_CORE_FOLDER.resolve("structuredefinitions"))) {
            for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
                Resource resource = entry.getResource();
                if (UK_CORE_TYPES.contains(resource.fhirType())) {
                    assertThat(errors(ukCore().validate(resource, UK_CORE + resource.fhirType())))
                            .as(resource.fhirType())
                            .isEmpty();
                }
            }
        }
    }

    private static List<String> errors(ValidationReport report) {
        return report.issues().stream()
                .filter(issue -> issue.severity().isBlocking())
                .map(ValidationIssue::toString)
                .collect(Collectors.toList());
    }

    private static synchronized FhirValidation ukCore() {
        assumeTrue(Files.isDirectory(UK_CORE_FOLDER.resolve("structuredefinitions")));
        if (ukCore == null) {
            ukCore = FhirValidation.builder()
                    .addConformanceFolder(UK_CORE_FOLDER)
                    .build();
        }
        return ukCore;
    }
}

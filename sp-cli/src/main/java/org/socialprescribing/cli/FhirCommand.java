package org.socialprescribing.cli;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.fhir.mapping.EpisodeBundles;
import org.socialprescribing.fhir.questionnaire.OutcomeMeasurementMapper;
import org.socialprescribing.model.SpException;
import org.socialprescribing.model.episode.SocialPrescribingEpisode;
import org.socialprescribing.model.input.InputLimits;
import org.socialprescribing.model.json.SpJson;
import picocli.CommandLine.Command;

/** {@code sp fhir}: groups the FHIR R4 commands and holds what {@code export} and {@code import} share. Its subcommands are listed in {@link CommandTree}. */
@Command(
        name = "fhir",
        mixinStandardHelpOptions = true,
        description = "FHIR R4 (UK Core): convert episodes both ways, validate offline, print Questionnaires,"
                + " score responses.")
final class FhirCommand {

    /**
     * The episode mapper of {@code export} and {@code import}, knowing a licensee's star when one is given.
     *
     * @param definition the star definition's file, or null for none
     * @param limits the input limits
     * @return the mapper
     * @throws UsageException if the definition cannot be read
     */
    /**
     * Reads an episode in SDK JSON.
     *
     * @param file the file
     * @param limits the input limits
     * @return the episode
     * @throws UsageException if it cannot be read
     */
    static SocialPrescribingEpisode readEpisode(Path file, InputLimits limits) {
        try {
            return SpJson.parse(TextFiles.readUtf8(file, limits), SocialPrescribingEpisode.class, limits);
        } catch (SpException e) {
            throw TextFiles.failed(file, "not an SDK episode", e);
        }
    }

    static EpisodeBundles episodeBundles(@Nullable Path definition, InputLimits limits) {
        return EpisodeBundles.standard().withMeasurementMapper(measurements(definition, limits));
    }

    /**
     * The outcome measurement mapper of the commands that write episodes, knowing a licensee's star when one is
     * given.
     *
     * @param definition the star definition's file, or null for none
     * @param limits the input limits
     * @return the mapper
     * @throws UsageException if the definition cannot be read
     */
    static OutcomeMeasurementMapper measurements(@Nullable Path definition, InputLimits limits) {
        OutcomeMeasurementMapper standard = OutcomeMeasurementMapper.standard();
        return definition == null ? standard : standard.withStar(TextFiles.readStar(definition, limits));
    }
}

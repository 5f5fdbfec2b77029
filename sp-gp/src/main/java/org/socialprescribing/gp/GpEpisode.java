package org.socialprescribing.gp;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.socialprescribing.model.ValidationReport;
import org.socialprescribing.model.episode.SocialPrescribingEpisode;

/**
 * An episode built from a GP record, with what the record could not give. A GP record lacks most of PRSB's items
 * (the person's name and demographics, the link worker, the presenting needs): {@code completeness} is the episode
 * validated against {@code CompleteForNationalDataset}, one issue per item the record did not give, with its code and
 * path. That is expected, not an error of the import.
 *
 * @param episode the episode, never null
 * @param completeness the episode's {@code CompleteForNationalDataset} report, never null
 * @param rows the row numbers (or Bundle entry indexes) mapped into the episode, in date order, never null
 */
public record GpEpisode(SocialPrescribingEpisode episode, ValidationReport completeness, List<Long> rows) {

    /** Copies the rows. */
    public GpEpisode {
        requireNonNull(episode, "episode");
        requireNonNull(completeness, "completeness");
        rows = List.copyOf(rows);
    }
}

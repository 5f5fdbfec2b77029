package org.socialprescribing.gp;

/**
 * Receives what an import produces, as it produces it: each episode once its person's rows are complete, and each
 * row reported. Called on the thread that feeds the import.
 */
public interface GpImportListener {

    /**
     * An episode is complete.
     *
     * @param episode the episode with its completeness report and rows, never null
     */
    void episode(GpEpisode episode);

    /**
     * A row was reported, not mapped.
     *
     * @param row the row and why, never null
     */
    void reported(ReportedRow row);
}

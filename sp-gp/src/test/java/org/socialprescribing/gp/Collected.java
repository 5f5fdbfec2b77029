package org.socialprescribing.gp;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** A listener that keeps what an import gives, for assertions. */
final class Collected implements GpImportListener {

    final List<GpEpisode> episodes = new ArrayList<>();
    final List<ReportedRow> reported = new ArrayList<>();

    @Override
    public void episode(GpEpisode episode) {
        episodes.add(episode);
    }

    @Override
    public void reported(ReportedRow row) {
        reported.add(row);
    }

    /** @return the reported rows as {@code row:code}, in order */
    List<String> reportedCodes() {
        return reported.stream().map(r -> r.row() + ":" + r.code().code()).collect(Collectors.toList());
    }
}

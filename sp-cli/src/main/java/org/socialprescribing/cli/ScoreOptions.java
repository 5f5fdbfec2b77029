package org.socialprescribing.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options of the scoring commands ({@code sp score}, {@code sp score star}): output, and the batch size. */
final class ScoreOptions {

    @Mixin
    OutputOptions output = new OutputOptions();

    /** Hidden: tests use it to show that results do not depend on where chunks end. */
    @Option(names = "--chunk-size", hidden = true, defaultValue = "4096", description = "Rows scored per batch.")
    int chunkSize = ScoredChunk.DEFAULT_CAPACITY;
}

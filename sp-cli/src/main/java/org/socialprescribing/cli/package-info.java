/**
 * The {@code sp} command line: {@link org.socialprescribing.cli.Sp} is its entry point. Commands are thin layers
 * over the public API of the other modules; exit codes are in {@link org.socialprescribing.cli.ExitCode}.
 */
@NullMarked
package org.socialprescribing.cli;

import org.jspecify.annotations.NullMarked;

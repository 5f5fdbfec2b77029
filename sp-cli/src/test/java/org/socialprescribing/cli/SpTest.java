package org.socialprescribing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpTest {

    @Test
    void help_listsCommandsAndExitCodes() {
        SpRunner.Result result = SpRunner.run("--help");
        assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(result.out()).contains("demo", "Exit codes:");
    }

    @Test
    void unknownOption_isAUsageErrorOnOneLineWithoutStackTrace() {
        SpRunner.Result result = SpRunner.run("--bogus");
        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err()).startsWith("sp: Unknown option: '--bogus'").doesNotContain("\tat ");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void unknownCommand_isAUsageError() {
        SpRunner.Result result = SpRunner.run("frobnicate");
        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err()).contains("frobnicate");
    }
}

package org.socialprescribing.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts the real {@code sp} main class in a JVM of its own, with a heap limit, for the constant-memory tests. */
final class ForkedSp {

    private ForkedSp() {}

    /**
     * Starts {@code sp}.
     *
     * @param heap the {@code -Xmx} value, e.g. {@code 64m}
     * @param args the command line
     * @return the running process; feed its stdin, read its stdout and stderr
     * @throws IOException if the JVM cannot be started
     */
    static Process start(String heap, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap,
                "-cp",
                System.getProperty("java.class.path"),
                Sp.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).start();
    }
}

package org.socialprescribing.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the real {@code sp} entry point in-process and captures what it printed. */
final class SpRunner {

    /** What one run of {@code sp} did. */
    record Result(int exitCode, String out, String err) {}

    private SpRunner() {}

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Sp.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Result(code, out.toString(), err.toString());
    }
}

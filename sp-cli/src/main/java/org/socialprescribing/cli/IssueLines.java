package org.socialprescribing.cli;

import java.io.PrintWriter;
import org.socialprescribing.model.PersonalData;
import org.socialprescribing.model.Severity;
import org.socialprescribing.model.ValidationIssue;
import org.socialprescribing.model.ValidationReport;

/**
 * Prints a report's issues one per line, {@code SOURCE: SEVERITY code at path: message}, NHS numbers
 * masked (the lines may go to stdout, which {@link MaskedLines} does not cover).
 */
final class IssueLines {

    private IssueLines() {}

    /**
     * Prints every issue except information messages.
     *
     * @param out where to print
     * @param source the file or URL the issues are about
     * @param report the issues
     */
    static void print(PrintWriter out, Object source, ValidationReport report) {
        for (ValidationIssue issue : report.issues()) {
            if (issue.severity() != Severity.INFORMATION) {
                // The issue is masked already; the source (a file name, a URL) may hold a number too.
                out.println(PersonalData.mask(source + ": " + issue));
            }
        }
    }

    /**
     * Prints every issue, information messages included (how a response was read, what it holds that is not used).
     *
     * @param out where to print
     * @param source the file or URL the issues are about
     * @param report the issues
     */
    static void printAll(PrintWriter out, Object source, ValidationReport report) {
        for (ValidationIssue issue : report.issues()) {
            out.println(PersonalData.mask(source + ": " + issue));
        }
    }
}

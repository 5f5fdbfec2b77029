package org.socialprescribing.openreferral.mapping;

import java.util.ArrayList;
import java.util.List;
import org.socialprescribing.model.ValidationIssue;
import org.socialprescribing.model.ValidationReport;
import org.socialprescribing.openreferral.OrukIssueCode;

/**
 * Collects the issues of one mapping call, each at a dotted path below where the collector was placed. A
 * discarding collector serves the mapping's second looks at a record (comparing an edit with the original),
 * whose issues were reported the first time.
 */
final class Issues {

    private final List<ValidationIssue> found;
    private final String path;
    private final boolean discarding;

    private Issues(List<ValidationIssue> found, String path, boolean discarding) {
        this.found = found;
        this.path = path;
        this.discarding = discarding;
    }

    static Issues collecting() {
        return new Issues(new ArrayList<>(), "", false);
    }

    static Issues discarding() {
        return new Issues(new ArrayList<>(), "", true);
    }

    /** @return a collector into the same list whose paths start below this one's, at {@code name} */
    Issues at(String name) {
        return new Issues(found, join(path, name), discarding);
    }

    /** @return a collector for the element of a list property at an index */
    Issues at(String name, int index) {
        return at(name + "[" + index + "]");
    }

    void add(OrukIssueCode code, String message) {
        if (!discarding) {
            found.add(ValidationIssue.of(code, path, message));
        }
    }

    ValidationReport report() {
        return ValidationReport.of(found);
    }

    private static String join(String parent, String name) {
        return parent.isEmpty() ? name : parent + "." + name;
    }
}

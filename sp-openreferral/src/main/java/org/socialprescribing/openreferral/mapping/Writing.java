package org.socialprescribing.openreferral.mapping;

import java.util.UUID;
import java.util.function.Supplier;

/** What writing SDK values as ORUK records needs: ids for new records, and where to report. */
final class Writing {

    private final Supplier<UUID> ids;
    private final Issues issues;

    Writing(Supplier<UUID> ids, Issues issues) {
        this.ids = ids;
        this.issues = issues;
    }

    /** @return a new record id: a UUID, as HSDS requires */
    String newId() {
        return ids.get().toString();
    }

    Issues issues() {
        return issues;
    }

    Writing at(String name) {
        return new Writing(ids, issues.at(name));
    }

    Writing at(String name, int index) {
        return new Writing(ids, issues.at(name, index));
    }
}

package org.socialprescribing.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.socialprescribing.model.ModelIssueCode;
import org.socialprescribing.model.Severity;
import org.socialprescribing.model.ValidationIssue;
import org.socialprescribing.model.ValidationReport;

class ValidationRunTest {

    /** A report that names its file, after a random pause so that files finish out of order. */
    private static ValidationReport named(Path file) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextInt(3));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return ValidationReport.of(
                ValidationIssue.of(ModelIssueCode.CONSTRAINT_VIOLATION, Severity.WARNING, file.toString(), "seen"));
    }

    @Property(tries = 30)
    void reports_comeBackInTheOrderOfTheFiles(@ForAll @IntRange(min = 1, max = 40) int count) {
        List<Path> files = IntStream.range(0, count)
                .mapToObj(i -> Path.of("f" + i + ".json"))
                .collect(Collectors.toList());

        List<String> seen = new ArrayList<>();
        Iterator<ValidationReport> reports = new ValidationRun<>(files, ValidationRunTest::named).reports();
        for (int i = 0; i < count; i++) {
            seen.add(reports.next().issues().get(0).path());
        }

        assertThat(seen).isEqualTo(files.stream().map(Path::toString).collect(Collectors.toList()));
        assertThat(reports.hasNext()).isFalse();
    }

    @Test
    void aFileThatFails_stopsTheRunAtItsTurn() {
        List<Path> files =
                IntStream.range(0, 9).mapToObj(i -> Path.of("f" + i + ".json")).collect(Collectors.toList());
        Iterator<ValidationReport> reports = new ValidationRun<>(files, file -> {
                    if (file.toString().equals("f5.json")) {
                        throw new UsageException(file + ": no such file");
                    }
                    return named(file);
                })
                .reports();

        for (int i = 0; i < 5; i++) {
            assertThat(reports.next().issues().get(0).path()).isEqualTo("f" + i + ".json");
        }
        assertThatExceptionOfType(UsageException.class)
                .isThrownBy(reports::next)
                .withMessage("f5.json: no such file");
    }
}

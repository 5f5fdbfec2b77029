package org.socialprescribing.cli;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Validates files for {@code sp fhir validate}, one per processor at a time, and hands the reports back in the
 * order of the files. A report is whatever the validation gives: a {@code ValidationReport}, or a server's answer
 * ({@link RemoteValidation}), where several requests at a time keep the server's threads busy.
 *
 * <p>Why: once the validator is warm, each file costs the same CPU time in the command as in the library (a JFR
 * profile of 50 Bundles in one run: all of it under HAPI's validator), so the only way to take less wall time per
 * file is to use every core; {@code FhirValidation} is thread-safe. The first file is validated alone, because the
 * first validation loads R4 core and two at once would both load it. At most two files per thread are read or
 * validated ahead of the one being printed, so memory stays bounded whatever the number of files. A file that
 * cannot be read stops the run when its turn comes, as it did when files were validated one after another.
 */
final class ValidationRun<T> {

    private final List<Path> files;
    private final Function<Path, T> validate;

    ValidationRun(List<Path> files, Function<Path, T> validate) {
        this.files = List.copyOf(files);
        this.validate = validate;
    }

    /**
     * The reports, one per file in order, computed as they are asked for (and a few files ahead).
     *
     * @return an iterator of exactly one report per file; {@code next()} throws what validating its file threw
     */
    Iterator<T> reports() {
        return new Iterator<>() {
            private final Iterator<Path> pending = files.iterator();
            private final Deque<Future<T>> ahead = new ArrayDeque<>();
            private ExecutorService pool;
            private boolean first = true;

            @Override
            public boolean hasNext() {
                return !ahead.isEmpty() || pending.hasNext();
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                if (first) {
                    first = false;
                    return validate.apply(pending.next());
                }
                int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
                if (pool == null) {
                    pool = Executors.newFixedThreadPool(threads, task -> {
                        Thread thread = new Thread(task, "sp-fhir-validate");
                        thread.setDaemon(true);
                        return thread;
                    });
                }
                while (ahead.size() < 2 * threads && pending.hasNext()) {
                    Path file = pending.next();
                    ahead.add(pool.submit(() -> validate.apply(file)));
                }
                try {
                    return await(ahead.remove());
                } finally {
                    if (!hasNext()) {
                        pool.shutdown();
                    }
                }
            }

            private T await(Future<T> report) {
                try {
                    return report.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    pool.shutdownNow();
                    throw new IllegalStateException("interrupted while validating", e);
                } catch (ExecutionException e) {
                    pool.shutdownNow();
                    Throwable cause = e.getCause();
                    if (cause instanceof RuntimeException) {
                        throw (RuntimeException) cause;
                    }
                    if (cause instanceof Error) {
                        throw (Error) cause;
                    }
                    throw new IllegalStateException(cause);
                }
            }
        };
    }
}

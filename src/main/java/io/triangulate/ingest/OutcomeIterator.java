package io.triangulate.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * A lazy stream of read outcomes over one input: records are read only as they are asked for, so a
 * multi-gigabyte file never sits in memory. The input is closed when the last outcome has been taken,
 * or by {@link #close()} when the consumer stops early.
 */
public abstract class OutcomeIterator implements Iterator<ReadOutcome>, AutoCloseable {

    private ReadOutcome next;
    private boolean finished;

    /** The next outcome, or null when the input has no more records. */
    protected abstract ReadOutcome computeNext();

    /** Releases the input; called once. */
    protected abstract void release() throws IOException;

    @Override
    public final boolean hasNext() {
        if (next == null && !finished) {
            next = computeNext();
            if (next == null) {
                close();
            }
        }
        return next != null;
    }

    @Override
    public final ReadOutcome next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        ReadOutcome o = next;
        next = null;
        return o;
    }

    @Override
    public final void close() {
        if (finished) {
            return;
        }
        finished = true;
        next = null;
        try {
            release();
        } catch (IOException e) {
            throw new UncheckedIOException("could not close input", e);
        }
    }

    /** An iterator over outcomes already known (a whole-file reject, for instance). */
    static OutcomeIterator of(Iterator<ReadOutcome> outcomes, AutoCloseable resource) {
        return new OutcomeIterator() {
            @Override
            protected ReadOutcome computeNext() {
                return outcomes.hasNext() ? outcomes.next() : null;
            }

            @Override
            protected void release() throws IOException {
                try {
                    resource.close();
                } catch (IOException | RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IOException(e);
                }
            }
        };
    }
}

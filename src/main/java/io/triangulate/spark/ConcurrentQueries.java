package io.triangulate.spark;

import org.apache.spark.SparkContext;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs independent Spark queries (a stage's table writes, an extraction the next stage needs) from
 * driver threads of their own, so that their tasks run side by side. One query at a time leaves cores
 * idle whenever the driver plans or compiles, a stage has fewer tasks than cores, or a straggler runs
 * alone: on the Saudi week, 2 cores, no task ran for 30 s of the job's 118 s and one ran alone for
 * 11 s more. Spark schedules the jobs of several threads first come, first served, so a later query
 * takes only the cores an earlier one leaves free.
 *
 * <p>Each query must be deterministic on its own (they all are: a table does not depend on which
 * other tables are written at the same time). {@link #close()} waits for every started query, so a
 * failure never leaves one still writing into a run folder that is being discarded.
 */
public final class ConcurrentQueries implements AutoCloseable {

    /** Spark's thread-local marker of the SQL query a thread is running; a new thread must not inherit it. */
    private static final String EXECUTION_ID = "spark.sql.execution.id";

    private final SparkContext spark;
    private final ExecutorService threads;
    private final List<Future<?>> started = new ArrayList<>();

    /** @param threads the most queries running at once */
    public ConcurrentQueries(SparkContext spark, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.spark = spark;
        AtomicInteger n = new AtomicInteger();
        this.threads = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "triangulate-query-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** A query started in the background; {@link #get()} waits for it. */
    public static final class Pending<T> {
        private final CompletableFuture<T> future;

        private Pending(CompletableFuture<T> future) {
            this.future = future;
        }

        /** The query's result; its exception, unwrapped, if it failed. */
        public T get() {
            try {
                return future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for a query", e);
            } catch (ExecutionException e) {
                throw unwrapped(e.getCause());
            }
        }
    }

    /** Starts {@code query} on a driver thread of this pool. */
    public <T> Pending<T> start(Supplier<T> query) {
        CompletableFuture<T> future = CompletableFuture.supplyAsync(() -> {
            // Spark's local properties are inherited by new threads: clear the marker of a query the
            // thread that created this one might have been running.
            spark.setLocalProperty(EXECUTION_ID, null);
            return query.get();
        }, threads);
        synchronized (started) {
            started.add(future);
        }
        return new Pending<>(future);
    }

    /** Waits for every query started, whether or not its result was asked for, then ends the threads. */
    @Override
    public void close() {
        List<Future<?>> all;
        synchronized (started) {
            all = new ArrayList<>(started);
        }
        boolean interrupted = false;
        for (Future<?> f : all) {
            try {
                f.get();
            } catch (InterruptedException e) {
                interrupted = true;
            } catch (ExecutionException | java.util.concurrent.CancellationException e) {
                // reported by get() to whoever asked for the result; a query nobody waited for failed
                // only after the run already failed
            }
        }
        threads.shutdown();
        try {
            threads.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            interrupted = true;
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static RuntimeException unwrapped(Throwable cause) {
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof RuntimeException r) {
            return r;
        }
        if (cause instanceof Error e) {
            throw e;
        }
        return new IllegalStateException(cause);
    }
}

package io.triangulate.spark;

import io.triangulate.testing.LocalSpark;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConcurrentQueriesTest {

    /** Shared by the tasks of two queries (local mode: one JVM). Each task waits for the other's. */
    static final CountDownLatch BOTH_RUNNING = new CountDownLatch(2);

    @Test
    void twoQueriesRunSideBySide() {
        SparkSession spark = LocalSpark.session();
        try (ConcurrentQueries queries = new ConcurrentQueries(spark.sparkContext(), 2)) {
            // One task each. If the second query only started after the first ended, the first task
            // would wait the whole 60 s for the second and report false.
            MapFunction<Long, Boolean> meet = x -> {
                BOTH_RUNNING.countDown();
                return BOTH_RUNNING.await(60, TimeUnit.SECONDS);
            };
            var first = queries.start(() -> spark.range(1).as(Encoders.LONG()).map(meet, Encoders.BOOLEAN()).collectAsList());
            var second = queries.start(() -> spark.range(1).as(Encoders.LONG()).map(meet, Encoders.BOOLEAN()).collectAsList());
            assertEquals(List.of(true), first.get());
            assertEquals(List.of(true), second.get());
        }
    }

    @Test
    void resultsAreTheQueriesOwnWhateverRunsBesideThem() {
        SparkSession spark = LocalSpark.session();
        try (ConcurrentQueries queries = new ConcurrentQueries(spark.sparkContext(), 3)) {
            var sums = List.of(10L, 1_000L, 100_000L).stream()
                    .map(n -> queries.start(() -> spark.range(n).selectExpr("sum(id)").first().getLong(0)))
                    .toList();
            assertEquals(45L, sums.get(0).get());
            assertEquals(499_500L, sums.get(1).get());
            assertEquals(4_999_950_000L, sums.get(2).get());
        }
    }

    @Test
    void aFailureReachesWhoeverWaitsAndClosingWaitsForTheRest() {
        SparkSession spark = LocalSpark.session();
        IllegalStateException failure = new IllegalStateException("no such table");
        AtomicBoolean slowFinished = new AtomicBoolean();
        ConcurrentQueries queries = new ConcurrentQueries(spark.sparkContext(), 2);
        var failing = queries.start(() -> {
            throw failure;
        });
        queries.start(() -> {
            long n = spark.range(50_000).count();
            slowFinished.set(true);
            return n;
        });
        assertSame(failure, assertThrows(IllegalStateException.class, failing::get), "unwrapped, not a CompletionException");
        queries.close();
        assertTrue(slowFinished.get(), "close() returned before a started query ended");
    }

    @Test
    void atLeastOneThread() {
        assertThrows(IllegalArgumentException.class, () -> new ConcurrentQueries(LocalSpark.session().sparkContext(), 0));
    }
}

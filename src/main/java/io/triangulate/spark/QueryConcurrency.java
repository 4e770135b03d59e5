package io.triangulate.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * How many independent queries the job runs at once ({@link ConcurrentQueries}): the operator's
 * {@code --conf spark.triangulate.concurrentQueries}, else the job's {@code spark.concurrentQueries},
 * else {@value #DEFAULT}.
 *
 * <p>Why two: on the 2-core build machine the job keeps both cores busy most of the time already (CPU
 * time is about 1.8 times the wall time), so more queries in flight only compete for them. Four at once
 * were no faster than two on the Saudi week in four alternating pairs, and in local mode, where the
 * driver's heap holds the data too, four ran the week x4 out of a 1 GB heap where two fitted
 * (docs/BENCHMARKS.md, "Idle cores filled" and "Where the last seconds went"). A cluster with many
 * executors and a driver that plans while they wait may gain from more: the operator can say so.
 */
public final class QueryConcurrency {

    /** The operator's setting, outranking the job file's. */
    public static final String KEY = "spark.triangulate.concurrentQueries";

    static final int DEFAULT = 2;

    private QueryConcurrency() {
    }

    /** The number for this session and job ({@code fixed}: the job's, or null). */
    public static int of(SparkSession spark, Integer fixed) {
        SparkConf conf = spark.sparkContext().getConf();
        return choose(conf.contains(KEY) ? conf.get(KEY) : null, fixed);
    }

    static int choose(String operator, Integer fixed) {
        if (operator != null) {
            int chosen;
            try {
                chosen = Integer.parseInt(operator.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(KEY + " must be a whole number, got \"" + operator + "\"");
            }
            if (chosen < 1) {
                throw new IllegalArgumentException(KEY + " must be at least 1, got " + chosen);
            }
            return chosen;
        }
        return fixed != null ? fixed : DEFAULT;
    }
}

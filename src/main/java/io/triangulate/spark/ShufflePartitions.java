package io.triangulate.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * How many partitions the job's shuffles use ({@code spark.sql.shuffle.partitions}) when neither the job
 * nor the operator names a number: sized from the corpus once ingest has counted it, about
 * {@value #RECORDS_PER_PARTITION} input records a partition and never fewer than the cores.
 *
 * <p>Why not one fixed number: a run is a chain of some 300 Spark stages, and every stage over a cached
 * dataset or a shuffle runs one task per partition whatever its size. On the Saudi week (12,825 records,
 * 2 cores) 32 partitions made 2,121 tasks, 1,508 of them under 0.1 s, which together took 59 s of task
 * time; with 4 or 8 partitions the whole job took 12-14% less wall time and CPU (docs/BENCHMARKS.md,
 * "Fewer shuffles, partitions sized from the corpus"). A corpus of millions of articles on a cluster needs hundreds.
 */
public final class ShufflePartitions {

    static final String KEY = "spark.sql.shuffle.partitions";

    /** Input records per shuffle partition when sized from the corpus. */
    static final long RECORDS_PER_PARTITION = 2_000;

    /** An upper bound, so a mistaken count cannot ask for millions of tasks. */
    static final int MOST = 20_000;

    private ShufflePartitions() {
    }

    /** Partitions for a corpus of {@code records} on {@code cores} task slots. */
    public static int forRecords(long records, int cores) {
        long n = Math.max(0, records);
        long wanted = n / RECORDS_PER_PARTITION + (n % RECORDS_PER_PARTITION == 0 ? 0 : 1); // no overflow
        return (int) Math.max(Math.max(1, cores), Math.min(MOST, wanted));
    }

    /**
     * Whether the operator named the number (spark-submit {@code --conf}, spark-defaults.conf or a
     * {@code -Dspark.sql.shuffle.partitions} system property); then neither the job file nor the sizing
     * changes it.
     */
    public static boolean chosenByOperator() {
        return new SparkConf().contains(KEY);
    }

    /**
     * Sets the session's shuffle partitions from the corpus size, unless the job ({@code fixed}) or the
     * operator named a number. Later queries are planned with it; it is a runtime SQL setting.
     *
     * @return the partitions now in force
     */
    public static int sizeFor(SparkSession spark, Integer fixed, long records) {
        if (fixed == null && !chosenByOperator()) {
            spark.conf().set(KEY, String.valueOf(forRecords(records, spark.sparkContext().defaultParallelism())));
        }
        return Integer.parseInt(spark.conf().get(KEY));
    }
}

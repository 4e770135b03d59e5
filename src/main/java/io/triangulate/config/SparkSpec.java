package io.triangulate.config;

import java.util.List;

/**
 * Spark settings a job may carry. {@code master} is used only when the run is not launched by
 * spark-submit (which sets {@code spark.master} itself) and no {@code --master} is given.
 * {@code shufflePartitions} left out (null) means sized from the corpus
 * ({@link io.triangulate.spark.ShufflePartitions}) unless the operator sets
 * {@code spark.sql.shuffle.partitions}. {@code inputPartitions} is the least number of partitions the
 * input files are listed into (a file is never split, so more files than that give more).
 * {@code concurrentQueries} left out means two queries at once
 * ({@link io.triangulate.spark.QueryConcurrency}) unless the operator sets
 * {@code spark.triangulate.concurrentQueries}.
 */
public record SparkSpec(String master, Integer shufflePartitions, Integer inputPartitions,
                        Integer concurrentQueries) {

    public SparkSpec withDefaults() {
        return new SparkSpec(master == null ? "local[*]" : master,
                shufflePartitions,
                inputPartitions == null ? 4 : inputPartitions,
                concurrentQueries);
    }

    void validate(List<String> problems) {
        if (shufflePartitions != null && shufflePartitions < 1) {
            problems.add("spark.shufflePartitions: must be at least 1, got " + shufflePartitions);
        }
        if (inputPartitions != null && inputPartitions < 1) {
            problems.add("spark.inputPartitions: must be at least 1, got " + inputPartitions);
        }
        if (concurrentQueries != null && concurrentQueries < 1) {
            problems.add("spark.concurrentQueries: must be at least 1, got " + concurrentQueries);
        }
    }
}

package io.triangulate.spark;

import io.triangulate.testing.LocalSpark;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ShufflePartitionsTest {

    @Test
    void aboutTwoThousandRecordsAPartitionAndNeverFewerThanTheCores() {
        assertEquals(2, ShufflePartitions.forRecords(0, 2));
        assertEquals(2, ShufflePartitions.forRecords(5, 2));
        assertEquals(7, ShufflePartitions.forRecords(12_825, 2), "the Saudi week");
        assertEquals(52, ShufflePartitions.forRecords(102_600, 2), "the week x8");
        assertEquals(400, ShufflePartitions.forRecords(12_825, 400), "a cluster's cores");
        assertEquals(500, ShufflePartitions.forRecords(1_000_000, 64));
        assertEquals(ShufflePartitions.MOST, ShufflePartitions.forRecords(Long.MAX_VALUE, 2));
    }

    @Test
    void sizedFromTheCorpusOnlyWhenNeitherTheJobNorTheOperatorNamedANumber() {
        SparkSession spark = LocalSpark.session();
        String before = spark.conf().get(ShufflePartitions.KEY);
        try {
            spark.conf().set(ShufflePartitions.KEY, "3");
            assertEquals(3, ShufflePartitions.sizeFor(spark, 3, 1_000_000), "the job's number stands");
            assertEquals(50, ShufflePartitions.sizeFor(spark, null, 100_000));
            assertEquals("50", spark.conf().get(ShufflePartitions.KEY), "later queries are planned with it");
            System.setProperty(ShufflePartitions.KEY, "9"); // what spark-submit --conf does
            try {
                spark.conf().set(ShufflePartitions.KEY, "9");
                assertEquals(9, ShufflePartitions.sizeFor(spark, null, 1_000_000), "the operator's number stands");
            } finally {
                System.clearProperty(ShufflePartitions.KEY);
            }
        } finally {
            spark.conf().set(ShufflePartitions.KEY, before);
        }
    }
}

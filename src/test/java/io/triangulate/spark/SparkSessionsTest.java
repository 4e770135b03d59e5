package io.triangulate.spark;

import io.triangulate.testing.LocalSpark;
import org.apache.spark.SparkConf;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SparkSessionsTest {

    @Test
    void generatedClassesAreKeptForTheWholeRunUnlessTheOperatorSaysOtherwise() {
        assertEquals("2000", LocalSpark.session().conf().get(SparkSessions.CODEGEN_CACHE_KEY),
                "room for every class a run generates (Spark keeps 100)");
        assertEquals("2000", SparkSessions.codegenCacheEntries(new SparkConf(false)));
        assertEquals("50", SparkSessions.codegenCacheEntries(
                new SparkConf(false).set(SparkSessions.CODEGEN_CACHE_KEY, "50")), "spark-submit --conf wins");
    }
}

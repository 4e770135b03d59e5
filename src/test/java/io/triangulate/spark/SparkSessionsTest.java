package io.triangulate.spark;

import io.triangulate.testing.LocalSpark;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Encoders;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class SparkSessionsTest {

    @Test
    void generatedClassesAreKeptForTheWholeRunUnlessTheOperatorSaysOtherwise() {
        assertEquals("2000", LocalSpark.session().conf().get(SparkSessions.CODEGEN_CACHE_KEY),
                "room for every class a run generates (Spark keeps 100)");
        assertEquals("2000", SparkSessions.codegenCacheEntries(new SparkConf(false)));
        assertEquals("50", SparkSessions.codegenCacheEntries(
                new SparkConf(false).set(SparkSessions.CODEGEN_CACHE_KEY, "50")), "spark-submit --conf wins");
    }

    @Test
    void tasksLoadClassesFromTheirOwnClassPathNotFromTheDriver() {
        // With Spark 4's artifact isolation, the tasks of every SQL query run under a class loader that
        // asks the driver for each class it cannot find, and Janino asks for thousands of names that are
        // no class at all. Without it, tasks use the executor's class path.
        List<String> loaders = LocalSpark.session().range(0, 4, 1, 2)
                .map((MapFunction<Long, String>) n -> Thread.currentThread().getContextClassLoader().getClass().getName(),
                        Encoders.STRING())
                .distinct().collectAsList();
        assertFalse(loaders.isEmpty());
        for (String loader : loaders) {
            assertFalse(loader.endsWith("ExecutorClassLoader"), loader);
        }
        assertEquals("false", LocalSpark.session().conf().get(SparkSessions.ARTIFACT_ISOLATION_KEY));
    }
}

package io.triangulate.testing;

import io.triangulate.spark.SparkSessions;
import org.apache.spark.sql.SparkSession;

/**
 * One small local SparkSession per test JVM, shared by every Spark test: starting Spark costs
 * seconds, and the suite must stay fast on a 2-core CI machine.
 */
public final class LocalSpark {

    private static SparkSession session;

    private LocalSpark() {
    }

    public static synchronized SparkSession session() {
        if (session == null) {
            session = SparkSessions.create("triangulate-tests", "local[2]", 2);
            session.sparkContext().setLogLevel("WARN");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> session.stop()));
        }
        return session;
    }
}

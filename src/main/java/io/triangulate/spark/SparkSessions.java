package io.triangulate.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

import java.util.LinkedHashSet;

/** The one place a SparkSession is built, so local runs, tests and clusters get the same settings. */
public final class SparkSessions {

    private SparkSessions() {
    }

    /**
     * A session for the given master, or the one spark-submit configured when {@code master} is null.
     * A {@code spark.sql.shuffle.partitions} the operator set (spark-submit {@code --conf}) is kept; else the
     * job's {@code shufflePartitions}; else the job sizes them from the corpus once it is counted
     * ({@link ShufflePartitions}), and until then uses two per core.
     */
    public static SparkSession create(String appName, String master, Integer shufflePartitions) {
        SparkConf submitted = new SparkConf(); // what spark-submit --conf (or -D) set
        SparkSession.Builder builder = SparkSession.builder().appName(appName)
                .config("spark.ui.showConsoleProgress", "false")
                .config("spark.sql.session.timeZone", "UTC")
                // a bound on plan text kept for the SQL UI and logs; an unbounded one is a driver-memory risk
                .config("spark.sql.maxPlanStringLength", "1000000")
                // rows carry whole article texts: Parquet's default batch of 4,096 rows asks for one
                // contiguous buffer of tens of MB per text column, which a 1 GB heap could not find
                // reading the Saudi week ×4; 512 rows keep each buffer to a few MB
                .config("spark.sql.parquet.columnarReaderBatchSize", "512")
                .config("spark.serializer", "org.apache.spark.serializer.KryoSerializer")
                .config(CODEGEN_CACHE_KEY, codegenCacheEntries(submitted))
                .config(ARTIFACT_ISOLATION_KEY, submitted.get(ARTIFACT_ISOLATION_KEY, "false"))
                .config("spark.plugins", withPlugin(submitted.get("spark.plugins", ""), JitPlugin.class.getName()));
        if (master != null && !master.isBlank()) {
            builder.master(master);
            if (master.startsWith("local")) {
                builder.config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
                        .config("spark.driver.bindAddress", "127.0.0.1");
                String files = "spark.hadoop." + LocalFilesWithoutForks.HADOOP_KEY;
                builder.config(files, submitted.get(files, LocalFilesWithoutForks.class.getName()));
            }
        }
        boolean operators = ShufflePartitions.chosenByOperator(); // spark-submit --conf outranks the job file
        if (shufflePartitions != null && !operators) {
            builder.config(ShufflePartitions.KEY, String.valueOf(shufflePartitions));
        }
        SparkSession spark = builder.getOrCreate();
        if (shufflePartitions == null && !operators) {
            spark.conf().set(ShufflePartitions.KEY, String.valueOf(2 * spark.sparkContext().defaultParallelism()));
        }
        return spark;
    }

    static final String CODEGEN_CACHE_KEY = "spark.sql.codegen.cache.maxEntries";

    /**
     * Classes Spark generates, kept for reuse (Spark keeps 100). A run of the whole job on the Saudi week
     * compiles 683 distinct ones; they follow the queries, not the data, so a larger corpus should not
     * need many more. With
     * 100 kept, code evicted by one query was generated and compiled by Janino, then by the JIT, again for
     * the next: 846 compilations on the Saudi week against 683 with room for all (docs/BENCHMARKS.md).
     * The classes live outside the heap, in the JVM's metaspace. An operator's {@code --conf} still wins.
     */
    static final String CODEGEN_CACHE_ENTRIES = "2000";

    /**
     * Spark 4's per-session artifact isolation, off unless an operator's {@code --conf} sets it. The job
     * adds no jars or classes to its session, but with isolation on (Spark's default) every SQL execution
     * carries the session's class-loader state, so each executor wraps its class loader in one that asks
     * the driver's RPC file server for every class it cannot find itself. Janino, compiling Spark's
     * generated code in tasks, looks up thousands of names that are not classes ("org",
     * "java.lang.org", ...): 602 round trips to the driver and ~4,600 more ClassNotFoundExceptions on the
     * five-article sample, which took 57.4 s and 93.1 s of CPU against 47.9 s and 79.9 s without
     * isolation (docs/BENCHMARKS.md).
     */
    static final String ARTIFACT_ISOLATION_KEY = "spark.sql.artifact.isolation.enabled";

    /** The operator's number of kept generated classes if spark-submit was given one, else ours. */
    static String codegenCacheEntries(SparkConf submitted) {
        return submitted.get(CODEGEN_CACHE_KEY, CODEGEN_CACHE_ENTRIES);
    }

    /** A plugin list with ours added to any the operator configured (spark.plugins is one comma list). */
    static String withPlugin(String configured, String plugin) {
        LinkedHashSet<String> plugins = new LinkedHashSet<>();
        for (String p : configured.split(",")) {
            if (!p.isBlank()) {
                plugins.add(p.trim());
            }
        }
        plugins.add(plugin);
        return String.join(",", plugins);
    }
}

package io.triangulate.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The shaded jar, spark-submitted to a real standalone cluster (Master, Worker and an executor JVM
 * started by the Worker from a SPARK_HOME of Spark's own jars), runs the sample brief to the end. This
 * is what proves the jar works next to Spark's jars: a library clash (Jackson, ICU, commons, log4j)
 * shows up here, in the executor, and not in the in-process tests. Runs in `mvn verify`, after
 * `package` has built target/triangulate-0.1.0.jar and target/classpath.txt.
 */
class StandaloneClusterIT {

    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final Path JAR = PROJECT.resolve("target/triangulate-0.1.0.jar");
    private static final Path SPARK_CLASSPATH = PROJECT.resolve("target/classpath.txt");
    private static final List<String> TABLES = List.of("articles", "sentences", "rejects", "duplicates", "mentions",
            "actors", "cooccurrence", "stories", "article_pairs", "facts", "citations", "timexes", "events", "timeline",
            "conflicts");

    @TempDir
    Path tmp;

    @Test
    void sampleBriefRunsUnderSparkSubmitOnAStandaloneCluster() throws Exception {
        assertTrue(Files.isRegularFile(JAR), "run `mvn package` first: no " + JAR);
        assertTrue(Files.isRegularFile(SPARK_CLASSPATH), "run `mvn package` first: no " + SPARK_CLASSPATH);
        long started = System.nanoTime();
        Path out = tmp.resolve("out");
        try (LocalStandaloneCluster cluster = LocalStandaloneCluster.start(tmp.resolve("cluster"), SPARK_CLASSPATH,
                Duration.ofMinutes(3))) {
            long up = System.nanoTime();
            try {
                int exit = cluster.submit(PROJECT, List.of("--class", "io.triangulate.cli.TriangulateCli",
                        "--conf", "spark.executor.memory=1g", "--conf", "spark.cores.max=2",
                        JAR.toString(), "run", "jobs/sample-brief.json", "--out", out.toString()),
                        Duration.ofMinutes(10)); // a hang guard: 83 s on a quiet 2-core machine, more under load
                long done = System.nanoTime();
                System.out.printf("StandaloneClusterIT: cluster up in %.1f s, spark-submit ran %.1f s%n",
                        (up - started) / 1e9, (done - up) / 1e9);
                assertEquals(0, exit, "spark-submit exit code");
                checkRunFolder(out.resolve("sample-brief").resolve("all"));
                checkTasksRanInAnExecutorJvm(cluster);
                checkMasterSawTheApplication(cluster);
            } catch (Throwable t) {
                cluster.printLogs(System.err);
                throw t;
            }
        }
    }

    private static void checkRunFolder(Path run) throws IOException {
        JsonNode summary = new ObjectMapper().readTree(run.resolve("run.json").toFile());
        assertEquals(5, summary.at("/counts/recordsIn").asLong(), "recordsIn");
        assertEquals(5, summary.at("/counts/accepted").asLong(), "accepted");
        assertTrue(summary.at("/counts/balanced").asBoolean(), "counts balanced: " + summary.get("counts"));
        assertTrue(summary.at("/stageSeconds/ingest").isNumber(), "stageSeconds: " + summary.get("stageSeconds"));
        for (String table : TABLES) {
            Path dir = run.resolve("tables").resolve(table);
            assertTrue(Files.isRegularFile(dir.resolve("_SUCCESS")), "table " + table + " was not committed");
        }
        assertTrue(dataBytes(run.resolve("tables/articles")) > 0, "articles table has no data");
        assertTrue(dataBytes(run.resolve("tables/sentences")) > 0, "sentences table has no data");
        try (Stream<Path> tables = Files.list(run.resolve("tables"))) {
            for (Path dir : tables.toList()) {
                assertTrue(Files.isRegularFile(dir.resolve("_SUCCESS")), "table " + dir.getFileName() + " not committed");
            }
        }
        assertTrue(dataBytes(run.resolve("tables/mentions")) > 0, "mentions table has no data");
        checkReport(run.resolve("workbook.xlsx"), "PK");
        checkReport(run.resolve("brief.pdf"), "%PDF");
    }

    /** The driver wrote the report whole: it starts with its format's signature and is not a stub. */
    private static void checkReport(Path file, String magic) throws IOException {
        assertTrue(Files.isRegularFile(file), "no " + file.getFileName());
        assertTrue(Files.size(file) > 1024, file.getFileName() + " has only " + Files.size(file) + " bytes");
        byte[] head = new byte[magic.length()];
        try (var in = Files.newInputStream(file)) {
            assertEquals(magic.length(), in.readNBytes(head, 0, head.length), file + " is truncated");
        }
        assertEquals(magic, new String(head, java.nio.charset.StandardCharsets.US_ASCII), file + " signature");
    }

    private static long dataBytes(Path table) throws IOException {
        try (Stream<Path> files = Files.list(table)) {
            return files.filter(f -> f.getFileName().toString().startsWith("part-")).mapToLong(f -> f.toFile().length())
                    .sum();
        }
    }

    /** The work was done by an executor JVM the Worker launched, not by a local-mode driver. */
    private static void checkTasksRanInAnExecutorJvm(LocalStandaloneCluster cluster) {
        if (executorLinesWith(cluster, "Finished task").isEmpty()) {
            fail("no executor under " + cluster.workerDir() + " logged a finished task");
        }
        // the JIT plugin reached the executor JVM too (see io.triangulate.spark.JitPlugin)
        if (executorLinesWith(cluster, io.triangulate.spark.CompilerDirectives.INSTALLED).isEmpty()) {
            fail("no executor under " + cluster.workerDir() + " installed the compiler directives");
        }
    }

    private static List<String> executorLinesWith(LocalStandaloneCluster cluster, String text) {
        try (Stream<Path> logs = cluster.executorLogs()) {
            return logs.flatMap(f -> LocalStandaloneCluster.readLines(f).stream())
                    .filter(line -> line.contains(text)).toList();
        }
    }

    private static void checkMasterSawTheApplication(LocalStandaloneCluster cluster) throws Exception {
        JsonNode state = cluster.masterState();
        List<String> apps = new ArrayList<>();
        state.path("completedapps").forEach(a -> apps.add(a.path("name").asText()));
        state.path("activeapps").forEach(a -> apps.add(a.path("name").asText()));
        assertEquals(List.of("triangulate sample-brief"), apps, "applications the master ran");
    }
}

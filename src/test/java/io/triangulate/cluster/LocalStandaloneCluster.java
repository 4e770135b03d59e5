package io.triangulate.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A Spark standalone cluster on 127.0.0.1 made only of what Maven downloaded and the running JDK:
 * a SPARK_HOME whose {@code jars/} links every jar of {@code target/classpath.txt}, a Master and a
 * Worker as child JVMs, and spark-submit as a third. The Worker starts each executor in a JVM of its
 * own from SPARK_HOME, exactly as on a real cluster, so the application jar meets Spark's jars there.
 */
final class LocalStandaloneCluster implements AutoCloseable {

    /** What Spark needs on Java 17 (the same list as the pom's spark.jvm.flags and bin/triangulate). */
    static final List<String> SPARK_JVM_FLAGS = List.of(
            "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "--add-opens=java.base/java.nio=ALL-UNNAMED",
            "--add-opens=java.base/java.lang=ALL-UNNAMED", "--add-opens=java.base/java.util=ALL-UNNAMED",
            "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
            "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path root;
    private final Path sparkHome;
    private final Path logs;
    private final Path workerDir;
    private final int masterPort = freePort();
    private final int masterUiPort = freePort();
    private final List<Process> processes = new ArrayList<>();

    private LocalStandaloneCluster(Path root) {
        this.root = root;
        this.sparkHome = root.resolve("spark-home");
        this.logs = root.resolve("logs");
        this.workerDir = root.resolve("worker");
    }

    /** Lays out SPARK_HOME from Spark's runtime classpath and starts a Master and one Worker. */
    static LocalStandaloneCluster start(Path root, Path sparkClasspathFile, Duration timeout) throws IOException {
        LocalStandaloneCluster cluster = new LocalStandaloneCluster(root);
        try {
            cluster.layOutSparkHome(sparkClasspathFile);
            cluster.startDaemons();
            cluster.awaitAliveWorker(timeout);
            return cluster;
        } catch (IOException | RuntimeException | Error e) {
            cluster.printLogs(System.err);
            cluster.close();
            throw e;
        }
    }

    String masterUrl() {
        return "spark://127.0.0.1:" + masterPort;
    }

    /** The folder where the Worker keeps each application's executor folders and their logs. */
    Path workerDir() {
        return workerDir;
    }

    /**
     * Runs {@code spark-submit} (org.apache.spark.deploy.SparkSubmit on SPARK_HOME's jars, as the
     * {@code bin/spark-submit} script would) in client mode and returns its exit code.
     */
    int submit(Path workingDir, List<String> submitArgs, Duration timeout) throws IOException, InterruptedException {
        List<String> command = javaCommand("1g", "org.apache.spark.deploy.SparkSubmit");
        command.addAll(List.of("--master", masterUrl(), "--deploy-mode", "client",
                "--conf", "spark.driver.host=127.0.0.1", "--conf", "spark.driver.bindAddress=127.0.0.1",
                "--conf", "spark.ui.enabled=false"));
        command.addAll(submitArgs);
        Process submit = launch("spark-submit", command, workingDir);
        if (!submit.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            stop(submit);
            throw new AssertionError("spark-submit did not finish within " + timeout);
        }
        return submit.exitValue();
    }

    /** The master's own account of the cluster (http://host:webui/json/). */
    JsonNode masterState() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + masterUiPort + "/json/"))
                .timeout(Duration.ofSeconds(5)).GET().build();
        return JSON.readTree(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
    }

    private void layOutSparkHome(Path sparkClasspathFile) throws IOException {
        Path jars = Files.createDirectories(sparkHome.resolve("jars"));
        Files.createDirectories(sparkHome.resolve("conf"));
        Files.createDirectories(logs);
        Files.createDirectories(workerDir);
        Files.createDirectories(root.resolve("local"));
        String classpath = Files.readString(sparkClasspathFile, StandardCharsets.UTF_8).trim();
        for (String entry : classpath.split(java.io.File.pathSeparator)) {
            Path jar = Path.of(entry);
            if (!entry.endsWith(".jar") || !Files.isRegularFile(jar)) {
                throw new IllegalStateException("not a jar in " + sparkClasspathFile + ": " + entry);
            }
            Files.createSymbolicLink(jars.resolve(jar.getFileName()), jar.toAbsolutePath());
        }
    }

    private void startDaemons() throws IOException {
        List<String> master = javaCommand("512m", "org.apache.spark.deploy.master.Master");
        master.addAll(List.of("--host", "127.0.0.1", "--port", String.valueOf(masterPort),
                "--webui-port", String.valueOf(masterUiPort)));
        launch("master", master, root);
        List<String> worker = javaCommand("512m", "org.apache.spark.deploy.worker.Worker");
        worker.addAll(List.of("--host", "127.0.0.1", "--port", String.valueOf(freePort()),
                "--webui-port", String.valueOf(freePort()), "--cores", "2", "--memory", "2g",
                "--work-dir", workerDir.toString(), masterUrl()));
        launch("worker", worker, root);
    }

    private void awaitAliveWorker(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Exception last = null;
        while (System.nanoTime() < deadline) {
            for (Process p : processes) {
                if (!p.isAlive()) {
                    throw new IllegalStateException("a cluster daemon exited early with code " + p.exitValue());
                }
            }
            try {
                if (masterState().path("aliveworkers").asInt() >= 1) {
                    return;
                }
            } catch (IOException e) {
                last = e; // the master's web UI is not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the worker", e);
            }
            sleep(500);
        }
        throw new IllegalStateException("no worker registered with " + masterUrl() + " within " + timeout, last);
    }

    private List<String> javaCommand(String heap, String mainClass) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + heap);
        command.addAll(SPARK_JVM_FLAGS);
        command.add("-cp");
        command.add(sparkHome.resolve("jars") + "/*");
        command.add(mainClass);
        return command;
    }

    private Process launch(String name, List<String> command, Path workingDir) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDir.toFile()).redirectErrorStream(true)
                .redirectOutput(logs.resolve(name + ".log").toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(k -> k.startsWith("SPARK_") || k.startsWith("PYSPARK_"));
        env.put("SPARK_HOME", sparkHome.toString());
        env.put("SPARK_SCALA_VERSION", "2.13"); // the launcher library refuses to guess it outside a release
        env.put("SPARK_CONF_DIR", sparkHome.resolve("conf").toString());
        env.put("SPARK_LOCAL_IP", "127.0.0.1");
        env.put("SPARK_LOCAL_DIRS", root.resolve("local").toString());
        env.put("JAVA_HOME", System.getProperty("java.home")); // the Worker starts executors with it
        Process process = builder.start();
        processes.add(process);
        return process;
    }

    /** Prints the tail of every log: daemons, spark-submit and each executor the Worker started. */
    void printLogs(PrintStream out) {
        try (Stream<Path> files = Stream.concat(list(logs), executorLogs())) {
            files.forEach(f -> {
                out.println("===== " + root.relativize(f) + " (last 200 lines) =====");
                List<String> lines = readLines(f);
                lines.subList(Math.max(0, lines.size() - 200), lines.size()).forEach(out::println);
            });
        }
    }

    Stream<Path> executorLogs() {
        if (!Files.isDirectory(workerDir)) {
            return Stream.empty();
        }
        try {
            return Files.walk(workerDir).filter(p -> p.getFileName().toString().matches("stderr|stdout")).sorted()
                    .toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops spark-submit, the Worker with the executors it started, then the Master; never leaves a JVM behind. */
    @Override
    public void close() {
        for (int i = processes.size() - 1; i >= 0; i--) {
            stop(processes.get(i));
        }
    }

    private static void stop(Process process) {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        children.forEach(ProcessHandle::destroy);
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    private static Stream<Path> list(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList().stream();
        } catch (IOException e) {
            return Stream.empty(); // nothing was started, so there are no logs to show
        }
    }

    static List<String> readLines(Path file) {
        try {
            return Arrays.asList(new String(Files.readAllBytes(file), StandardCharsets.UTF_8).split("\n"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on 127.0.0.1", e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
